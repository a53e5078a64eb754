-- The metrics module's SQL, as sent (metric-sql.ts). Written by metric-sql.spec.ts: do not edit by hand.

-- COPY_POINTS
COPY metric_points (run_id, key, split, step, value, timestamp) FROM STDIN WITH (FORMAT binary);

-- COUNT_QUEUED
SELECT count(*)::int AS n FROM metric_purges;

-- DEQUEUE_IF_PURGED
DELETE FROM metric_purges WHERE run_id = $1::uuid
      AND NOT EXISTS (SELECT 1 FROM metric_points WHERE run_id = $1::uuid)
      AND NOT EXISTS (SELECT 1 FROM metric_rollups WHERE run_id = $1::uuid);

-- EXTREMES_BETWEEN
WITH points AS (SELECT step, value, id FROM metric_points WHERE run_id = $1 AND key = $2 AND split = $3 AND step BETWEEN $4 AND $5),
            low AS (SELECT step, value FROM points ORDER BY value = 'NaN', value ASC, step, id LIMIT 1),
            high AS (SELECT step, value FROM points ORDER BY value = 'NaN', value DESC, step, id LIMIT 1)
       SELECT (SELECT count(*) FROM points) AS count, low.value AS min_value, low.step AS min_step, high.value AS max_value, high.step AS max_step FROM low, high;

-- INSERT_PARAMS
INSERT INTO run_params (run_id, experiment_id, key, type, number_value, text_value)
       SELECT $1, (SELECT experiment_id FROM runs WHERE id = $1), key, type, number_value, text_value FROM unnest($2::text[], $3::text[], $4::float8[], $5::text[]) AS t(key, type, number_value, text_value)
       ON CONFLICT (run_id, key) DO NOTHING RETURNING key;

-- INSERT_RECEIPT
INSERT INTO batch_receipts (run_id, idempotency_key, body_hash, result) VALUES ($1, $2, $3, $4);

-- MARK_FIT_DUE
UPDATE runs SET fit_due_at = now() WHERE id = $1 AND fit_due_at IS NULL;

-- NEXT_QUEUED_RUN
SELECT run_id FROM metric_purges WHERE NOT (run_id = ANY($1::uuid[])) ORDER BY requested_at, run_id LIMIT 1;

-- POINTS_AT_STEPS
SELECT run_id, step, value, round(date_part('epoch', timestamp) * 1000) AS ms FROM metric_points
       WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = '' AND step = ANY($3::bigint[])
       ORDER BY run_id, step, timestamp, id;

-- QUEUE_EXPERIMENT_RUNS
INSERT INTO metric_purges (run_id) SELECT r.id FROM runs r WHERE r.experiment_id = $1::uuid
      ON CONFLICT (run_id) DO NOTHING;

-- QUEUE_PROJECT_RUNS
INSERT INTO metric_purges (run_id)
      SELECT r.id FROM runs r JOIN experiments e ON e.id = r.experiment_id WHERE e.project_id = $1::uuid
      ON CONFLICT (run_id) DO NOTHING;

-- READ_PARAMS
SELECT key, type, number_value AS "numberValue", text_value AS "textValue" FROM run_params WHERE run_id = $1 AND key = ANY($2::text[]) ORDER BY key;

-- READ_RECEIPT
SELECT result, body_hash FROM batch_receipts WHERE run_id = $1 AND idempotency_key = $2;

-- READ_WHOLE
SELECT m.run_id::text AS run_id, m.key, m.step, m.value FROM metric_points m
       JOIN unnest($1::uuid[], $2::text[]) AS wanted(run_id, key) ON wanted.run_id = m.run_id AND wanted.key = m.key
       WHERE m.split = $3 AND m.step BETWEEN $4 AND $5
       ORDER BY m.run_id, m.key, m.step, m.id;

-- ROLLUP_BLOCKS
SELECT block, count, min_value, min_step, max_value, max_step FROM metric_rollups
       WHERE run_id = $1 AND key = $2 AND split = $3 AND level = $4 AND block BETWEEN $5 AND $6 ORDER BY block;

-- ROLLUP_LEVELS_IN_RANGE
SELECT level, count(*) AS blocks FROM metric_rollups
       WHERE run_id = $1 AND key = $2 AND split = $3 AND block BETWEEN ($4::bigint >> (2 * level)) AND ($5::bigint >> (2 * level))
       GROUP BY level;

-- SAMPLED_STEPS
WITH steps AS (SELECT DISTINCT step FROM metric_points WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = ''
                        AND ($3::bigint IS NULL OR step BETWEEN $3::bigint AND $4::bigint)),
            numbered AS (SELECT step, row_number() OVER (ORDER BY step) - 1 AS i FROM steps),
            total AS (SELECT count(*) AS n FROM steps),
            picks AS (SELECT DISTINCT CASE WHEN $5::int = 1 THEN 0 ELSE round(k * (total.n - 1)::numeric / ($5::int - 1))::bigint END AS i
                      FROM total, generate_series(0, $5::int - 1) AS k)
       SELECT step FROM numbered, total WHERE total.n <= $5::int OR numbered.i IN (SELECT i FROM picks)
       ORDER BY step;

-- SAMPLE_SERIES
SELECT s.run_id::text AS run_id, s.key, c.n
       FROM metric_summaries s
       JOIN runs r ON r.id = s.run_id JOIN experiments e ON e.id = r.experiment_id
       CROSS JOIN LATERAL (
         SELECT count(*) AS n FROM (SELECT 1 FROM metric_points m WHERE m.run_id = s.run_id AND m.key = s.key AND m.split = s.split AND m.step BETWEEN $5 AND $6 LIMIT $7) AS x
       ) AS c
       WHERE e.project_id = $1 AND s.run_id = ANY($2::uuid[]) AND s.key = ANY($3::text[]) AND s.split = $4 AND c.n > 0
       ORDER BY s.run_id, s.key;

-- UPSERT_TAGS
INSERT INTO run_tags (run_id, key, value) SELECT $1, key, value FROM unnest($2::text[], $3::text[]) AS t(key, value)
       ON CONFLICT (run_id, key) DO UPDATE SET value = EXCLUDED.value;

-- deleteRunRows("metric_points")
DELETE FROM metric_points WHERE run_id = $1::uuid
        AND ctid = ANY(ARRAY(SELECT ctid FROM metric_points WHERE run_id = $1::uuid LIMIT $2));

-- deleteRunRows("metric_rollups")
DELETE FROM metric_rollups WHERE run_id = $1::uuid
        AND ctid = ANY(ARRAY(SELECT ctid FROM metric_rollups WHERE run_id = $1::uuid LIMIT $2));

-- historyJson(first page)
SELECT '{"key":' || $3 || ',"value":' || CASE WHEN value IN ('NaN', 'Infinity', '-Infinity') THEN '"' || value::text || '"' ELSE value::text END
                || ',"timestamp":' || round(date_part('epoch', timestamp) * 1000)::bigint::text || ',"step":' || step::text || '}',
              CASE WHEN row_number() OVER (ORDER BY step, id) = $4 THEN step::text || ':' || id::text END
       FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = '' 
       ORDER BY step, id LIMIT $5;

-- historyJson(after a cursor)
SELECT '{"key":' || $3 || ',"value":' || CASE WHEN value IN ('NaN', 'Infinity', '-Infinity') THEN '"' || value::text || '"' ELSE value::text END
                || ',"timestamp":' || round(date_part('epoch', timestamp) * 1000)::bigint::text || ',"step":' || step::text || '}',
              CASE WHEN row_number() OVER (ORDER BY step, id) = $4 THEN step::text || ':' || id::text END
       FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = '' AND (step, id) > ($6::bigint, $7::bigint)
       ORDER BY step, id LIMIT $5;

-- pointsAtOnce(8)
WITH points AS (
         INSERT INTO metric_points (run_id, key, split, step, value, timestamp)
         SELECT $1, s.key, s.split, t.step, t.value, timestamptz 'epoch' + t.ms * interval '1 millisecond'
         FROM unnest($2::int[], $3::bigint[], $4::float8[], $5::float8[]) AS t(series, step, value, ms)
         JOIN unnest($6::text[], $7::text[]) WITH ORDINALITY AS s(key, split, n) ON s.n = t.series
       ), fit AS (UPDATE runs SET fit_due_at = now() WHERE id = $1 AND fit_due_at IS NULL
       ), summaries AS (INSERT INTO metric_summaries AS s (run_id, experiment_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       SELECT $1, (SELECT experiment_id FROM runs WHERE id = $1), key, split, latest_value, latest_step, latest_at, min_value, max_value, count
       FROM unnest($6::text[], $7::text[], $8::text[]::float8[], $9::bigint[], $10::timestamptz[], $11::text[]::float8[], $12::text[]::float8[], $13::bigint[])
         AS t(key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       ON CONFLICT (run_id, key, split) DO UPDATE SET
         latest_value = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_value ELSE s.latest_value END,
         latest_at = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_at ELSE s.latest_at END,
         latest_step = greatest(s.latest_step, EXCLUDED.latest_step),
         min_value = CASE WHEN s.min_value = 'NaN' THEN EXCLUDED.min_value WHEN EXCLUDED.min_value = 'NaN' THEN s.min_value ELSE least(s.min_value, EXCLUDED.min_value) END,
         max_value = CASE WHEN s.max_value = 'NaN' THEN EXCLUDED.max_value WHEN EXCLUDED.max_value = 'NaN' THEN s.max_value ELSE greatest(s.max_value, EXCLUDED.max_value) END,
         count = s.count + EXCLUDED.count RETURNING 1)
       INSERT INTO metric_rollups AS r (run_id, key, split, level, block, count, min_value, min_step, max_value, max_step)
       SELECT $1, key, split, level, block, count, min_value, min_step, max_value, max_step
       FROM unnest($14::text[], $15::text[], $16::smallint[], $17::bigint[], $18::int[], $19::text[]::float8[], $20::bigint[], $21::text[]::float8[], $22::bigint[])
         AS t(key, split, level, block, count, min_value, min_step, max_value, max_step)
       WHERE (SELECT count(*) FROM summaries) >= 0
       ON CONFLICT (run_id, key, split, level, block) DO UPDATE SET
         count = r.count + EXCLUDED.count,
         min_value = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_value ELSE r.min_value END,
         min_step = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_step ELSE r.min_step END,
         max_value = CASE WHEN ((EXCLUDED.max_value <> 'NaN' AND (r.max_value = 'NaN' OR EXCLUDED.max_value > r.max_value))
  OR (EXCLUDED.max_value = r.max_value AND EXCLUDED.max_step < r.max_step)) THEN EXCLUDED.max_value ELSE r.max_value END,
         max_step = CASE WHEN ((EXCLUDED.max_value <> 'NaN' AND (r.max_value = 'NaN' OR EXCLUDED.max_value > r.max_value))
  OR (EXCLUDED.max_value = r.max_value AND EXCLUDED.max_step < r.max_step)) THEN EXCLUDED.max_step ELSE r.max_step END;

-- rollupUpsert(2, "")
INSERT INTO metric_rollups AS r (run_id, key, split, level, block, count, min_value, min_step, max_value, max_step)
       SELECT $1, key, split, level, block, count, min_value, min_step, max_value, max_step
       FROM unnest($2::text[], $3::text[], $4::smallint[], $5::bigint[], $6::int[], $7::text[]::float8[], $8::bigint[], $9::text[]::float8[], $10::bigint[])
         AS t(key, split, level, block, count, min_value, min_step, max_value, max_step)
       
       ON CONFLICT (run_id, key, split, level, block) DO UPDATE SET
         count = r.count + EXCLUDED.count,
         min_value = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_value ELSE r.min_value END,
         min_step = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_step ELSE r.min_step END,
         max_value = CASE WHEN ((EXCLUDED.max_value <> 'NaN' AND (r.max_value = 'NaN' OR EXCLUDED.max_value > r.max_value))
  OR (EXCLUDED.max_value = r.max_value AND EXCLUDED.max_step < r.max_step)) THEN EXCLUDED.max_value ELSE r.max_value END,
         max_step = CASE WHEN ((EXCLUDED.max_value <> 'NaN' AND (r.max_value = 'NaN' OR EXCLUDED.max_value > r.max_value))
  OR (EXCLUDED.max_value = r.max_value AND EXCLUDED.max_step < r.max_step)) THEN EXCLUDED.max_step ELSE r.max_step END;

-- seriesPage(first page)
SELECT id, step::float8, value, round(date_part('epoch', timestamp) * 1000) FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = $3 
       ORDER BY step, id LIMIT $4;

-- seriesPage(after a cursor)
SELECT id, step::float8, value, round(date_part('epoch', timestamp) * 1000) FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = $3 AND (step, id) > ($5::bigint, $6::bigint)
       ORDER BY step, id LIMIT $4;

-- summaryUpsert(2)
INSERT INTO metric_summaries AS s (run_id, experiment_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       SELECT $1, (SELECT experiment_id FROM runs WHERE id = $1), key, split, latest_value, latest_step, latest_at, min_value, max_value, count
       FROM unnest($2::text[], $3::text[], $4::text[]::float8[], $5::bigint[], $6::timestamptz[], $7::text[]::float8[], $8::text[]::float8[], $9::bigint[])
         AS t(key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       ON CONFLICT (run_id, key, split) DO UPDATE SET
         latest_value = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_value ELSE s.latest_value END,
         latest_at = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_at ELSE s.latest_at END,
         latest_step = greatest(s.latest_step, EXCLUDED.latest_step),
         min_value = CASE WHEN s.min_value = 'NaN' THEN EXCLUDED.min_value WHEN EXCLUDED.min_value = 'NaN' THEN s.min_value ELSE least(s.min_value, EXCLUDED.min_value) END,
         max_value = CASE WHEN s.max_value = 'NaN' THEN EXCLUDED.max_value WHEN EXCLUDED.max_value = 'NaN' THEN s.max_value ELSE greatest(s.max_value, EXCLUDED.max_value) END,
         count = s.count + EXCLUDED.count;
