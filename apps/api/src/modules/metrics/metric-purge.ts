import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from "@nestjs/common";
import type { Db } from "../../prisma/prisma.service";
import { MetricsRepository } from "./metrics.repository";

/** Points (or rollups) deleted per statement: each statement stays short, whatever a run holds. */
export const PURGE_CHUNK = 20_000;
/** How often a process looks for purges left by another process or by a restart. */
const SWEEP_MS = 30_000;

/**
 * The points and rollups of deleted runs, deleted in the background. Deleting runs (with their experiment or
 * project) queues their ids in metric_purges in the deleting transaction, so that the request answers at once
 * whatever the runs hold; this service then deletes their points and rollups in chunks of PURGE_CHUNK, oldest
 * request first, and takes a run off the queue only once nothing of it is left. Several processes may purge at
 * once: each chunk is one statement by run id (one shard on Citus), and a run leaves the queue in the statement
 * that sees it empty, so two processes on one run only share the work.
 */
@Injectable()
export class MetricPurge implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger("MetricPurge");
  private running: Promise<void> = Promise.resolve();
  private pending = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly metrics: MetricsRepository) {}

  /** Queues the runs of a project for purging (call inside the transaction that deletes the project). */
  queueProject(db: Db, projectId: string): Promise<void> {
    return this.metrics.queueProjectRuns(db, projectId);
  }

  /** Queues the runs of an experiment for purging (call inside the transaction that deletes the experiment). */
  queueExperiment(db: Db, experimentId: string): Promise<void> {
    return this.metrics.queueExperimentRuns(db, experimentId);
  }

  /** Starts purging now, after the deleting transaction committed; the request does not wait. */
  kick(): void {
    void this.drain().catch((error: unknown) => this.logger.warn(`Purging deleted runs' points failed; retrying within ${SWEEP_MS / 1000} s: ${String(error)}`));
  }

  /**
   * Purges until the queue is empty. Calls in one process run one after another (a call made while one runs
   * waits for it and then purges again), so that when it resolves, everything queued before the call is gone.
   */
  drain(): Promise<void> {
    if (this.pending) return this.running;
    this.pending = true;
    this.running = this.running
      .catch(() => undefined)
      .then(async () => {
        this.pending = false;
        await this.purgeAll();
      });
    return this.running;
  }

  /** How many runs wait to be purged. */
  queued(): Promise<number> {
    return this.metrics.countQueued();
  }

  onApplicationBootstrap(): void {
    const sweep = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(sweep, SWEEP_MS);
      this.timer.unref();
    };
    sweep();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running.catch(() => undefined);
  }

  private async purgeAll(): Promise<void> {
    const skipped: string[] = [];
    while (!this.stopped) {
      const runId = await this.metrics.nextQueuedRun(skipped);
      if (!runId) return;
      if (!(await this.purgeRun(runId))) skipped.push(runId);
    }
  }

  /** Deletes one run's points, then its rollups, chunk by chunk; answers whether the run left the queue. */
  private async purgeRun(runId: string): Promise<boolean> {
    for (const table of ["metric_points", "metric_rollups"] as const) {
      let deleted = PURGE_CHUNK;
      while (deleted === PURGE_CHUNK) {
        if (this.stopped) return false;
        deleted = await this.metrics.deleteRunRows(table, runId, PURGE_CHUNK);
      }
    }
    return this.metrics.dequeueIfPurged(runId);
  }
}
