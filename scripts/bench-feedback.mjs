// Feedback (issue 13): its own server on a fresh embedded Postgres. Logs pairwise preferences between four versions
// through the batch endpoint (1,000 a request, 4 clients; each pair a prompt and two answers of about 300 characters),
// then times the win rates over all of them, a DPO export of the whole set (streamed to the artifact store and pinned
// as a data set version), and an expert working through an annotation queue (claim, then answer, item by item).
//   npm run bench:feedback -- [preferences=100000]
// Ends with one line of JSON.
import { createRequire } from "node:module";
import { ms, percentile, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { seededRandom } = require("../packages/domain/dist/index.js");
const total = Number(process.argv[2] ?? 100_000);
const PER_REQUEST = 1_000;
const CLIENTS = 4;
const QUEUE_ITEMS = 200;
const { call, stop } = await startBenchServer();

try {
  const project = await call("POST", "/api/v1/projects", { name: "Feedback bench" });
  const base = `/api/v1/projects/${project.id}`;
  const deployment = await call("POST", `${base}/deployments`, { name: "bot", target: "REAL_TIME", environment: "DEV", variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, baseModel: "m" }] });
  const labels = ["prompt v1", "prompt v2", "prompt v3", "prompt v4"];
  const text = (seed) => `Answer ${seed}: ${"Refunds are issued within 30 days of delivery, to the card you paid with. ".repeat(4)}`;
  const batch = (index) => {
    const next = seededRandom(index + 1);
    return Array.from({ length: PER_REQUEST }, (_, k) => {
      const a = Math.floor(next() * 4);
      const b = (a + 1 + Math.floor(next() * 3)) % 4;
      const roll = next();
      return { prompt: `Question ${index}-${k}: how do refunds work for an order I paid by card?`, a: { response: text(a), label: labels[a] }, b: { response: text(b), label: labels[b] }, choice: roll < 0.1 ? "TIE" : roll < 0.1 + 0.9 * ((b + 1) / (a + b + 2)) ? "B" : "A", deploymentId: deployment.id, timestamp: new Date(Date.UTC(2026, 11, 1) + index * 60_000 + k).toISOString() };
    });
  };
  const requests = Math.ceil(total / PER_REQUEST);
  let nextRequest = 0;
  const latencies = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (nextRequest < requests) {
        const index = nextRequest++;
        const body = { preferences: batch(index) };
        const t0 = performance.now();
        await call("POST", `${base}/preferences`, body);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const ingestSeconds = (performance.now() - started) / 1000;
  console.log(`Logged ${total.toLocaleString("en")} preferences in ${ingestSeconds.toFixed(1)} s: ${Math.round(total / ingestSeconds).toLocaleString("en")} preferences/s (request p95 ${ms(percentile(latencies, 0.95))} ms)`);

  const rateTimes = [];
  let rates;
  for (let round = 0; round < 10; round += 1) {
    const t0 = performance.now();
    rates = await call("GET", `${base}/preferences/win-rates`);
    rateTimes.push(performance.now() - t0);
  }
  console.log(`Win rates over ${rates.preferences.toLocaleString("en")} preferences: p50 ${ms(percentile(rateTimes, 0.5))} ms, p95 ${ms(percentile(rateTimes, 0.95))} ms (${rates.variants.map((variant) => `${variant.version} ${(variant.winRate * 100).toFixed(1)} %`).join(", ")})`);

  const t0 = performance.now();
  const exported = await call("POST", `${base}/preference-exports`, { dataSetName: "dpo" });
  const exportSeconds = (performance.now() - t0) / 1000;
  console.log(`DPO export of ${exported.pairs.toLocaleString("en")} pairs (${exported.ties.toLocaleString("en")} ties left out): ${(exported.sizeBytes / 1e6).toFixed(1)} MB in ${exportSeconds.toFixed(2)} s`);

  // An expert works through a pairs queue: each claim, then each answer.
  const queue = await call("POST", `${base}/annotation-queues`, { name: "review", kind: "PAIRS" });
  await call("POST", `${base}/annotation-queues/${queue.id}/items`, { pairs: batch(requests + 1).slice(0, QUEUE_ITEMS).map(({ prompt, a, b }) => ({ prompt, a, b })) });
  const claims = [];
  const answers = [];
  for (;;) {
    const c0 = performance.now();
    const { item } = await call("POST", `${base}/annotation-queues/${queue.id}/claim`);
    claims.push(performance.now() - c0);
    if (!item) break;
    const a0 = performance.now();
    await call("POST", `${base}/annotation-queues/${queue.id}/items/${item.id}/annotation`, { choice: "A" });
    answers.push(performance.now() - a0);
  }
  console.log(`Review of ${answers.length} items: claim p95 ${ms(percentile(claims, 0.95))} ms, answer p95 ${ms(percentile(answers, 0.95))} ms`);
  console.log(
    JSON.stringify({
      preferences: total,
      preferencesPerSecond: Math.round(total / ingestSeconds),
      winRatesP95Ms: ms(percentile(rateTimes, 0.95)),
      exportPairs: exported.pairs,
      exportMb: Math.round(exported.sizeBytes / 1e5) / 10,
      exportSeconds: Math.round(exportSeconds * 100) / 100,
      claimP95Ms: ms(percentile(claims, 0.95)),
      answerP95Ms: ms(percentile(answers, 0.95)),
    }),
  );
} finally {
  await stop();
}
