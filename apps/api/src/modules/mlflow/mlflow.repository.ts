import { Injectable } from "@nestjs/common";
import type { ProjectRole } from "@lifecycle/domain";
import type { HistoryCursor } from "../runs/runs.mapper";
import { PrismaService } from "../../prisma/prisma.service";

/** The lookups the MLflow API needs that Lifecycle's own routes do not: by name, and from a run or experiment to its project. */
@Injectable()
export class MlflowRepository {
  constructor(private readonly prisma: PrismaService) {}

  findExperimentByName(projectId: string, name: string) {
    return this.prisma.experiment.findFirst({ where: { projectId, name }, select: { id: true, deletedAt: true } });
  }

  findRunExperiment(runId: string) {
    return this.prisma.run.findUnique({ where: { id: runId }, select: { experimentId: true, deletedAt: true } });
  }

  /** Every experiment the caller may see: all for an admin, else those of projects they are a member of. */
  findVisibleExperiments(viewer: { userId: string | null; isAdmin: boolean; projectId?: string | null }) {
    return this.prisma.experiment.findMany({
      where: {
        ...(viewer.isAdmin ? {} : { project: { members: { some: { userId: viewer.userId ?? "00000000-0000-0000-0000-000000000000" } } } }),
        ...(viewer.projectId ? { projectId: viewer.projectId } : {}),
      },
      select: { id: true, projectId: true, name: true, tags: true, deletedAt: true, createdAt: true, updatedAt: true, project: { select: { slug: true, importsOwner: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    });
  }

  /**
   * Of the distinct steps of one metric (the series without a split) across runs in a step range, at most `max`:
   * all when they fit, else evenly spaced ones with the first and the last — sampleSteps' choice, made by
   * Postgres, so that a series of millions of steps never travels to the server.
   */
  async findSampledMetricSteps(runIds: string[], key: string, fromStep: number | null, toStep: number | null, max: number): Promise<string[]> {
    const rows = await this.prisma.driverQuery<{ step: string }>(
      `WITH steps AS (SELECT DISTINCT step FROM metric_points WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = ''
                        AND ($3::bigint IS NULL OR step BETWEEN $3::bigint AND $4::bigint)),
            numbered AS (SELECT step, row_number() OVER (ORDER BY step) - 1 AS i FROM steps),
            total AS (SELECT count(*) AS n FROM steps),
            picks AS (SELECT DISTINCT CASE WHEN $5::int = 1 THEN 0 ELSE round(k * (total.n - 1)::numeric / ($5::int - 1))::bigint END AS i
                      FROM total, generate_series(0, $5::int - 1) AS k)
       SELECT step FROM numbered, total WHERE total.n <= $5::int OR numbered.i IN (SELECT i FROM picks)
       ORDER BY step`,
      [runIds, key, fromStep, toStep, max],
    );
    // As text: 64-bit steps stay exact on their way to the points' query.
    return rows.map((row) => row.step);
  }

  /** The points of one metric at the given steps, by run, step and time. */
  findMetricPointsAtSteps(runIds: string[], key: string, steps: string[]) {
    return this.prisma.driverQuery<{ run_id: string; step: string; value: number; ms: number }>(
      `SELECT run_id, step, value, round(date_part('epoch', timestamp) * 1000) AS ms FROM metric_points
       WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = '' AND step = ANY($3::bigint[])
       ORDER BY run_id, step, timestamp, id`,
      [runIds, key, steps],
    );
  }

  /**
   * A run with its project and the user's role there, in one round trip (the MLflow API looks this up on every
   * call); with `seriesKey`, also how many points that series (without a split) has.
   */
  async findRunAccess(runId: string, userId: string | null, seriesKey?: string): Promise<{ id: string; experimentId: string; projectId: string; deletedAt: Date | null; membership: ProjectRole | null; seriesCount: number | null } | null> {
    const rows = await this.prisma.driverQuery<{ id: string; experiment_id: string; project_id: string; deleted_at: Date | null; role: ProjectRole | null; count: number | null }>(
      `SELECT r.id, r.experiment_id, e.project_id, r.deleted_at, m.role, ${seriesKey === undefined ? "NULL::int AS count" : "s.count"}
       FROM runs r JOIN experiments e ON e.id = r.experiment_id
       LEFT JOIN project_members m ON m.project_id = e.project_id AND m.user_id = $2
       ${seriesKey === undefined ? "" : "LEFT JOIN metric_summaries s ON s.run_id = r.id AND s.key = $3 AND s.split = ''"}
       WHERE r.id = $1`,
      seriesKey === undefined ? [runId, userId] : [runId, userId, seriesKey],
    );
    const row = rows[0];
    return row ? { id: row.id, experimentId: row.experiment_id, projectId: row.project_id, deletedAt: row.deleted_at, membership: row.role, seriesCount: row.count } : null;
  }

  /** An experiment with its project and the user's role there, in one round trip. */
  async findExperimentAccess(experimentId: string, userId: string | null): Promise<{ id: string; projectId: string; deletedAt: Date | null; membership: ProjectRole | null } | null> {
    const rows = await this.prisma.driverQuery<{ id: string; project_id: string; deleted_at: Date | null; role: ProjectRole | null }>(
      `SELECT e.id, e.project_id, e.deleted_at, m.role FROM experiments e
       LEFT JOIN project_members m ON m.project_id = e.project_id AND m.user_id = $2
       WHERE e.id = $1`,
      [experimentId, userId],
    );
    const row = rows[0];
    return row ? { id: row.id, projectId: row.project_id, deletedAt: row.deleted_at, membership: row.role } : null;
  }

  /** Experiments with the user's role in their project, in one round trip; unknown ids are left out. */
  findExperimentsAccess(experimentIds: string[], userId: string | null) {
    return this.prisma.driverQuery<{ id: string; project_id: string; membership: ProjectRole | null }>(
      `SELECT e.id, e.project_id, m.role AS membership FROM experiments e
       LEFT JOIN project_members m ON m.project_id = e.project_id AND m.user_id = $2
       WHERE e.id = ANY($1::uuid[])`,
      [experimentIds, userId],
    );
  }

  /**
   * A page of one series (the one without a split) rendered as MLflow's JSON metric objects by Postgres: a row is
   * one object and nothing more, which is the cheapest for the driver to read (a page holds up to 25,000). NaN and
   * the infinities are written as strings, as MLflow does. The page's last row also carries its "step:id" cursor.
   */
  findMetricHistoryJson(runId: string, key: string, pageSize: number, after: HistoryCursor | null) {
    return this.prisma.driverRows<[json: string, cursor: string | null]>(
      `SELECT '{"key":' || $3 || ',"value":' || CASE WHEN value IN ('NaN', 'Infinity', '-Infinity') THEN '"' || value::text || '"' ELSE value::text END
                || ',"timestamp":' || round(date_part('epoch', timestamp) * 1000)::bigint::text || ',"step":' || step::text || '}',
              CASE WHEN row_number() OVER (ORDER BY step, id) = $4 THEN step::text || ':' || id::text END
       FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = '' ${after ? "AND (step, id) > ($6::bigint, $7::bigint)" : ""}
       ORDER BY step, id LIMIT $5`,
      after ? [runId, key, JSON.stringify(key), pageSize, pageSize + 1, after.step, after.id] : [runId, key, JSON.stringify(key), pageSize, pageSize + 1],
    );
  }
}
