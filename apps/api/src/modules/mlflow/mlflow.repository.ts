import { Injectable } from "@nestjs/common";
import type { ProjectRole } from "@lifecycle/domain";
import { readRunPage } from "../runs/runs.repository";
import { PrismaService } from "../../prisma/prisma.service";

/** Epoch milliseconds of a timestamp column, as JSON text. */
const msText = (column: string) => `round(date_part('epoch', ${column}) * 1000)::bigint::text`;
/** A float8 column as a JSON value: a number, or "NaN" / "Infinity" / "-Infinity" as MLflow writes them. */
const numberText = (column: string) => `CASE WHEN ${column} IN ('NaN', 'Infinity', '-Infinity') THEN '"' || ${column}::text || '"' ELSE ${column}::text END`;

/**
 * Runs ($1, an array of ids) as MLflow's JSON Run objects in the array's order, written by Postgres: one text a
 * run, nothing for the server to map or stringify. Each list is gathered for all the runs at once (an index
 * probe per id and a hash aggregate). Metrics are the series without a split with their latest values; the
 * run's name is also its mlflow.runName tag; params and tags are in key order. Numbers are Postgres' shortest
 * exact text of the double, and steps the full 64-bit integer.
 */
const RUNS_JSON = `WITH page AS (SELECT id, position FROM unnest($1::uuid[]) WITH ORDINALITY AS page(id, position)),
    metrics AS (
      SELECT s.run_id, string_agg('{"key":' || to_json(s.key)::text || ',"value":' || ${numberText("s.latest_value")} || ',"timestamp":' || ${msText("s.latest_at")}
               || ',"step":' || s.latest_step::text || '}', ',' ORDER BY s.key) AS json
      FROM metric_summaries s WHERE s.run_id = ANY($1::uuid[]) AND s.split = '' GROUP BY s.run_id),
    params AS (
      SELECT p.run_id, string_agg('{"key":' || to_json(p.key)::text || ',"value":' || to_json(p.text_value)::text || '}', ',' ORDER BY p.key) AS json
      FROM run_params p WHERE p.run_id = ANY($1::uuid[]) GROUP BY p.run_id),
    tags AS (
      SELECT t.run_id, string_agg('{"key":' || to_json(t.key)::text || ',"value":' || to_json(t.value)::text || '}', ',' ORDER BY t.key) AS json,
             max(to_json(t.value)::text) FILTER (WHERE t.key = 'mlflow.user') AS user_id
      FROM (SELECT t.run_id, t.key, t.value FROM run_tags t WHERE t.run_id = ANY($1::uuid[]) AND t.key <> 'mlflow.runName'
            UNION ALL SELECT r.id, 'mlflow.runName', r.name FROM runs r WHERE r.id = ANY($1::uuid[])) t
      GROUP BY t.run_id),
    inputs AS (
      SELECT i.run_id, string_agg('{"tags":' || i.tags::text || ',"dataset":{"name":' || to_json(i.name)::text || ',"digest":' || to_json(i.digest)::text
               || ',"source_type":' || to_json(i.source_type)::text || ',"source":' || to_json(i.source)::text
               || coalesce(',"schema":' || to_json(i.schema)::text, '') || coalesce(',"profile":' || to_json(i.profile)::text, '') || '}}', ',' ORDER BY i.created_at, i.id) AS json
      FROM run_inputs i WHERE i.run_id = ANY($1::uuid[]) GROUP BY i.run_id)
    SELECT '{"info":{"run_id":"' || r.id::text || '","run_uuid":"' || r.id::text || '","run_name":' || to_json(r.name)::text
      || ',"experiment_id":"' || r.experiment_id::text || '","user_id":' || coalesce(tags.user_id, '""')
      || ',"status":"' || r.status::text || '","start_time":' || ${msText("r.start_time")}
      || CASE WHEN r.end_time IS NULL THEN '' ELSE ',"end_time":' || ${msText("r.end_time")} END
      || ',"artifact_uri":"mlflow-artifacts:/' || r.experiment_id::text || '/' || r.id::text || '/artifacts","lifecycle_stage":"'
      || CASE WHEN r.deleted_at IS NULL THEN 'active' ELSE 'deleted' END
      || '"},"data":{"metrics":[' || coalesce(metrics.json, '') || '],"params":[' || coalesce(params.json, '') || '],"tags":[' || tags.json
      || ']},"inputs":{' || coalesce('"dataset_inputs":[' || inputs.json || ']', '') || '}}'
    FROM page JOIN runs r ON r.id = page.id
      LEFT JOIN metrics ON metrics.run_id = r.id LEFT JOIN params ON params.run_id = r.id
      LEFT JOIN tags ON tags.run_id = r.id LEFT JOIN inputs ON inputs.run_id = r.id
    ORDER BY page.position`;

/** The lookups the MLflow API needs that Lifecycle's own routes do not: by name, and from a run or experiment to its project. */
@Injectable()
export class MlflowRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs by id as MLflow Run objects, in the ids' order (unknown ids are left out). */
  async findRunsJson(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    return readRunPage(ids.length, async () => (await this.prisma.driverRows<[string]>(RUNS_JSON, [ids], "mlflow_runs_json")).map(([json]) => json));
  }

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
   * A run with its project and the user's role there, in one round trip (the MLflow API looks this up on every
   * call); with `seriesKey`, also how many points that series (without a split) has.
   */
  async findRunAccess(runId: string, userId: string | null, seriesKey?: string): Promise<{ id: string; experimentId: string; projectId: string; deletedAt: Date | null; membership: ProjectRole | null; seriesCount: number | null } | null> {
    const rows = await this.prisma.driverQuery<{ id: string; experiment_id: string; project_id: string; deleted_at: Date | null; role: ProjectRole | null; count: number | null }>(
      `SELECT r.id, r.experiment_id, e.project_id, r.deleted_at, m.role, ${seriesKey === undefined ? "NULL::int AS count" : "s.count::float8 AS count"}
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

}
