// Experiment-tracking benchmark: starts its own server on a fresh embedded
// Postgres and prints its figures, ending with one line of JSON.
//   npm run bench -- [points=1000000] [clients=8]
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import path from "node:path";
import { ms, percentile, root, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { Client } = require("pg");
const { from: copyFrom } = require("pg-copy-streams");

const totalPoints = Number(process.argv[2] ?? 1_000_000);
const clients = Number(process.argv[3] ?? 8);
const batchSize = 10_000;

const { base, token, databaseUrl, call, stop } = await startBenchServer();

const project = await call("POST", "/api/v1/projects", { name: "Bench" });
const experiment = await call("POST", `/api/v1/projects/${project.id}/experiments`, { name: "bench" });
const runsUrl = `/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`;

// 1. Ingest through the batch endpoint, 10,000 points a request: the clients write one series of one run
//    together, each its own range of steps, as data-parallel workers would (and as the hardest case: they share rollup rows).
const perClient = Math.ceil(totalPoints / clients);
const ingestRun = (await call("POST", runsUrl, { name: "ingest" })).id;
// The request bodies are made before the clock starts: the clients share the server's two cores here,
// where real ones would not, so only sending them is timed.
const bodies = Array.from({ length: clients }, (_, client) => {
  const own = [];
  for (let sent = 0; sent < perClient; sent += batchSize) {
    const metrics = Array.from({ length: Math.min(batchSize, perClient - sent) }, (_, index) => ({ key: "loss", value: Math.random(), step: client * perClient + sent + index }));
    own.push({ key: `c${client}-${sent}`, body: JSON.stringify({ metrics }) });
  }
  return own;
});
const latencies = [];
const ingestStarted = performance.now();
await Promise.all(
  bodies.map(async (own) => {
    for (const { key, body } of own) {
      const begun = performance.now();
      const response = await fetch(`${base}/api/v1/projects/${project.id}/runs/${ingestRun}/batch`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": key },
        body,
      });
      if (response.status !== 201) throw new Error(`batch → ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - begun);
    }
  }),
);
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
const ingested = perClient * clients;
const ingestRate = ingested / ingestSeconds;
console.log(`[bench] ingest: ${ingested.toLocaleString()} points in ${ingestSeconds.toFixed(1)} s = ${Math.round(ingestRate).toLocaleString()} points/s; per request p50 ${ms(percentile(latencies, 0.5))} ms, p99 ${ms(percentile(latencies, 0.99))} ms`);

// 2. The same number of rows with COPY into the same table: the physical reference. Text is COPY's
//    usual format; binary is what the batch endpoint itself sends. The faster of the two is the reference.
//    The rows are made beforehand, 10,000 to a chunk, so that the clock sees Postgres loading them.
const { encodeCopy } = require(path.join(root, "packages/domain/dist/tracking/copy-encoding.js"));
const db = new Client({ connectionString: databaseUrl });
await db.connect();
async function copyReference(format) {
  const runId = (await call("POST", runsUrl, { name: `copy-${format}` })).id;
  const chunks = [];
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  for (let start = 0; start < ingested; start += batchSize) {
    const end = Math.min(ingested, start + batchSize);
    if (format === "text") {
      let chunk = "";
      for (let step = start; step < end; step += 1) chunk += `${runId}\tloss\t\t${step}\t${Math.random()}\t${nowIso}\n`;
      chunks.push(Buffer.from(chunk));
    } else {
      const points = Array.from({ length: end - start }, (_, index) => ({ key: "loss", split: "", step: start + index, value: Math.random(), at: now }));
      // Each chunk a whole binary COPY payload: keep the header on the first and the trailer on the last only.
      const encoded = Buffer.from(encodeCopy(runId, points, now));
      chunks.push(encoded.subarray(start === 0 ? 0 : 19, end === ingested ? encoded.length : encoded.length - 2));
    }
  }
  const started = performance.now();
  await pipeline(Readable.from(chunks), db.query(copyFrom(`COPY metric_points (run_id, key, split, step, value, timestamp) FROM STDIN${format === "binary" ? " WITH (FORMAT binary)" : ""}`)));
  const seconds = (performance.now() - started) / 1000;
  console.log(`[bench] COPY (${format}): ${ingested.toLocaleString()} rows in ${seconds.toFixed(1)} s = ${Math.round(ingested / seconds).toLocaleString()} rows/s`);
  return ingested / seconds;
}
const copyRates = { text: await copyReference("text"), binary: await copyReference("binary") };
const copyRate = Math.max(copyRates.text, copyRates.binary);
console.log(`[bench] ingest is ${((ingestRate / copyRate) * 100).toFixed(0)} % of the faster COPY`);

// 3. Sampled history of the 1,000,000-point series written in (1) to 1,000 points.
const sampledTimes = [];
for (let request = 0; request < 20; request += 1) {
  const begun = performance.now();
  const body = await call("GET", `/api/v1/projects/${project.id}/metrics/sampled?runIds=${ingestRun}&keys=loss&maxPoints=1000`);
  sampledTimes.push(performance.now() - begun);
  if (!body.series[0]?.sampled) throw new Error("expected a sampled series");
}
console.log(`[bench] sampled history of ${ingested.toLocaleString()} points to 1,000: p50 ${ms(percentile(sampledTimes, 0.5))} ms, p95 ${ms(percentile(sampledTimes, 0.95))} ms`);

// 4. Search over 10,000 runs, filtering and ordering on a metric.
const searchExperiment = await call("POST", `/api/v1/projects/${project.id}/experiments`, { name: "search" });
const ids = [];
await db.query("BEGIN");
const inserted = await db.query(
  `INSERT INTO runs (id, experiment_id, name, status, iteration, updated_at)
   SELECT gen_random_uuid(), $1, 'run-' || n, 'FINISHED', 1, now() FROM generate_series(1, 10000) AS n RETURNING id`,
  [searchExperiment.id],
);
for (const row of inserted.rows) ids.push(row.id);
await db.query(
  `INSERT INTO metric_summaries (run_id, experiment_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
   SELECT id, $2, 'accuracy', '', random(), 10, now(), 0, 1, 11 FROM unnest($1::uuid[]) AS id`,
  [ids, searchExperiment.id],
);
await db.query(`INSERT INTO run_params (run_id, experiment_id, key, type, number_value, text_value) SELECT id, $2, 'learning_rate', 'number', 0.01, '0.01' FROM unnest($1::uuid[]) AS id`, [ids, searchExperiment.id]);
await db.query("COMMIT");
await db.query("ANALYZE");
const searchTimes = [];
const searchUrl = `/api/v1/projects/${project.id}/experiments/${searchExperiment.id}/runs?filter=${encodeURIComponent("metrics.accuracy > 0.9 AND params.learning_rate = 0.01")}&orderBy=${encodeURIComponent("metrics.accuracy DESC")}&pageSize=100`;
for (let request = 0; request < 30; request += 1) {
  const begun = performance.now();
  const page = await call("GET", searchUrl);
  searchTimes.push(performance.now() - begun);
  if (page.items.length !== 100) throw new Error("expected a full page");
}
console.log(`[bench] search over 10,000 runs (filter and order on a metric, 100 a page): p50 ${ms(percentile(searchTimes, 0.5))} ms, p95 ${ms(percentile(searchTimes, 0.95))} ms`);

await db.end();
await stop();

console.log(
  JSON.stringify({
    points: ingested,
    clients,
    ingest_points_per_s: Math.round(ingestRate),
    ingest_p50_ms: ms(percentile(latencies, 0.5)),
    ingest_p99_ms: ms(percentile(latencies, 0.99)),
    copy_points_per_s: Math.round(copyRate),
    copy_text_points_per_s: Math.round(copyRates.text),
    copy_binary_points_per_s: Math.round(copyRates.binary),
    ingest_vs_copy: Math.round((ingestRate / copyRate) * 100) / 100,
    sampled_history_p50_ms: ms(percentile(sampledTimes, 0.5)),
    sampled_history_p95_ms: ms(percentile(sampledTimes, 0.95)),
    search_p50_ms: ms(percentile(searchTimes, 0.5)),
    search_p95_ms: ms(percentile(searchTimes, 0.95)),
  }),
);
