// Production monitoring (issue 13): its own server on a fresh embedded Postgres. Uploads a 100,000-row baseline of
// 20 features (10 numeric, 10 categorical) as CSV, ingests inference records of those 20 features through the batch
// endpoint (10,000 a request, 4 clients, 100,000 records an hour over the last hours), then times drift of all 20
// features over one 100,000-record hour against the baseline, and over the whole span; then a monitor evaluation sweep
// over 100 deployments (each with a baseline, an hour of records and a drift monitor). Ends with one line of JSON.
//   npm run bench:monitoring -- [records=1000000]
// Targets: ingest ≥ 20,000 records/s; drift over 100,000 records against 100,000 p95 < 1 s; the sweep under 5 s.
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ms, percentile, root, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { gaussianFrom, seededRandom: random } = require("../packages/domain/dist/index.js");
const { NestFactory } = require(path.join(root, "node_modules/@nestjs/core"));
const { AppModule } = require(path.join(root, "apps/api/dist/app.module.js"));
const { DatabaseConfig } = require(path.join(root, "apps/api/dist/prisma/database-config.js"));
const { MonitoringConfig } = require(path.join(root, "apps/api/dist/modules/monitoring/monitoring.config.js"));
const { MonitorsService } = require(path.join(root, "apps/api/dist/modules/monitoring/monitors.service.js"));
const SWEEP_DEPLOYMENTS = 100;

const total = Number(process.argv[2] ?? 1_000_000);
const PER_REQUEST = 10_000;
const CLIENTS = 4;
const PER_HOUR = 100_000;
const BASELINE_ROWS = 100_000;
const NUMERIC = 10;
const CATEGORICAL = 10;
const { base, token, databaseUrl, call, stop } = await startBenchServer();

const next = random(13);
const normal = (mean) => mean + gaussianFrom(next);
const categories = Array.from({ length: 10 }, (_, index) => `value-${index}`);
function features(drift) {
  const row = {};
  for (let k = 0; k < NUMERIC; k += 1) row[`n${k}`] = Math.round(normal(k < 3 ? drift : 0) * 1e4) / 1e4;
  for (let k = 0; k < CATEGORICAL; k += 1) row[`c${k}`] = categories[Math.floor(next() * (k < 3 && drift ? 5 : 10))];
  return row;
}

/** POSTs `count` bodies to `target` from CLIENTS clients at once; answers the elapsed time and each request's latency. */
async function postAll(target, count, bodyOf) {
  const latencies = [];
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const request = sent++;
        if (request >= count) return;
        const begun = performance.now();
        const response = await fetch(target, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: bodyOf(request) });
        if (!response.ok) throw new Error(`${target} → ${response.status} ${await response.text()}`);
        await response.json();
        latencies.push(performance.now() - begun);
      }
    }),
  );
  return { elapsedMs: performance.now() - started, latencies };
}

/** GETs a path `times` times; answers the last answer and each request's time. */
async function timedGets(pathAndQuery, times) {
  const latencies = [];
  let answer;
  for (let k = 0; k < times; k += 1) {
    const started = performance.now();
    answer = await call("GET", pathAndQuery);
    latencies.push(performance.now() - started);
  }
  return { answer, latencies };
}

try {
  // The records: hours of 100,000 each, ending with the last whole hour; the last hours drift.
  const hours = Math.ceil(total / PER_HOUR);
  const firstHour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - hours * 3_600_000;
  const requests = Math.ceil(total / PER_REQUEST);
  const bodies = new Map();
  function body(request) {
    const records = [];
    for (let k = 0; k < PER_REQUEST; k += 1) {
      const index = request * PER_REQUEST + k;
      if (index >= total) break;
      const hour = Math.floor(index / PER_HOUR);
      records.push({
        predictionId: `p${index}`,
        timestamp: new Date(firstHour + hour * 3_600_000 + ((index % PER_HOUR) * 3_600_000) / PER_HOUR).toISOString(),
        features: features(hour >= hours - 2 ? 0.5 : 0),
        prediction: { label: next() < 0.2 ? "fraud" : "ok", scores: { fraud: 0.2, ok: 0.8 } },
        latencyMs: Math.round(5 + next() * 20),
      });
    }
    return JSON.stringify({ records });
  }
  // Bodies are built before the clock starts (and before the first call, so that no kept-alive connection idles meanwhile),
  // so that the figure is the server's, not this script's.
  for (let request = 0; request < requests; request += 1) bodies.set(request, body(request));
  const project = await call("POST", "/api/v1/projects", { name: "Monitoring bench" });
  const deployment = await call("POST", `/api/v1/projects/${project.id}/deployments`, {
    name: "scorer",
    target: "REAL_TIME",
    environment: "DEV",
    variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, baseModel: "gbm" }],
  });
  const url = `${base}/api/v1/projects/${project.id}/deployments/${deployment.id}`;

  // The baseline: 100,000 rows of CSV, streamed.
  const names = [...Array.from({ length: NUMERIC }, (_, k) => `n${k}`), ...Array.from({ length: CATEGORICAL }, (_, k) => `c${k}`), "label"];
  const lines = [names.join(",")];
  for (let row = 0; row < BASELINE_ROWS; row += 1) {
    const values = features(0);
    lines.push([...names.slice(0, -1).map((name) => values[name]), next() < 0.2 ? "fraud" : "ok"].join(","));
  }
  const csv = lines.join("\n");
  let begun = performance.now();
  const uploaded = await fetch(`${url}/baselines/upload?name=train&predictionColumn=label`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body: csv });
  if (!uploaded.ok) throw new Error(`upload → ${uploaded.status} ${await uploaded.text()}`);
  const uploadMs = performance.now() - begun;
  console.log(`baseline: ${BASELINE_ROWS.toLocaleString("en")} rows × 20 features (${(csv.length / 1e6).toFixed(1)} MB CSV) built in ${ms(uploadMs)} ms`);

  const { elapsedMs: ingestMs, latencies } = await postAll(`${url}/records`, requests, (request) => {
    const text = bodies.get(request);
    bodies.delete(request);
    return text;
  });
  const perSecond = Math.round(total / (ingestMs / 1000));
  console.log(`ingest: ${total.toLocaleString("en")} records of 20 features, ${CLIENTS} clients × ${PER_REQUEST.toLocaleString("en")} a request: ${perSecond.toLocaleString("en")} records/s (target 20,000); request p50 ${ms(percentile(latencies, 0.5))} ms, p95 ${ms(percentile(latencies, 0.95))} ms`);

  // Drift of one 100,000-record hour (a drifting one), and of every hour at once.
  const lastHour = new Date(firstHour + (hours - 1) * 3_600_000).toISOString();
  const afterLast = new Date(firstHour + hours * 3_600_000).toISOString();
  const { answer: report, latencies: times } = await timedGets(`/api/v1/projects/${project.id}/deployments/${deployment.id}/drift?from=${lastHour}&to=${afterLast}&window=1h`, 20);
  const window = report.windows[0];
  console.log(`drift: 20 features over ${window.count.toLocaleString("en")} records against ${BASELINE_ROWS.toLocaleString("en")}: p50 ${ms(percentile(times, 0.5))} ms, p95 ${ms(percentile(times, 0.95))} ms (target < 1,000); ${window.dataset.drifted} of 20 features drifted`);
  const { answer: span, latencies: spanTimes } = await timedGets(`/api/v1/projects/${project.id}/deployments/${deployment.id}/drift?from=${new Date(firstHour).toISOString()}&to=${afterLast}&window=1h`, 5);
  console.log(`drift: ${span.windows.length} hourly windows (${total.toLocaleString("en")} records) in one request: p50 ${ms(percentile(spanTimes, 0.5))} ms`);
  // Actuals for every other prediction (labels arriving late), 10,000 a request from 4 clients; then the production
  // metrics of every hour at once.
  const labelled = Math.floor(total / 2);
  const actualBodies = [];
  for (let start = 0; start < labelled; start += PER_REQUEST) {
    const actuals = [];
    for (let k = start; k < Math.min(labelled, start + PER_REQUEST); k += 1) actuals.push({ predictionId: `p${2 * k}`, label: next() < 0.2 ? "fraud" : "ok" });
    actualBodies.push(JSON.stringify({ actuals }));
  }
  const { elapsedMs: actualsMs, latencies: actualLatencies } = await postAll(`${url}/actuals`, actualBodies.length, (request) => actualBodies[request]);
  console.log(`actuals: ${labelled.toLocaleString("en")} joined late, ${CLIENTS} clients × ${PER_REQUEST.toLocaleString("en")} a request: ${Math.round(labelled / (actualsMs / 1000)).toLocaleString("en")} actuals/s; request p50 ${ms(percentile(actualLatencies, 0.5))} ms, p95 ${ms(percentile(actualLatencies, 0.95))} ms`);
  const { answer: production, latencies: performanceTimes } = await timedGets(`/api/v1/projects/${project.id}/deployments/${deployment.id}/performance?from=${new Date(firstHour).toISOString()}&to=${afterLast}&window=1h`, 10);
  console.log(`production metrics: ${production.windows.length} hourly windows of ${production.total.report.total.toLocaleString("en")} labelled predictions: p50 ${ms(percentile(performanceTimes, 0.5))} ms, p95 ${ms(percentile(performanceTimes, 0.95))} ms`);
  // A monitor evaluation sweep over 100 deployments, each with a baseline, an hour of records and a drift monitor:
  // the scheduler's own sweep, run in this process against the server's database.
  const sweepHour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;
  for (let k = 0; k < SWEEP_DEPLOYMENTS; k += 1) {
    const created = await call("POST", `/api/v1/projects/${project.id}/deployments`, { name: `fleet-${k}`, target: "BATCH", environment: "DEV", variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, baseModel: "gbm" }] });
    const fleet = `${base}/api/v1/projects/${project.id}/deployments/${created.id}`;
    const rows = ["n0,c0", ...Array.from({ length: 500 }, () => `${Math.round(normal(0) * 1e4) / 1e4},${categories[Math.floor(next() * 10)]}`)];
    const uploaded = await fetch(`${fleet}/baselines/upload?name=train`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body: rows.join("\n") });
    if (!uploaded.ok) throw new Error(`fleet upload → ${uploaded.status}`);
    const hourRecords = Array.from({ length: 1_000 }, (_, index) => ({ predictionId: `f${index}`, timestamp: new Date(sweepHour + index * 3_000).toISOString(), features: { n0: normal(k % 2 ? 0.5 : 0), c0: categories[Math.floor(next() * 10)] }, prediction: { value: next() }, latencyMs: 10 }));
    await call("POST", `/api/v1/projects/${project.id}/deployments/${created.id}/records`, { records: hourRecords });
    await call("POST", `/api/v1/projects/${project.id}/deployments/${created.id}/monitors`, { name: "drift", figure: "dataset_drift_share", operator: "gte", alert: 0.5 });
  }
  const context = await NestFactory.createApplicationContext(AppModule.forRoot({ database: new DatabaseConfig(databaseUrl, false), artifactRoot: path.join(os.tmpdir(), "lifecycle-bench-sweep"), monitoring: new MonitoringConfig(30, false) }), { logger: ["error"] });
  begun = performance.now();
  const swept = await context.get(MonitorsService).sweep(sweepHour + 3_600_000 + 60_000);
  const sweepMs = performance.now() - begun;
  await context.close();
  console.log(`monitor sweep: ${swept} monitors over ${SWEEP_DEPLOYMENTS} deployments evaluated in ${ms(sweepMs)} ms (target < 5,000)`);
  console.log(
    JSON.stringify({
      bench: "monitoring",
      sweepMonitors: swept,
      sweepMs: ms(sweepMs),
      baselineRows: BASELINE_ROWS,
      baselineUploadMs: ms(uploadMs),
      records: total,
      ingestRecordsPerSecond: perSecond,
      requestP95Ms: ms(percentile(latencies, 0.95)),
      driftHourP50Ms: ms(percentile(times, 0.5)),
      driftHourP95Ms: ms(percentile(times, 0.95)),
      driftSpanP50Ms: ms(percentile(spanTimes, 0.5)),
      actuals: labelled,
      actualsPerSecond: Math.round(labelled / (actualsMs / 1000)),
      performanceSpanP95Ms: ms(percentile(performanceTimes, 0.95)),
    }),
  );
} finally {
  await stop();
}
