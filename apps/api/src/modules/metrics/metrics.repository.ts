import { Injectable } from "@nestjs/common";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import type { HistoryCursor } from "../runs/runs.mapper";
import {
  COUNT_QUEUED,
  DEQUEUE_IF_PURGED,
  deleteRunRows,
  historyJson,
  NEXT_QUEUED_RUN,
  POINTS_AT_STEPS,
  QUEUE_EXPERIMENT_RUNS,
  QUEUE_PROJECT_RUNS,
  SAMPLED_STEPS,
  seriesPage,
} from "./metric-sql";

/** The metrics module's reads of points and its purge queue (the batch writer and the sampler hold the rest). */
@Injectable()
export class MetricsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One series' points by step, after the (step, id) cursor, as [id, step, value, epoch ms] rows (pages of up to 25,000). */
  findSeriesPage(runId: string, key: string, split: string, pageSize: number, after: HistoryCursor | null) {
    return this.prisma.driverRows<[id: string, step: number, value: number, ms: number]>(
      seriesPage(after !== null),
      after ? [runId, key, split, pageSize, after.step, after.id] : [runId, key, split, pageSize],
    );
  }

  /** A page of one series (without a split) as MLflow's JSON metric objects, the last row with its cursor. */
  findHistoryJson(runId: string, key: string, pageSize: number, after: HistoryCursor | null) {
    return this.prisma.driverRows<[json: string, cursor: string | null]>(
      historyJson(after !== null),
      after ? [runId, key, JSON.stringify(key), pageSize, pageSize + 1, after.step, after.id] : [runId, key, JSON.stringify(key), pageSize, pageSize + 1],
    );
  }

  /** At most `max` of the distinct steps of one metric across runs in a step range, as text (64-bit steps stay exact). */
  async findSampledSteps(runIds: string[], key: string, fromStep: number | null, toStep: number | null, max: number): Promise<string[]> {
    return (await this.prisma.driverQuery<{ step: string }>(SAMPLED_STEPS, [runIds, key, fromStep, toStep, max])).map((row) => row.step);
  }

  /** The points of one metric at the given steps, by run, step and time. */
  findPointsAtSteps(runIds: string[], key: string, steps: string[]) {
    return this.prisma.driverQuery<{ run_id: string; step: string; value: number; ms: number }>(POINTS_AT_STEPS, [runIds, key, steps]);
  }

  async queueProjectRuns(db: Db, projectId: string): Promise<void> {
    await db.$executeRawUnsafe(QUEUE_PROJECT_RUNS, projectId);
  }

  async queueExperimentRuns(db: Db, experimentId: string): Promise<void> {
    await db.$executeRawUnsafe(QUEUE_EXPERIMENT_RUNS, experimentId);
  }

  async nextQueuedRun(skip: string[]): Promise<string | null> {
    return (await this.prisma.driverQuery<{ run_id: string }>(NEXT_QUEUED_RUN, [skip]))[0]?.run_id ?? null;
  }

  /** Deletes up to `limit` of a run's rows in a table; answers how many went. */
  async deleteRunRows(table: "metric_points" | "metric_rollups", runId: string, limit: number): Promise<number> {
    return (await this.prisma.driverCount(deleteRunRows(table), [runId, limit]));
  }

  /** Takes a run off the queue if nothing of it is left (rows another process is deleting keep it queued). */
  async dequeueIfPurged(runId: string): Promise<boolean> {
    return (await this.prisma.driverCount(DEQUEUE_IF_PURGED, [runId])) === 1;
  }

  async countQueued(): Promise<number> {
    return (await this.prisma.driverQuery<{ n: number }>(COUNT_QUEUED, []))[0]?.n ?? 0;
  }
}
