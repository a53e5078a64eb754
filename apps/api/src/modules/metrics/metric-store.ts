import { Injectable } from "@nestjs/common";
import type { SampledSeries } from "@lifecycle/domain";
import type { Db } from "../../prisma/prisma.service";
import type { HistoryCursor } from "../runs/runs.mapper";
import { BatchWriter, type Batch, type BatchResult, type Idempotency } from "./batch.writer";
import { MetricPurge } from "./metric-purge";
import { MetricsRepository } from "./metrics.repository";
import { SeriesSampler, type SampleQuery } from "./series.sampler";

/**
 * The metric store: the one service through which runs, MLflow, evaluations (and monitoring) write and read points,
 * summaries and rollups, and have deleted runs' points purged. Every statement behind it is in metric-sql.ts.
 */
@Injectable()
export class MetricStore {
  constructor(
    private readonly writer: BatchWriter,
    private readonly sampler: SeriesSampler,
    private readonly repository: MetricsRepository,
    private readonly purge: MetricPurge,
  ) {}

  /** Writes a batch (points, with the run's params and tags of the same batch) in one transaction. */
  write(runId: string, batch: Batch, result: BatchResult, idempotency: Idempotency | undefined): Promise<BatchResult> {
    return this.writer.write(runId, batch, result, idempotency);
  }

  /** Series thinned for charts (see SeriesSampler). */
  sample(projectId: string, query: SampleQuery): Promise<Array<{ runId: string; key: string } & SampledSeries>> {
    return this.sampler.sample(projectId, query);
  }

  /** One series' points by step after a cursor, as [id, step, value, epoch ms] rows. */
  seriesPage(runId: string, key: string, split: string, pageSize: number, after: HistoryCursor | null) {
    return this.repository.findSeriesPage(runId, key, split, pageSize, after);
  }

  /** A page of one series (without a split) as MLflow's JSON metric objects, the last row with its cursor. */
  historyJson(runId: string, key: string, pageSize: number, after: HistoryCursor | null) {
    return this.repository.findHistoryJson(runId, key, pageSize, after);
  }

  /** At most `max` of the distinct steps of one metric across runs in a step range. */
  sampledSteps(runIds: string[], key: string, fromStep: number | null, toStep: number | null, max: number): Promise<string[]> {
    return this.repository.findSampledSteps(runIds, key, fromStep, toStep, max);
  }

  /** The points of one metric at the given steps. */
  pointsAtSteps(runIds: string[], key: string, steps: string[]) {
    return this.repository.findPointsAtSteps(runIds, key, steps);
  }

  /** Queues a project's runs for the purge of their points, in the transaction that deletes the project. */
  queueProjectPurge(db: Db, projectId: string): Promise<void> {
    return this.purge.queueProject(db, projectId);
  }

  /** Queues an experiment's runs, in the transaction that deletes the experiment. */
  queueExperimentPurge(db: Db, experimentId: string): Promise<void> {
    return this.purge.queueExperiment(db, experimentId);
  }

  /** Starts the purge after the deleting transaction committed; the caller does not wait. */
  purgeSoon(): void {
    this.purge.kick();
  }

  /** Purges everything queued so far, and resolves when it is gone. */
  drainPurges(): Promise<void> {
    return this.purge.drain();
  }

  /** How many runs wait to be purged. */
  queuedPurges(): Promise<number> {
    return this.purge.queued();
  }
}
