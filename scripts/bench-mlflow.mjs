// MLflow API benchmark: its own server on a fresh embedded Postgres; prints its
// figures, ending with one line of JSON.
//   npm run bench:mlflow -- [artifact MB=500]
//   log-batch with 1,000 metrics a request from 4 clients; get-history of a 10,000-point metric;
//   runs/search over 2,000 runs with a metric filter; an artifact of several hundred MB streamed
//   up and down through the artifact proxy, with the server's memory watched.
import http from "node:http";
import { createRequire } from "node:module";
import { artifactRoundTrip, ms, percentile, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { Client } = require("pg");

const artifactMb = Number(process.argv[2] ?? 500);
const { base, token, databaseUrl, pid, call, stop } = await startBenchServer();
const auth = { authorization: `Bearer ${token}` };

// A lean keep-alive client, as the Python client is (fetch costs several milliseconds of this machine's two
// cores per request, which the server would then not have): the time is to the last byte of the answer.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function send(method, route, body) {
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${route}`, { method, agent, headers: { ...auth, ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}) } }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end(payload);
  });
}
async function mlflow(method, route, body, query = "") {
  const response = await send(method, `/api/2.0/mlflow/${route}${query}`, body);
  if (response.status !== 200) throw new Error(`MLflow ${route} → ${response.status} ${response.body.toString()}`);
  return JSON.parse(response.body.toString());
}

const project = await call("POST", "/api/v1/projects", { name: "MLflow bench" });

// 1. log-batch: 400,000 points, 1,000 a request, 4 clients. The bodies are made before the clock starts.
const points = 400_000;
const clients = 4;
const { experiment_id: experimentId } = await mlflow("POST", "experiments/create", { name: `${project.slug}/mlflow-bench` });
const runId = (await mlflow("POST", "runs/create", { experiment_id: experimentId })).run.info.run_id;
const bodies = Array.from({ length: clients }, (_, client) => {
  const own = [];
  const perClient = Math.ceil(points / clients);
  for (let sent = 0; sent < perClient; sent += 1000) {
    const metrics = Array.from({ length: Math.min(1000, perClient - sent) }, (_, index) => ({ key: `m${client}`, value: Math.random(), timestamp: 1_700_000_000_000, step: sent + index }));
    own.push(Buffer.from(JSON.stringify({ run_id: runId, metrics })));
  }
  return own;
});
// 100,000 points first, from 4 clients as well, so that the server's code is compiled and Postgres' caches
// are warm: the figure is the steady rate of a server that has been running, not its first second.
await Promise.all(Array.from({ length: clients }, async (_, client) => {
  for (let warm = 0; warm < 25; warm += 1) {
    await mlflow("POST", "runs/log-batch", { run_id: runId, metrics: Array.from({ length: 1000 }, (_, index) => ({ key: `warm${client}`, value: Math.random(), timestamp: 0, step: warm * 1000 + index })) });
  }
}));
const started = performance.now();
await Promise.all(bodies.map(async (own) => {
  for (const body of own) await mlflow("POST", "runs/log-batch", body);
}));
const logBatchRate = points / ((performance.now() - started) / 1000);
console.log(`[bench] MLflow log-batch: ${points.toLocaleString()} points, ${clients} clients, 1,000 a request = ${Math.round(logBatchRate).toLocaleString()} points/s`);

// 2. get-history of 10,000-point metrics, as the Python client asks (max_results=25000): each of 30 series read
//    once (cold: Postgres reads and writes out the points), then one series read 50 times (a kept page, checked
//    against the series' point count on each request).
const historySeries = 30;
for (let series = 0; series < historySeries; series += 1) {
  for (let sent = 0; sent < 10_000; sent += 1000) {
    await mlflow("POST", "runs/log-batch", { run_id: runId, metrics: Array.from({ length: 1000 }, (_, index) => ({ key: `history${series}`, value: Math.random(), timestamp: 1_700_000_000_000 + sent + index, step: sent + index })) });
  }
}
async function readHistory(series) {
  const begun = performance.now();
  const response = await send("GET", `/api/2.0/mlflow/metrics/get-history?run_id=${runId}&metric_key=history${series}&max_results=25000`);
  const took = performance.now() - begun;
  if (response.status !== 200) throw new Error(`get-history → ${response.status}`);
  return { took, body: response.body };
}
const coldTimes = [];
for (let series = 0; series < historySeries; series += 1) coldTimes.push((await readHistory(series)).took);
const keptTimes = [];
const parseTimes = [];
for (let request = 0; request < 50; request += 1) {
  const { took, body } = await readHistory(0);
  keptTimes.push(took);
  const begun = performance.now();
  if (JSON.parse(body.toString()).metrics.length !== 10_000) throw new Error("expected 10,000 points");
  parseTimes.push(performance.now() - begun);
}
console.log(
  `[bench] MLflow get-history of a 10,000-point metric (${(await readHistory(0)).body.length.toLocaleString()} bytes): first read p50 ${ms(percentile(coldTimes, 0.5))} ms, p95 ${ms(percentile(coldTimes, 0.95))} ms; ` +
    `read again p50 ${ms(percentile(keptTimes, 0.5))} ms, p95 ${ms(percentile(keptTimes, 0.95))} ms (the client's JSON.parse adds ${ms(percentile(parseTimes, 0.5))} ms)`,
);

// 3. runs/search over 2,000 runs with a metric filter.
const searchExperiment = (await mlflow("POST", "experiments/create", { name: `${project.slug}/mlflow-search` })).experiment_id;
const db = new Client({ connectionString: databaseUrl });
await db.connect();
await db.query("BEGIN");
const inserted = await db.query(
  `INSERT INTO runs (id, experiment_id, name, status, iteration, updated_at)
   SELECT gen_random_uuid(), $1, 'mlflow-' || n, 'FINISHED', 1, now() FROM generate_series(1, 2000) AS n RETURNING id`,
  [searchExperiment],
);
await db.query(
  `INSERT INTO metric_summaries (run_id, experiment_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
   SELECT id, $2, 'loss', '', random(), 10, now(), 0, 1, 11 FROM unnest($1::uuid[]) AS id`,
  [inserted.rows.map((row) => row.id), searchExperiment],
);
await db.query("COMMIT");
await db.query("ANALYZE");
await db.end();
const searchTimes = [];
for (let request = 0; request < 50; request += 1) {
  const begun = performance.now();
  const found = await mlflow("POST", "runs/search", { experiment_ids: [searchExperiment], filter: "metrics.loss < 0.1" });
  searchTimes.push(performance.now() - begun);
  if (!found.runs?.length) throw new Error("expected runs");
}
console.log(`[bench] MLflow runs/search over 2,000 runs with a metric filter: p50 ${ms(percentile(searchTimes, 0.5))} ms, p95 ${ms(percentile(searchTimes, 0.95))} ms`);

// 4. An artifact of several hundred MB through the artifact proxy, generated and checked as it streams:
//    neither side holds it; the server's resident memory is sampled every 20 ms.
const { uploadSeconds, uploadMemory, downloadSeconds, downloadMemory } = await artifactRoundTrip({ base, token, pid, experimentId, runId, mb: artifactMb });
console.log(
  `[bench] MLflow artifact of ${artifactMb} MB: upload ${Math.round(artifactMb / uploadSeconds)} MB/s (server memory +${Math.round(uploadMemory.growth)} MB over ${Math.round(uploadMemory.baseline)} MB), ` +
    `download ${Math.round(artifactMb / downloadSeconds)} MB/s (+${Math.round(downloadMemory.growth)} MB), identical bytes`,
);

await stop();
console.log(
  JSON.stringify({
    mlflow_log_batch_points_per_s: Math.round(logBatchRate),
    mlflow_get_history_first_read_p50_ms: ms(percentile(coldTimes, 0.5)),
    mlflow_get_history_read_again_p50_ms: ms(percentile(keptTimes, 0.5)),
    mlflow_get_history_read_again_p95_ms: ms(percentile(keptTimes, 0.95)),
    mlflow_search_p50_ms: ms(percentile(searchTimes, 0.5)),
    mlflow_search_p95_ms: ms(percentile(searchTimes, 0.95)),
    artifact_mb: artifactMb,
    artifact_upload_mb_per_s: Math.round(artifactMb / uploadSeconds),
    artifact_upload_memory_growth_mb: Math.round(uploadMemory.growth),
    artifact_download_mb_per_s: Math.round(artifactMb / downloadSeconds),
    artifact_download_memory_growth_mb: Math.round(downloadMemory.growth),
  }),
);
