// Deleting a project whose run holds many points (issue 16: "answers at once; the points go in the background"):
// its own server on a fresh embedded Postgres; prints the delete's answer time, how long the background purge took
// and how a small GET fared meanwhile, ending with one line of JSON.
//   npm run bench:delete -- [points=10000000]
// The points are written by SQL (generate_series) with their rollups, as a 10 M-point series leaves them.
import { createRequire } from "node:module";
import { ms, percentile, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { Client } = require("pg");
const points = Number(process.argv[2] ?? 10_000_000);
const { base, token, databaseUrl, call, stop } = await startBenchServer();
const project = await call("POST", "/api/v1/projects", { name: "Delete bench" });
const experiment = await call("POST", `/api/v1/projects/${project.id}/experiments`, { name: "big" });
const run = await call("POST", `/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`, { name: "long" });
await call("POST", `/api/v1/projects/${project.id}/runs/${run.id}/batch`, { metrics: [{ key: "loss", value: 1, step: 0 }] });

const db = new Client({ connectionString: databaseUrl });
await db.connect();
let begun = performance.now();
await db.query(
  `INSERT INTO metric_points (run_id, key, split, step, value, timestamp) SELECT $1, 'loss', '', n, 1.0 / n, now() FROM generate_series(1, $2::int) AS n`,
  [run.id, points],
);
// Rollups as the writer keeps them: per level 3..14, one row per block of 4^level steps.
await db.query(
  `INSERT INTO metric_rollups (run_id, key, split, level, block, count, min_value, min_step, max_value, max_step)
   SELECT $1, 'loss', '', level, block, 1, 0, block, 1, block
   FROM generate_series(3, 14) AS level, LATERAL generate_series(0, ($2::bigint / (4::bigint ^ level)::bigint)) AS block
   ON CONFLICT DO NOTHING`,
  [run.id, points],
);
await db.query("UPDATE metric_summaries SET count = $2 WHERE run_id = $1", [run.id, points]);
await db.query("VACUUM ANALYZE metric_points");
const rollups = Number((await db.query("SELECT count(*) FROM metric_rollups WHERE run_id = $1", [run.id])).rows[0].count);
console.log(`[bench] ${points.toLocaleString()} points and ${rollups.toLocaleString()} rollups written by SQL in ${ms((performance.now() - begun) / 1000)} s`);

begun = performance.now();
const response = await fetch(`${base}/api/v1/projects/${project.id}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
const answered = performance.now() - begun;
if (response.status !== 204) throw new Error(`delete → ${response.status}`);
// A small GET meanwhile, until the purge is done (polling: a benchmark may wait, a test may not).
const small = [];
let left = 1;
while (left > 0) {
  const started = performance.now();
  await call("GET", "/api/v1/projects?pageSize=5");
  small.push(performance.now() - started);
  left = Number((await db.query("SELECT count(*) FROM metric_purges")).rows[0].count);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const purged = performance.now() - begun;
const remaining = Number((await db.query("SELECT count(*) FROM metric_points WHERE run_id = $1", [run.id])).rows[0].count);
if (remaining !== 0) throw new Error(`${remaining} points left after the purge`);
const figures = {
  points,
  rollups,
  delete_answered_ms: ms(answered),
  purge_done_s: ms(purged / 1000),
  purge_points_per_s: Math.round(points / (purged / 1000)),
  small_get_during_purge: { p50: ms(percentile(small, 0.5)), max: ms(Math.max(...small)) },
};
console.log(`[bench] delete of a project with ${points.toLocaleString()} points: answered in ${figures.delete_answered_ms} ms; the purge was done after ${figures.purge_done_s} s (${figures.purge_points_per_s.toLocaleString()} points/s); a small GET meanwhile p50 ${figures.small_get_during_purge.p50} ms, max ${figures.small_get_during_purge.max} ms`);
await db.end();
console.log(JSON.stringify(figures));
await stop();
