import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

/** The metrics module's statements on the purge queue (metric_purges) and on the points and rollups it purges. */
@Injectable()
export class MetricsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Queues the runs of a project (inside the transaction that deletes it). */
  async queueProjectRuns(db: Db, projectId: string): Promise<void> {
    await db.$executeRaw`INSERT INTO metric_purges (run_id)
      SELECT r.id FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE e.project_id = ${projectId}::uuid
      ON CONFLICT (run_id) DO NOTHING`;
  }

  /** Queues the runs of an experiment (inside the transaction that deletes it). */
  async queueExperimentRuns(db: Db, experimentId: string): Promise<void> {
    await db.$executeRaw`INSERT INTO metric_purges (run_id) SELECT r.id FROM runs r WHERE r.experiment_id = ${experimentId}::uuid
      ON CONFLICT (run_id) DO NOTHING`;
  }

  /** The oldest queued run but those given. */
  async nextQueuedRun(skip: string[]): Promise<string | null> {
    const rows = await this.prisma.driverQuery<{ run_id: string }>(
      "SELECT run_id FROM metric_purges WHERE NOT (run_id = ANY($1::uuid[])) ORDER BY requested_at, run_id LIMIT 1",
      [skip],
    );
    return rows[0]?.run_id ?? null;
  }

  /**
   * Deletes up to `limit` of a run's rows in a table, by row address within the run's rows (one partition, one
   * shard): a TID scan, no second walk of the index. Answers how many went.
   */
  deleteRunRows(table: "metric_points" | "metric_rollups", runId: string, limit: number): Promise<number> {
    return this.prisma.$executeRaw(
      Prisma.sql`DELETE FROM ${Prisma.raw(table)} WHERE run_id = ${runId}::uuid
        AND ctid = ANY(ARRAY(SELECT ctid FROM ${Prisma.raw(table)} WHERE run_id = ${runId}::uuid LIMIT ${limit}))`,
    );
  }

  /**
   * Takes a run off the queue if nothing of it is left that this statement can see (rows another process is
   * deleting, not yet committed, keep it queued); answers whether it did.
   */
  async dequeueIfPurged(runId: string): Promise<boolean> {
    const taken = await this.prisma.$executeRaw`DELETE FROM metric_purges WHERE run_id = ${runId}::uuid
      AND NOT EXISTS (SELECT 1 FROM metric_points WHERE run_id = ${runId}::uuid)
      AND NOT EXISTS (SELECT 1 FROM metric_rollups WHERE run_id = ${runId}::uuid)`;
    return taken === 1;
  }

  async countQueued(): Promise<number> {
    const [row] = await this.prisma.driverQuery<{ n: number }>("SELECT count(*)::int AS n FROM metric_purges", []);
    return row?.n ?? 0;
  }
}
