import { Injectable } from "@nestjs/common";
import type { PoolClient } from "pg";
import { PrismaService } from "../../prisma/prisma.service";

export interface RecordRow {
  prediction_id: string;
  recorded_at: Date;
  received_at: Date;
  variant: string | null;
  features: Record<string, unknown>;
  prediction: Record<string, unknown>;
  latency_ms: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
  error: string | null;
}

/** The daily partition of inference_records holding a UTC day ("2026-12-03"). */
export function partitionName(day: string): string {
  return `inference_records_p${day.replaceAll("-", "")}`;
}

/**
 * The records of a batch arrive as one JSON array (as validated, stringified once): Postgres reads it with
 * json_to_recordset, and features and prediction keep their text (json columns) as the client sent them.
 */
const INSERT_RECORDS = `WITH input AS (
         SELECT * FROM json_to_recordset($2::json)
           AS r("predictionId" text, "timestamp" timestamptz, variant text, features json, prediction json, "latencyMs" float8, "inputTokens" int, "outputTokens" int, cost float8, error text)),
       fresh AS (
         INSERT INTO inference_predictions (deployment_id, prediction_id, recorded_at)
         SELECT $1, "predictionId", "timestamp" FROM input ON CONFLICT DO NOTHING RETURNING prediction_id)
       INSERT INTO inference_records (deployment_id, prediction_id, recorded_at, variant, features, prediction, latency_ms, input_tokens, output_tokens, cost, error)
       SELECT $1, i."predictionId", i."timestamp", i.variant, i.features, i.prediction, i."latencyMs", i."inputTokens", i."outputTokens", i.cost, i.error
       FROM input i JOIN fresh ON fresh.prediction_id = i."predictionId"
       RETURNING prediction_id`;

/**
 * Every statement of the monitoring module's production data: records and their prediction ids, receipts of
 * Idempotency-Keys, the daily partitions, hourly traffic and hourly profiles.
 */
@Injectable()
export class MonitoringRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.prisma.driverTransaction(work);
  }

  /** Makes the daily partitions (UTC days "YYYY-MM-DD") that do not exist yet; safe in several processes at once. */
  async ensurePartitions(days: string[]): Promise<void> {
    await this.prisma.driverTransaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('inference_records partitions'))");
      for (const day of days) {
        const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        await client.query(`CREATE TABLE IF NOT EXISTS "${partitionName(day)}" PARTITION OF inference_records FOR VALUES FROM ('${day}T00:00:00Z') TO ('${next}T00:00:00Z')`);
      }
    });
  }

  /** The days that have a partition, ascending. */
  async partitionDays(): Promise<string[]> {
    const rows = await this.prisma.driverQuery<{ name: string }>(
      "SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'inference_records'::regclass ORDER BY 1",
      [],
    );
    return rows.map((row) => /^inference_records_p(\d{4})(\d{2})(\d{2})$/.exec(row.name)).filter((match) => match !== null).map((match) => `${match[1]}-${match[2]}-${match[3]}`);
  }

  async dropPartition(day: string): Promise<void> {
    await this.prisma.driverTransaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('inference_records partitions'))");
      await client.query(`DROP TABLE IF EXISTS "${partitionName(day)}"`);
    });
  }

  /** Forgets up to `limit` prediction ids recorded before `before`; answers how many went. */
  deletePredictionsBefore(before: Date, limit: number): Promise<number> {
    return this.prisma.driverCount(
      `DELETE FROM inference_predictions WHERE ctid = ANY(ARRAY(SELECT ctid FROM inference_predictions WHERE recorded_at < $1 LIMIT $2))`,
      [before, limit],
    );
  }

  /** Forgets up to `limit` actuals of predictions recorded before `before`; answers how many went. */
  deleteActualsBefore(before: Date, limit: number): Promise<number> {
    return this.prisma.driverCount(`DELETE FROM inference_actuals WHERE ctid = ANY(ARRAY(SELECT ctid FROM inference_actuals WHERE recorded_at < $1 LIMIT $2))`, [before, limit]);
  }

  /**
   * Keeps the actuals of known predictions (the first for each prediction id; later ones are ignored) and answers,
   * for each kept one, its prediction as recorded and its hour; also how many of the given ids the deployment has.
   */
  async insertActuals(client: PoolClient, deploymentId: string, actualsJson: string): Promise<{ joined: Array<{ hour: string; actual: unknown; prediction: unknown }>; known: number }> {
    const result = await client.query<{ hour: Date | null; actual: unknown; prediction: unknown; known: number }>(
      `WITH given AS (
         SELECT g."predictionId" AS prediction_id, g.actual FROM json_to_recordset($2::json) AS g("predictionId" text, actual json)
       ), known AS (
         SELECT g.prediction_id, g.actual, p.recorded_at FROM given g JOIN inference_predictions p ON p.deployment_id = $1::uuid AND p.prediction_id = g.prediction_id
       ), inserted AS (
         INSERT INTO inference_actuals (deployment_id, prediction_id, recorded_at, actual)
         SELECT $1::uuid, prediction_id, recorded_at, actual FROM known
         ON CONFLICT DO NOTHING
         RETURNING prediction_id, recorded_at, actual
       )
       SELECT date_trunc('hour', i.recorded_at) AS hour, i.actual, r.prediction, (SELECT count(*)::int FROM known) AS known
       FROM inserted i JOIN inference_records r ON r.deployment_id = $1::uuid AND r.recorded_at = i.recorded_at AND r.prediction_id = i.prediction_id
       UNION ALL SELECT NULL, NULL, NULL, (SELECT count(*)::int FROM known)`,
      [deploymentId, actualsJson],
    );
    const known = result.rows[0]?.known ?? 0;
    return { joined: result.rows.filter((row) => row.hour !== null).map((row) => ({ hour: row.hour!.toISOString(), actual: row.actual, prediction: row.prediction })), known };
  }

  /** Which of these prediction ids the deployment has. */
  async knownPredictions(deploymentId: string, ids: string[]): Promise<Set<string>> {
    const rows = await this.prisma.driverQuery<{ prediction_id: string }>(`SELECT prediction_id FROM inference_predictions WHERE deployment_id = $1::uuid AND prediction_id = ANY($2::text[])`, [deploymentId, ids]);
    return new Set(rows.map((row) => row.prediction_id));
  }

  async hourOutcomes(client: PoolClient, deploymentId: string, hours: string[]): Promise<Map<string, unknown>> {
    const result = await client.query<{ hour: Date; outcomes: unknown }>(`SELECT hour, outcomes FROM inference_outcome_hours WHERE deployment_id = $1::uuid AND hour = ANY($2::timestamptz[])`, [deploymentId, hours]);
    return new Map(result.rows.map((row) => [row.hour.toISOString(), row.outcomes]));
  }

  async saveHourOutcomes(client: PoolClient, deploymentId: string, hours: string[], outcomes: string[]): Promise<void> {
    await client.query(
      `INSERT INTO inference_outcome_hours (deployment_id, hour, outcomes, updated_at)
       SELECT $1::uuid, h.hour, h.outcomes::jsonb, now() FROM unnest($2::timestamptz[], $3::text[]) AS h(hour, outcomes)
       ON CONFLICT (deployment_id, hour) DO UPDATE SET outcomes = EXCLUDED.outcomes, updated_at = now()`,
      [deploymentId, hours, outcomes],
    );
  }

  /** The model version the deployment's primary variant serves, and its test figures (its registration evidence). */
  async servedVersionEvidence(deploymentId: string): Promise<{ modelVersion: string; testMetrics: Record<string, number | null> } | null> {
    const [row] = await this.prisma.driverQuery<{ name: string; version: number; metrics: Record<string, number | null> | null }>(
      `SELECT rm.name, mv.version, mv.evidence->'testMetrics' AS metrics FROM deployment_variants v
       JOIN model_versions mv ON mv.id = v.model_version_id JOIN registered_models rm ON rm.id = mv.model_id
       WHERE v.deployment_id = $1::uuid ORDER BY (v.role = 'PRIMARY') DESC, v.traffic_bp DESC NULLS LAST LIMIT 1`,
      [deploymentId],
    );
    return row ? { modelVersion: `${row.name} v${row.version}`, testMetrics: row.metrics ?? {} } : null;
  }

  /** Each score config's mean numeric score (booleans 1 / 0) given on the deployment in [from, to). */
  async feedbackMeans(deploymentId: string, from: Date, to: Date): Promise<Record<string, number | null>> {
    const rows = await this.prisma.driverQuery<{ name: string; mean: number | null }>(
      `SELECT c.name, avg(s.numeric) AS mean FROM feedback_scores s JOIN score_configs c ON c.id = s.config_id WHERE s.deployment_id = $1::uuid AND s.scored_at >= $2 AND s.scored_at < $3 GROUP BY c.name`,
      [deploymentId, from, to],
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.mean]));
  }

  /** The hourly outcome profiles in [from, to). */
  outcomesBetween(deploymentId: string, from: Date, to: Date): Promise<Array<{ hour: Date; outcomes: unknown }>> {
    return this.prisma.driverQuery<{ hour: Date; outcomes: unknown }>(`SELECT hour, outcomes FROM inference_outcome_hours WHERE deployment_id = $1::uuid AND hour >= $2 AND hour < $3 ORDER BY hour`, [deploymentId, from, to]);
  }

  /** Claims an Idempotency-Key for a batch: true when it is new; false when another batch holds it (it waits for that batch's transaction). */
  async claimReceipt(client: PoolClient, deploymentId: string, key: string, bodyHash: string): Promise<boolean> {
    const result = await client.query(
      "INSERT INTO inference_receipts (deployment_id, idempotency_key, body_hash, result) VALUES ($1, $2, $3, 'null') ON CONFLICT DO NOTHING",
      [deploymentId, key, bodyHash],
    );
    return result.rowCount === 1;
  }

  async completeReceipt(client: PoolClient, deploymentId: string, key: string, result: unknown): Promise<void> {
    await client.query("UPDATE inference_receipts SET result = $3 WHERE deployment_id = $1 AND idempotency_key = $2", [deploymentId, key, JSON.stringify(result)]);
  }

  async findReceipt(deploymentId: string, key: string): Promise<{ body_hash: string; result: unknown } | null> {
    const rows = await this.prisma.driverQuery<{ body_hash: string; result: unknown }>(
      "SELECT body_hash, result FROM inference_receipts WHERE deployment_id = $1 AND idempotency_key = $2",
      [deploymentId, key],
    );
    return rows[0] ?? null;
  }

  /** Inserts the records (a JSON array of distinct prediction ids) whose prediction id is new to the deployment; answers the ids written. */
  async insertRecords(client: PoolClient, deploymentId: string, recordsJson: string): Promise<string[]> {
    const result = await client.query<[string]>({ text: INSERT_RECORDS, values: [deploymentId, recordsJson], rowMode: "array" });
    return result.rows.map((row) => row[0]);
  }

  /** Serialises the merges of one deployment's hourly traffic and profiles until the transaction ends. */
  async lockDeploymentProfiles(client: PoolClient, deploymentId: string): Promise<void> {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('inference profiles ' || $1::text))", [deploymentId]);
  }

  async hourTraffic(client: PoolClient, deploymentId: string, hours: string[]): Promise<Map<string, unknown>> {
    const result = await client.query<{ hour: Date; stats: unknown }>("SELECT hour, stats FROM inference_hours WHERE deployment_id = $1 AND hour = ANY($2::timestamptz[])", [deploymentId, hours]);
    return new Map(result.rows.map((row) => [row.hour.toISOString(), row.stats]));
  }

  async saveHourTraffic(client: PoolClient, deploymentId: string, hours: string[], stats: string[]): Promise<void> {
    await client.query(
      `INSERT INTO inference_hours (deployment_id, hour, stats, updated_at) SELECT $1, h, s, now() FROM unnest($2::timestamptz[], $3::jsonb[]) AS u(h, s)
       ON CONFLICT (deployment_id, hour) DO UPDATE SET stats = EXCLUDED.stats, updated_at = now()`,
      [deploymentId, hours, stats],
    );
  }

  async hourProfiles(client: PoolClient, deploymentId: string, baselineId: string, hours: string[]): Promise<Map<string, { profiles: unknown; count: number }>> {
    const result = await client.query<{ hour: Date; profiles: unknown; count: number }>(
      "SELECT hour, profiles, count FROM monitor_profiles WHERE deployment_id = $1 AND baseline_id = $2 AND hour = ANY($3::timestamptz[])",
      [deploymentId, baselineId, hours],
    );
    return new Map(result.rows.map((row) => [row.hour.toISOString(), { profiles: row.profiles, count: row.count }]));
  }

  async saveHourProfiles(client: PoolClient, deploymentId: string, baselineId: string, hours: string[], profiles: string[], counts: number[]): Promise<void> {
    await client.query(
      `INSERT INTO monitor_profiles (deployment_id, baseline_id, hour, profiles, count, updated_at)
       SELECT $1, $2, h, p, c, now() FROM unnest($3::timestamptz[], $4::jsonb[], $5::int[]) AS u(h, p, c)
       ON CONFLICT (deployment_id, baseline_id, hour) DO UPDATE SET profiles = EXCLUDED.profiles, count = EXCLUDED.count, updated_at = now()`,
      [deploymentId, baselineId, hours, profiles, counts],
    );
  }

  /** The hourly traffic of [from, to), by hour. */
  trafficBetween(deploymentId: string, from: Date, to: Date) {
    return this.prisma.driverQuery<{ hour: Date; stats: unknown }>(
      "SELECT hour, stats FROM inference_hours WHERE deployment_id = $1 AND hour >= $2 AND hour < $3 ORDER BY hour",
      [deploymentId, from, to],
    );
  }

  /** The hourly profiles on a baseline in [from, to), by hour. */
  profilesBetween(deploymentId: string, baselineId: string, from: Date, to: Date) {
    return this.prisma.driverQuery<{ hour: Date; profiles: unknown; count: number }>(
      "SELECT hour, profiles, count FROM monitor_profiles WHERE deployment_id = $1 AND baseline_id = $2 AND hour >= $3 AND hour < $4 ORDER BY hour",
      [deploymentId, baselineId, from, to],
    );
  }

  /** A page of records in [from, to), newest first, past the (recorded_at, prediction_id) cursor. */
  recordPage(deploymentId: string, from: Date, to: Date, after: { recordedAt: string; predictionId: string } | null, limit: number) {
    return this.prisma.driverQuery<RecordRow>(
      `SELECT prediction_id, recorded_at, received_at, variant, features, prediction, latency_ms, input_tokens, output_tokens, cost, error
       FROM inference_records WHERE deployment_id = $1 AND recorded_at >= $2 AND recorded_at < $3
       ${after ? "AND (recorded_at, prediction_id) < ($5::timestamptz, $6::text)" : ""}
       ORDER BY recorded_at DESC, prediction_id DESC LIMIT $4`,
      after ? [deploymentId, from, to, limit, after.recordedAt, after.predictionId] : [deploymentId, from, to, limit],
    );
  }

  /** Up to `limit` records' features and predictions in [from, to), for a baseline. */
  recordsForBaseline(deploymentId: string, from: Date, to: Date, limit: number) {
    return this.prisma.driverQuery<{ features: Record<string, unknown>; prediction: Record<string, unknown> }>(
      "SELECT features, prediction FROM inference_records WHERE deployment_id = $1 AND recorded_at >= $2 AND recorded_at < $3 LIMIT $4",
      [deploymentId, from, to, limit],
    );
  }
}
