// Run search benchmark (issue 16's shapes): its own server on a fresh embedded Postgres; prints its figures
// next to MLflow 2.17.2's (recorded on this 2-core machine, gunicorn ×4 on Postgres 15), ending with one line
// of JSON.
//   npm run bench:search -- [big runs=100000]
//   2,000 runs logged through MLflow's API, one metric (score) and two params (group, lr) each; the same
//   shape copied to a second experiment of 100,000 runs; then MLflow runs/search and the native search with
//   a wide query (999 hits, max 1,000), a filtered and ordered one (max 100) and a narrow one (20 hits), on both.
//   BENCH_EXPLAIN=1 prints Postgres' plan of each shape's id query.
import http from "node:http";
import { createRequire } from "node:module";
import { ms, percentile, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { Client } = require("pg");

const bigRuns = Number(process.argv[2] ?? 100_000);
const { base, token, databaseUrl, call, stop } = await startBenchServer();
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
function send(method, route, body) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${route}`, { method, agent, headers: { authorization: `Bearer ${token}`, ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}) } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end(payload);
  });
}
async function json(method, route, body) {
  const response = await send(method, route, body);
  if (response.status !== 200 && response.status !== 201) throw new Error(`${method} ${route} → ${response.status} ${response.body.toString()}`);
  return JSON.parse(response.body.toString());
}
const mlflow = (route, body) => json("POST", `/api/2.0/mlflow/${route}`, body);

const project = await call("POST", "/api/v1/projects", { name: "Search bench" });
const small = (await mlflow("experiments/create", { name: `${project.slug}/search-2000` })).experiment_id;
const big = (await mlflow("experiments/create", { name: `${project.slug}/search-copied-${bigRuns}` })).experiment_id;

// 2,000 runs as the Python client logs them: create (with its tags), one log-batch with the params and the metric,
// finish. Scores are spread evenly so that each shape has the hits the issue names (999, ~125, 20).
const scores = Array.from({ length: 2000 }, (_, index) => (index + 0.5) / 2000);
scores.sort(() => Math.random() - 0.5);
let next = 0;
await Promise.all(Array.from({ length: 4 }, async () => {
  while (next < scores.length) {
    const index = next++;
    const { run } = await mlflow("runs/create", { experiment_id: small, run_name: `run-${index}`, start_time: 1_700_000_000_000 + index, tags: [{ key: "mlflow.user", value: "bench" }, { key: "mlflow.source.name", value: "train.py" }] });
    await mlflow("runs/log-batch", { run_id: run.info.run_id, params: [{ key: "group", value: String(index % 8) }, { key: "lr", value: String(0.001 * (1 + (index % 5))) }], metrics: [{ key: "score", value: scores[index], timestamp: 1_700_000_000_000 + index, step: 0 }] });
    await mlflow("runs/update", { run_id: run.info.run_id, status: "FINISHED", end_time: 1_700_000_100_000 + index });
  }
}));

// The big experiment: the same runs copied, with their params, tags and summaries, bigRuns / 2,000 times over.
// The first copy keeps its scores; the others' are moved into [0.01, 1), so that each shape has the same hits
// there as over 2,000 runs (wide and filtered fill their pages, the narrow one finds 20).
const db = new Client({ connectionString: databaseUrl });
await db.connect();
await db.query("BEGIN");
await db.query(
  `CREATE TEMP TABLE copies ON COMMIT DROP AS
   SELECT r.id AS source, gen_random_uuid() AS id, n FROM runs r, generate_series(1, $2::int) AS n WHERE r.experiment_id = $1`,
  [small, Math.ceil(bigRuns / 2000)],
);
await db.query(
  `INSERT INTO runs (id, experiment_id, name, status, start_time, end_time, iteration, source, created_at, updated_at)
   SELECT c.id, $1, r.name || '-' || c.n, r.status, r.start_time, r.end_time, r.iteration, r.source, r.created_at + c.n * interval '1 ms', r.updated_at
   FROM copies c JOIN runs r ON r.id = c.source`,
  [big],
);
await db.query(`INSERT INTO run_params (run_id, experiment_id, key, type, number_value, text_value) SELECT c.id, $1, p.key, p.type, p.number_value, p.text_value FROM copies c JOIN run_params p ON p.run_id = c.source`, [big]);
await db.query(`INSERT INTO run_tags (run_id, key, value) SELECT c.id, t.key, t.value FROM copies c JOIN run_tags t ON t.run_id = c.source`);
await db.query(
  `INSERT INTO metric_summaries (run_id, experiment_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
   SELECT c.id, $1, s.key, s.split, v.score, s.latest_step, s.latest_at, v.score, v.score, s.count
   FROM copies c JOIN metric_summaries s ON s.run_id = c.source
   CROSS JOIN LATERAL (SELECT CASE WHEN c.n = 1 THEN s.latest_value ELSE 0.01 + 0.99 * s.latest_value END AS score) v`,
  [big],
);
await db.query("COMMIT");
await db.query("VACUUM ANALYZE");

const shapes = [
  { name: "wide", filter: "metrics.score > 0.5", orderBy: [], max: 1000, mlflow: "369–409 ms", target: 30 },
  { name: "filtered and ordered", filter: "metrics.score >= 0.25 and params.group = '3'", orderBy: ["metrics.score DESC"], max: 100, mlflow: "37–68 ms", target: 5 },
  { name: "narrow", filter: "metrics.score < 0.01", orderBy: [], max: 1000, mlflow: "16–28 ms", target: 5 },
];

async function timed(times, request) {
  const took = [];
  let result;
  for (let index = 0; index < times; index += 1) {
    const begun = performance.now();
    result = await request();
    took.push(performance.now() - begun);
  }
  return { p50: ms(percentile(took, 0.5)), p95: ms(percentile(took, 0.95)), result };
}

const figures = {};
for (const [experiment, runs] of [[small, 2000], [big, Math.ceil(bigRuns / 2000) * 2000]]) {
  for (const shape of shapes) {
    const body = { experiment_ids: [experiment], filter: shape.filter, max_results: shape.max, ...(shape.orderBy.length ? { order_by: shape.orderBy } : {}) };
    await mlflow("runs/search", body);
    const viaMlflow = await timed(runs > 2000 ? 20 : 50, () => mlflow("runs/search", body));
    const query = new URLSearchParams({ filter: shape.filter, pageSize: String(shape.max), ...(shape.orderBy.length ? { orderBy: shape.orderBy[0] } : {}) });
    const route = `/api/v1/projects/${project.slug}/experiments/${experiment}/runs?${query}`;
    const native = await timed(runs > 2000 ? 20 : 50, () => json("GET", route));
    const hits = viaMlflow.result.runs?.length ?? 0;
    if (hits !== native.result.items.length) throw new Error(`${shape.name}: MLflow found ${hits}, native ${native.result.items.length}`);
    const label = `${shape.name} over ${runs.toLocaleString()} runs (${hits} hits, max ${shape.max})`;
    figures[`${shape.name} ${runs}`] = { hits, mlflow_api: viaMlflow, native };
    delete viaMlflow.result;
    delete native.result;
    console.log(`[bench] runs/search ${label}: MLflow API p50 ${viaMlflow.p50} ms, p95 ${viaMlflow.p95} ms; native p50 ${native.p50} ms, p95 ${native.p95} ms (target ${runs > 2000 ? `${shape.target * 3}` : shape.target} ms; MLflow 2.17.2 ${runs > 2000 ? "not recorded" : shape.mlflow})`);
  }
}

if (process.env.BENCH_EXPLAIN) {
  const { rows } = await db.query(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT r.id FROM runs r WHERE r.experiment_id = $1 AND r.deleted_at IS NULL
     AND EXISTS (SELECT 1 FROM metric_summaries s WHERE s.run_id = r.id AND s.key = 'score' AND s.split = '' AND s.latest_value >= 0.25)
     AND EXISTS (SELECT 1 FROM run_params p WHERE p.run_id = r.id AND p.key = 'group' AND p.text_value = '3')
     ORDER BY (SELECT s.latest_value FROM metric_summaries s WHERE s.run_id = r.id AND s.key = 'score' AND s.split = '') DESC NULLS LAST, r.id LIMIT 101`,
    [big],
  );
  console.log(rows.map((row) => row["QUERY PLAN"]).join("\n"));
}
await db.end();
console.log(JSON.stringify(figures));
await stop();
