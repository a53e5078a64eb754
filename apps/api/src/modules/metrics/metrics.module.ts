import { Module } from "@nestjs/common";
import { BatchWriter } from "./batch.writer";
import { MetricPurge } from "./metric-purge";
import { MetricStore } from "./metric-store";
import { MetricsRepository } from "./metrics.repository";
import { SeriesSampler } from "./series.sampler";

/** Metric storage: points, summaries and rollups, behind one service (MetricStore); its SQL is in metric-sql.ts. */
@Module({ providers: [MetricStore, BatchWriter, SeriesSampler, MetricPurge, MetricsRepository], exports: [MetricStore] })
export class MetricsModule {}
