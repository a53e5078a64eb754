import { seededRandom } from "@lifecycle/domain";
import { makeDeployment } from "./factories";
import type { TestApp } from "./test-app";

const HOUR = 3_600_000;

/** Inference records with two features; `shift` 1 drifts both and slows the answers. */
export function inferenceRecords(count: number, start: number, prefix: string, shift: number) {
  const next = seededRandom(count + start / HOUR);
  return Array.from({ length: count }, (_, index) => ({
    predictionId: `${prefix}-${index}`,
    timestamp: new Date(start + index * 1000).toISOString(),
    features: { amount: Math.round((50 + 60 * shift + next() * 100) * 100) / 100, country: next() < 0.6 - 0.5 * shift ? "FR" : "DE" },
    prediction: { label: next() < 0.3 ? "fraud" : "ok" },
    latencyMs: 10 + (index % 10) + 500 * shift,
  }));
}

/** Records against an uploaded baseline: the last whole hour like it, the current hour drifted. */
export async function monitoredDeployment(testApp: TestApp) {
  const target = await makeDeployment(testApp);
  return { ...target, ...(await feedDrift(testApp, target.url)) };
}

/** Gives a deployment a baseline and two hours of records: the last whole hour like the baseline, the current one drifted. */
export async function feedDrift(testApp: TestApp, url: string) {
  const target = { url };
  const next = seededRandom(3);
  const csv = ["amount,country", ...Array.from({ length: 500 }, () => `${Math.round((50 + next() * 100) * 100) / 100},${next() < 0.6 ? "FR" : "DE"}`)].join("\n");
  await testApp.http().post(`${target.url}/baselines/upload?name=train`).set("Content-Type", "text/csv").send(csv).expect(201);
  const drifted = Math.floor(Date.now() / HOUR) * HOUR;
  const calm = drifted - HOUR;
  await testApp.http().post(`${target.url}/records`).send({ records: inferenceRecords(600, calm, "calm", 0) }).expect(200);
  await testApp.http().post(`${target.url}/records`).send({ records: inferenceRecords(600, drifted, "drift", 1) }).expect(200);
  return { calm, drifted };
}
