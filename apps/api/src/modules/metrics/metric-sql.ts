// Every statement the metrics module runs, in one place: metric-sql.snapshot.sql holds them as written out by
// metric-sql.spec.ts, so that a change of query shows in review (`UPDATE_SQL_SNAPSHOT=1 npx jest metric-sql`
// rewrites the snapshot). The module's other files hold no SQL of their own (the same spec checks).

/** The new highest point beats the kept one: a greater number, or an equal one (NaN with NaN) at an earlier step; a number always beats NaN. */
const HIGHER = `((EXCLUDED.max_value <> 'NaN' AND (r.max_value = 'NaN' OR EXCLUDED.max_value > r.max_value))
  OR (EXCLUDED.max_value = r.max_value AND EXCLUDED.max_step < r.max_step))`;

/** The series' summaries of a batch upserted: parameters from $first on (see BatchWriter's summaryArrays); $1 is the run. */
export function summaryUpsert(first: number): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `INSERT INTO metric_summaries AS s (run_id, experiment_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       SELECT $1, (SELECT experiment_id FROM runs WHERE id = $1), key, split, latest_value, latest_step, latest_at, min_value, max_value, count
       FROM unnest(${$(0)}::text[], ${$(1)}::text[], ${$(2)}::text[]::float8[], ${$(3)}::bigint[], ${$(4)}::timestamptz[], ${$(5)}::text[]::float8[], ${$(6)}::text[]::float8[], ${$(7)}::bigint[])
         AS t(key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       ON CONFLICT (run_id, key, split) DO UPDATE SET
         latest_value = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_value ELSE s.latest_value END,
         latest_at = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_at ELSE s.latest_at END,
         latest_step = greatest(s.latest_step, EXCLUDED.latest_step),
         min_value = CASE WHEN s.min_value = 'NaN' THEN EXCLUDED.min_value WHEN EXCLUDED.min_value = 'NaN' THEN s.min_value ELSE least(s.min_value, EXCLUDED.min_value) END,
         max_value = CASE WHEN s.max_value = 'NaN' THEN EXCLUDED.max_value WHEN EXCLUDED.max_value = 'NaN' THEN s.max_value ELSE greatest(s.max_value, EXCLUDED.max_value) END,
         count = s.count + EXCLUDED.count`;
}

/** The rollup blocks of a batch upserted, parameters from $first on; `where` filters the rows (see pointsAtOnce). */
export function rollupUpsert(first: number, where: string): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `INSERT INTO metric_rollups AS r (run_id, key, split, level, block, count, min_value, min_step, max_value, max_step)
       SELECT $1, key, split, level, block, count, min_value, min_step, max_value, max_step
       FROM unnest(${$(0)}::text[], ${$(1)}::text[], ${$(2)}::smallint[], ${$(3)}::bigint[], ${$(4)}::int[], ${$(5)}::text[]::float8[], ${$(6)}::bigint[], ${$(7)}::text[]::float8[], ${$(8)}::bigint[])
         AS t(key, split, level, block, count, min_value, min_step, max_value, max_step)
       ${where}
       ON CONFLICT (run_id, key, split, level, block) DO UPDATE SET
         count = r.count + EXCLUDED.count,
         min_value = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_value ELSE r.min_value END,
         min_step = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_step ELSE r.min_step END,
         max_value = CASE WHEN ${HIGHER} THEN EXCLUDED.max_value ELSE r.max_value END,
         max_step = CASE WHEN ${HIGHER} THEN EXCLUDED.max_step ELSE r.max_step END`;
}

/** A batch's new params ($2..$5: keys, types, numbers, texts); answers the keys written. */
export const INSERT_PARAMS = `INSERT INTO run_params (run_id, experiment_id, key, type, number_value, text_value)
       SELECT $1, (SELECT experiment_id FROM runs WHERE id = $1), key, type, number_value, text_value FROM unnest($2::text[], $3::text[], $4::float8[], $5::text[]) AS t(key, type, number_value, text_value)
       ON CONFLICT (run_id, key) DO NOTHING RETURNING key`;

/** The run's params of those keys. */
export const READ_PARAMS = `SELECT key, type, number_value AS "numberValue", text_value AS "textValue" FROM run_params WHERE run_id = $1 AND key = ANY($2::text[]) ORDER BY key`;

/** A batch's tags, the last value winning. */
export const UPSERT_TAGS = `INSERT INTO run_tags (run_id, key, value) SELECT $1, key, value FROM unnest($2::text[], $3::text[]) AS t(key, value)
       ON CONFLICT (run_id, key) DO UPDATE SET value = EXCLUDED.value`;

/** The first answer to a batch with this Idempotency-Key. */
export const READ_RECEIPT = `SELECT result, body_hash FROM batch_receipts WHERE run_id = $1 AND idempotency_key = $2`;

/** Keeps a batch's answer under its Idempotency-Key, in the batch's transaction. */
export const INSERT_RECEIPT = `INSERT INTO batch_receipts (run_id, idempotency_key, body_hash, result) VALUES ($1, $2, $3, $4)`;

/** Flags the run for the fit sweeper: its curves changed (a no-op, and no row lock, while it is flagged already). */
export const MARK_FIT_DUE = `UPDATE runs SET fit_due_at = now() WHERE id = $1 AND fit_due_at IS NULL`;

/** A batch's points streamed in, encoded by encodeCopy (packages/domain). */
export const COPY_POINTS = `COPY metric_points (run_id, key, split, step, value, timestamp) FROM STDIN WITH (FORMAT binary)`;

/**
 * A small batch of points alone in one statement: $2..$5 the points (series number, step, value, epoch ms) as array
 * literals, $6.. the summaries (their order numbers the series), then the rollups, written once the summaries are.
 */
export function pointsAtOnce(summaryParams: number): string {
  return `WITH points AS (
         INSERT INTO metric_points (run_id, key, split, step, value, timestamp)
         SELECT $1, s.key, s.split, t.step, t.value, timestamptz 'epoch' + t.ms * interval '1 millisecond'
         FROM unnest($2::int[], $3::bigint[], $4::float8[], $5::float8[]) AS t(series, step, value, ms)
         JOIN unnest($6::text[], $7::text[]) WITH ORDINALITY AS s(key, split, n) ON s.n = t.series
       ), fit AS (UPDATE runs SET fit_due_at = now() WHERE id = $1 AND fit_due_at IS NULL
       ), summaries AS (${summaryUpsert(6)} RETURNING 1)
       ${rollupUpsert(6 + summaryParams, "WHERE (SELECT count(*) FROM summaries) >= 0")}`;
}

/** Each series of the project's runs asked for, with its points in the step range counted up to $7. */
export const SAMPLE_SERIES = `SELECT s.run_id::text AS run_id, s.key, c.n
       FROM metric_summaries s
       JOIN runs r ON r.id = s.run_id JOIN experiments e ON e.id = r.experiment_id
       CROSS JOIN LATERAL (
         SELECT count(*) AS n FROM (SELECT 1 FROM metric_points m WHERE m.run_id = s.run_id AND m.key = s.key AND m.split = s.split AND m.step BETWEEN $5 AND $6 LIMIT $7) AS x
       ) AS c
       WHERE e.project_id = $1 AND s.run_id = ANY($2::uuid[]) AND s.key = ANY($3::text[]) AND s.split = $4 AND c.n > 0
       ORDER BY s.run_id, s.key`;

/** The points of short series in the step range, in series and step order. */
export const READ_WHOLE = `SELECT m.run_id::text AS run_id, m.key, m.step, m.value FROM metric_points m
       JOIN unnest($1::uuid[], $2::text[]) AS wanted(run_id, key) ON wanted.run_id = m.run_id AND wanted.key = m.key
       WHERE m.split = $3 AND m.step BETWEEN $4 AND $5
       ORDER BY m.run_id, m.key, m.step, m.id`;

/** How many blocks each rollup level has in the step range. */
export const ROLLUP_LEVELS_IN_RANGE = `SELECT level, count(*) AS blocks FROM metric_rollups
       WHERE run_id = $1 AND key = $2 AND split = $3 AND block BETWEEN ($4::bigint >> (2 * level)) AND ($5::bigint >> (2 * level))
       GROUP BY level`;

/** One level's blocks in a block range. */
export const ROLLUP_BLOCKS = `SELECT block, count, min_value, min_step, max_value, max_step FROM metric_rollups
       WHERE run_id = $1 AND key = $2 AND split = $3 AND level = $4 AND block BETWEEN $5 AND $6 ORDER BY block`;

/** The count and extremes of a series' points in a step range (a block the range cuts). */
export const EXTREMES_BETWEEN = `WITH points AS (SELECT step, value, id FROM metric_points WHERE run_id = $1 AND key = $2 AND split = $3 AND step BETWEEN $4 AND $5),
            low AS (SELECT step, value FROM points ORDER BY value = 'NaN', value ASC, step, id LIMIT 1),
            high AS (SELECT step, value FROM points ORDER BY value = 'NaN', value DESC, step, id LIMIT 1)
       SELECT (SELECT count(*) FROM points) AS count, low.value AS min_value, low.step AS min_step, high.value AS max_value, high.step AS max_step FROM low, high`;

/** Queues the runs of a project for the purge of their points (in the transaction that deletes the project). */
export const QUEUE_PROJECT_RUNS = `INSERT INTO metric_purges (run_id)
      SELECT r.id FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE e.project_id = $1::uuid
      ON CONFLICT (run_id) DO NOTHING`;

/** Queues the runs of an experiment (in the transaction that deletes it). */
export const QUEUE_EXPERIMENT_RUNS = `INSERT INTO metric_purges (run_id) SELECT r.id FROM runs r WHERE r.experiment_id = $1::uuid
      ON CONFLICT (run_id) DO NOTHING`;

/** The oldest queued run but those in $1. */
export const NEXT_QUEUED_RUN = `SELECT run_id FROM metric_purges WHERE NOT (run_id = ANY($1::uuid[])) ORDER BY requested_at, run_id LIMIT 1`;

/**
 * Up to $2 of a run's rows in a table deleted, by row address within the run's rows (one partition, one shard): a
 * TID scan, no second walk of the index.
 */
export function deleteRunRows(table: "metric_points" | "metric_rollups"): string {
  return `DELETE FROM ${table} WHERE run_id = $1::uuid
        AND ctid = ANY(ARRAY(SELECT ctid FROM ${table} WHERE run_id = $1::uuid LIMIT $2))`;
}

/** Takes a run off the queue if nothing of it is left that this statement can see. */
export const DEQUEUE_IF_PURGED = `DELETE FROM metric_purges WHERE run_id = $1::uuid
      AND NOT EXISTS (SELECT 1 FROM metric_points WHERE run_id = $1::uuid)
      AND NOT EXISTS (SELECT 1 FROM metric_rollups WHERE run_id = $1::uuid)`;

export const COUNT_QUEUED = `SELECT count(*)::int AS n FROM metric_purges`;

/**
 * Of the distinct steps of one metric (the series without a split) across runs in a step range ($3..$4, or all),
 * at most $5: all when they fit, else evenly spaced ones with the first and the last — sampleSteps' choice, made by
 * Postgres, so that a series of millions of steps never travels to the server.
 */
export const SAMPLED_STEPS = `WITH steps AS (SELECT DISTINCT step FROM metric_points WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = ''
                        AND ($3::bigint IS NULL OR step BETWEEN $3::bigint AND $4::bigint)),
            numbered AS (SELECT step, row_number() OVER (ORDER BY step) - 1 AS i FROM steps),
            total AS (SELECT count(*) AS n FROM steps),
            picks AS (SELECT DISTINCT CASE WHEN $5::int = 1 THEN 0 ELSE round(k * (total.n - 1)::numeric / ($5::int - 1))::bigint END AS i
                      FROM total, generate_series(0, $5::int - 1) AS k)
       SELECT step FROM numbered, total WHERE total.n <= $5::int OR numbered.i IN (SELECT i FROM picks)
       ORDER BY step`;

/** The points of one metric (without a split) at the given steps, by run, step and time. */
export const POINTS_AT_STEPS = `SELECT run_id, step, value, round(date_part('epoch', timestamp) * 1000) AS ms FROM metric_points
       WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = '' AND step = ANY($3::bigint[])
       ORDER BY run_id, step, timestamp, id`;

/**
 * A page of one series (the one without a split) rendered as MLflow's JSON metric objects by Postgres: a row is one
 * object and nothing more. NaN and the infinities are written as strings, as MLflow does. The page's last row also
 * carries its "step:id" cursor; with `after`, the page starts past the ($6, $7) cursor.
 */
export function historyJson(after: boolean): string {
  return `SELECT '{"key":' || $3 || ',"value":' || CASE WHEN value IN ('NaN', 'Infinity', '-Infinity') THEN '"' || value::text || '"' ELSE value::text END
                || ',"timestamp":' || round(date_part('epoch', timestamp) * 1000)::bigint::text || ',"step":' || step::text || '}',
              CASE WHEN row_number() OVER (ORDER BY step, id) = $4 THEN step::text || ':' || id::text END
       FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = '' ${after ? "AND (step, id) > ($6::bigint, $7::bigint)" : ""}
       ORDER BY step, id LIMIT $5`;
}

/** One series' points by step as [id, step, value, epoch ms] rows, $4 of them; with `after`, past the ($5, $6) cursor. */
export function seriesPage(after: boolean): string {
  return `SELECT id, step::float8, value, round(date_part('epoch', timestamp) * 1000) FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = $3 ${after ? "AND (step, id) > ($5::bigint, $6::bigint)" : ""}
       ORDER BY step, id LIMIT $4`;
}
