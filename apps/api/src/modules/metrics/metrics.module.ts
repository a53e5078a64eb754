import { Module } from "@nestjs/common";
import { MetricPurge } from "./metric-purge";
import { MetricsRepository } from "./metrics.repository";

/** Metric storage: points, summaries and rollups (their purge after runs are deleted, for now). */
@Module({ providers: [MetricPurge, MetricsRepository], exports: [MetricPurge] })
export class MetricsModule {}
