// Simulates a day of a fraud-scoring deployment's production traffic that drifts in the afternoon, and sends it to
// Lifecycle through the client's monitor (batched in the background, retried safely). First it uploads the training
// split as the deployment's baseline (unless the deployment has an active one), then logs the records hour by hour:
//   LIFECYCLE_URL=http://localhost:8080 LIFECYCLE_TOKEN=lc_… \
//   LIFECYCLE_PROJECT=<project slug or id> LIFECYCLE_DEPLOYMENT=<deployment id> \
//   node examples/simulate-drift.mjs
// RECORDS_PER_HOUR (default 500) sets the volume; the day ends with the last whole hour.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { createLifecycleClient, monitor } = require("../packages/client/dist/index.js");

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}`);
  return value;
};
const baseUrl = env("LIFECYCLE_URL");
const token = env("LIFECYCLE_TOKEN");
const projectId = env("LIFECYCLE_PROJECT");
const deploymentId = env("LIFECYCLE_DEPLOYMENT");
const perHour = Number(process.env.RECORDS_PER_HOUR ?? 500);

let seed = Number(process.env.SEED ?? 7);
const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
const gaussian = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
const merchants = ["grocery", "travel", "electronics", "fuel", "online"];

/** A transaction; `drift` (0 … 1) moves amounts up and the merchant mix towards online shops. */
function transaction(drift) {
  const amount = Math.round(Math.exp(3.5 + 0.8 * gaussian() + 1.2 * drift) * 100) / 100;
  const merchant = random() < 0.6 * drift ? "online" : merchants[Math.floor(random() * merchants.length)];
  const hourOfDay = Math.floor(random() * 24);
  const score = 1 / (1 + Math.exp(-(amount / 120 - 2 + (merchant === "online" ? 0.8 : 0))));
  return { features: { amount, merchant, hour_of_day: hourOfDay, card_present: random() < 0.7 - 0.4 * drift }, score };
}

const api = createLifecycleClient({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
const path = { projectId, deploymentId };
const { items } = await api.listBaselines({ path });
if (!items.some((baseline) => baseline.active)) {
  const rows = ["amount,merchant,hour_of_day,card_present,label"];
  for (let k = 0; k < 2_000; k += 1) {
    const { features, score } = transaction(0);
    rows.push(`${features.amount},${features.merchant},${features.hour_of_day},${features.card_present},${score >= 0.5 ? "fraud" : "ok"}`);
  }
  const response = await fetch(`${baseUrl}/api/v1/projects/${projectId}/deployments/${deploymentId}/baselines/upload?name=${encodeURIComponent(`training split ${new Date().toISOString().slice(0, 16)}`)}&predictionColumn=label`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/csv" },
    body: rows.join("\n"),
  });
  if (!response.ok) throw new Error(`The baseline upload failed: ${response.status} ${await response.text()}`);
  console.log(`baseline: ${(await response.json()).rowCount} rows of the training split`);
}

const records = monitor({ baseUrl, token, projectId, deploymentId, maxBatchSize: 5_000 });
const lastHour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000;
const run = `${Date.now().toString(36)}`;
for (let hour = 0; hour < 24; hour += 1) {
  const start = lastHour - (23 - hour) * 3_600_000;
  // Calm in the morning, drifting from the 14th hour on.
  const drift = hour < 14 ? 0 : Math.min(1, (hour - 13) / 6);
  for (let k = 0; k < perHour; k += 1) {
    const { features, score } = transaction(drift);
    records.log({
      predictionId: `${run}-${hour}-${k}`,
      timestamp: new Date(start + Math.floor((k * 3_600_000) / perHour)).toISOString(),
      features,
      prediction: { label: score >= 0.5 ? "fraud" : "ok", scores: { fraud: score, ok: 1 - score } },
      latencyMs: Math.round(8 + 4 * Math.abs(gaussian()) + 10 * drift),
      ...(random() < 0.002 + 0.01 * drift ? { error: "feature store timeout" } : {}),
    });
  }
}
const totals = await records.close();
console.log(`records: ${totals.accepted} accepted, ${totals.duplicates} duplicates, over 24 hours`);
