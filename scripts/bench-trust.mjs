// Hostile and heavy request shapes (issue 11): what each costs the server, and what it costs everyone else.
// Its own server on a fresh embedded Postgres; prints its figures, ending with one line of JSON.
//   npm run bench:trust
//   1. experiments/search with name LIKE '%a%a%a%a%a%a%a%a%b' over 1,000 experiments of long names (was 8.4 s)
//   2. runs/search over 2,000 runs with a 500-value IN list (the limit; 8,000 values took 13.8 s before)
//   3. three concurrent runs/search with max_results=50000 over 20,000 runs, while a small request is timed
//   4. get-history-bulk-interval over 10 runs of 100,000 steps each (Postgres picks the 2,500 steps)
//   5. twelve poisoned log-batch requests at once (step 1e21 plus a tag), then a good one
import http from "node:http";
import { createRequire } from "node:module";
import { ms, percentile, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { Client } = require("pg");
const { base, token, databaseUrl, call, stop } = await startBenchServer();
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

function send(method, route, body) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const begun = performance.now();
    const request = http.request(`${base}${route}`, { method, agent, headers: { authorization: `Bearer ${token}`, ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}) } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks), took: performance.now() - begun }));
    });
    request.on("error", reject);
    request.end(payload);
  });
}
async function mlflow(method, route, body) {
  const response = await send(method, `/api/2.0/mlflow/${route}`, body);
  if (response.status !== 200) throw new Error(`${route} → ${response.status} ${response.body.toString().slice(0, 200)}`);
  return { json: JSON.parse(response.body.toString() || "{}"), took: response.took };
}
async function timed(times, work) {
  const results = [];
  for (let round = 0; round < times; round += 1) results.push((await work()).took);
  return { p50: ms(percentile(results, 0.5)), p95: ms(percentile(results, 0.95)) };
}

const figures = {};
const project = await call("POST", "/api/v1/projects", { name: "Trust bench" });
const db = new Client({ connectionString: databaseUrl });
await db.connect();

// 1. ReDoS: 1,000 experiments named with runs of a's.
await db.query(`INSERT INTO experiments (id, project_id, name, updated_at) SELECT gen_random_uuid(), $1, repeat('a', 150) || n, now() FROM generate_series(1, 1000) AS n`, [project.id]);
figures.redos_search = await timed(10, () => mlflow("POST", "experiments/search", { filter: "name LIKE '%a%a%a%a%a%a%a%a%b'", max_results: 1000 }));
console.log(`[bench] experiments/search name LIKE '%a%a%a%a%a%a%a%a%b' over 1,000 experiments: p50 ${figures.redos_search.p50} ms, p95 ${figures.redos_search.p95} ms`);

// 2. A 500-value IN list over 2,000 runs with 2 params each.
const searchExperiment = (await mlflow("POST", "experiments/create", { name: `${project.slug}/in-list` })).json.experiment_id;
const inserted = await db.query(`INSERT INTO runs (id, experiment_id, name, status, iteration, updated_at) SELECT gen_random_uuid(), $1, 'run-' || n, 'FINISHED', 1, now() FROM generate_series(1, 2000) AS n RETURNING id`, [searchExperiment]);
const runIds = inserted.rows.map((row) => row.id);
await db.query(`INSERT INTO run_params (run_id, experiment_id, key, type, number_value, text_value) SELECT id, $2, 'group', 'number', (ord % 10), (ord % 10)::text FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)`, [runIds, searchExperiment]);
await db.query(`INSERT INTO run_params (run_id, experiment_id, key, type, number_value, text_value) SELECT id, $2, 'seed', 'number', ord, ord::text FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)`, [runIds, searchExperiment]);
await db.query("ANALYZE");
const inList = Array.from({ length: 500 }, (_, index) => `'${index}'`).join(", ");
figures.in_500 = await timed(10, () => mlflow("POST", "runs/search", { experiment_ids: [searchExperiment], filter: `params.seed IN (${inList})`, max_results: 1000 }));
console.log(`[bench] runs/search over 2,000 runs, params.seed IN (500 values): p50 ${figures.in_500.p50} ms, p95 ${figures.in_500.p95} ms`);

// 3. Three max_results=50000 searches at once over 20,000 runs, and a small request's latency meanwhile.
const big = (await mlflow("POST", "experiments/create", { name: `${project.slug}/big` })).json.experiment_id;
const bigRuns = await db.query(`INSERT INTO runs (id, experiment_id, name, status, iteration, updated_at) SELECT gen_random_uuid(), $1, 'big-' || n, 'FINISHED', 1, now() FROM generate_series(1, 20000) AS n RETURNING id`, [big]);
await db.query(`INSERT INTO metric_summaries (run_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count) SELECT id, 'score', '', random(), 1, now(), 0, 1, 2 FROM unnest($1::uuid[]) AS id`, [bigRuns.rows.map((row) => row.id)]);
await db.query("ANALYZE");
const quiet = await timed(20, () => send("GET", `/api/v1/projects/${project.id}`));
let searching = true;
const heavy = Promise.all(Array.from({ length: 3 }, () => mlflow("POST", "runs/search", { experiment_ids: [big], max_results: 50000 }))).finally(() => (searching = false));
const during = [];
while (searching) during.push((await send("GET", `/api/v1/projects/${project.id}`)).took);
const heavyTook = Math.max(...(await heavy).map((result) => result.took));
figures.small_request_alone = quiet;
figures.small_request_during_3x50k = { p50: ms(percentile(during, 0.5)), p95: ms(percentile(during, 0.95)), max: ms(Math.max(...during)), count: during.length };
figures.three_50k_searches_ms = ms(heavyTook);
console.log(
  `[bench] 3 concurrent runs/search max_results=50000 over 20,000 runs took ${figures.three_50k_searches_ms} ms; a small GET meanwhile p50 ${figures.small_request_during_3x50k.p50} ms, p95 ${figures.small_request_during_3x50k.p95} ms, max ${figures.small_request_during_3x50k.max} ms (${during.length} requests; alone p50 ${quiet.p50} ms)`,
);

// 4. get-history-bulk-interval over 10 runs of 100,000 steps each.
const seriesRuns = [];
for (let index = 0; index < 10; index += 1) seriesRuns.push((await mlflow("POST", "runs/create", { experiment_id: big, start_time: 1 })).json.run.info.run_id);
await db.query(
  `INSERT INTO metric_points (run_id, key, split, step, value, timestamp) SELECT r, 'loss', '', s, random(), now() FROM unnest($1::uuid[]) AS r, generate_series(0, 99999) AS s`,
  [seriesRuns],
);
await db.query("ANALYZE metric_points");
const query = `run_ids=${seriesRuns.join("&run_ids=")}&metric_key=loss&max_results=2500`;
figures.bulk_interval_10x100k = await timed(5, () => send("GET", `/api/2.0/mlflow/metrics/get-history-bulk-interval?${query}`));
const sample = JSON.parse((await send("GET", `/api/2.0/mlflow/metrics/get-history-bulk-interval?${query}`)).body.toString());
console.log(`[bench] get-history-bulk-interval, 10 runs × 100,000 steps → ${sample.metrics.length.toLocaleString()} points: p50 ${figures.bulk_interval_10x100k.p50} ms, p95 ${figures.bulk_interval_10x100k.p95} ms`);

// 5. Twelve poisoned batches at once, then a good one.
const poisoned = await Promise.all(Array.from({ length: 12 }, () => send("POST", "/api/2.0/mlflow/runs/log-batch", { run_id: seriesRuns[0], metrics: [{ key: "x", value: 1, timestamp: 1, step: 1e21 }], tags: [{ key: "t", value: "v" }] })));
const good = await send("POST", "/api/2.0/mlflow/runs/log-batch", { run_id: seriesRuns[0], metrics: [{ key: "x", value: 1, timestamp: 1, step: 1 }] });
figures.poisoned_statuses = [...new Set(poisoned.map((answer) => answer.status))];
figures.after_poison_status = good.status;
console.log(`[bench] 12 poisoned log-batch at once → ${figures.poisoned_statuses.join(", ")}; the next good one → ${good.status} in ${ms(good.took)} ms`);

await db.end();
await stop();
console.log(JSON.stringify(figures));
