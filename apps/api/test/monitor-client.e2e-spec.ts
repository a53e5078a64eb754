// The client's monitor (packages/client) and the drifting example script, against a server on a real port.
import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { monitor } from "@lifecycle/client";
import { makeDeployment } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(120_000);

let testApp: TestApp;
let baseUrl: string;

beforeAll(async () => {
  testApp = await createTestApp();
  await testApp.app.listen(0, "127.0.0.1");
  baseUrl = `http://127.0.0.1:${(testApp.app.getHttpServer().address() as AddressInfo).port}`;
});
afterAll(() => testApp?.close());

async function deployment() {
  const { project, id } = await makeDeployment(testApp, "fraud-scorer");
  return { projectId: project.id, deploymentId: id };
}

it("buffers records, sends them in batches, and retries a lost answer with the same key, writing once", async () => {
  const { projectId, deploymentId } = await deployment();
  let lost = 0;
  const flaky: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith("/records") && lost < 2) {
      lost += 1;
      throw new TypeError("fetch failed: the connection was reset");
    }
    return response;
  };
  const records = monitor({ baseUrl, token: testApp.admin.token, projectId, deploymentId, fetch: flaky, maxBatchSize: 100, flushIntervalMs: 60_000 });
  for (let k = 0; k < 250; k += 1) records.log({ predictionId: `r${k}`, features: { x: k }, prediction: { value: k / 2 } });
  records.log({ predictionId: "r0", features: { x: -1 }, prediction: { value: 0 } });
  expect(await records.close()).toEqual({ accepted: 250, duplicates: 1 });
  expect(lost).toBe(2);
  expect(await testApp.prisma.inferenceRecord.count({ where: { deploymentId } })).toBe(250);
});

it("sends actuals after the records they are the truth for, in batches, and says which ids it did not know", async () => {
  const { projectId, deploymentId } = await deployment();
  const client = monitor({ baseUrl, token: testApp.admin.token, projectId, deploymentId, maxBatchSize: 40, flushIntervalMs: 60_000 });
  for (let k = 0; k < 100; k += 1) client.log({ predictionId: `a${k}`, features: { x: k }, prediction: { label: k % 3 === 0 ? "fraud" : "ok" } });
  // Not flushed yet: actuals() sends the buffered records first.
  const totals = await client.actuals([...Array.from({ length: 100 }, (_, k) => ({ predictionId: `a${k}`, label: k % 2 === 0 ? "fraud" : "ok" })), { predictionId: "zzz", label: "ok" }]);
  expect(totals).toEqual({ joined: 100, duplicates: 0, unknown: 1, unknownPredictionIds: ["zzz"] });
  await client.close();
  const report = (await testApp.http().get(`/api/v1/projects/${projectId}/deployments/${deploymentId}/performance`).expect(200)).body;
  expect(report.total.report.total).toBe(100);
});

it("runs the drifting example: the afternoon drifts from the training split, the morning does not", async () => {
  const { projectId, deploymentId } = await deployment();
  const script = path.resolve(__dirname, "../../../examples/simulate-drift.mjs");
  const { stdout } = await promisify(execFile)(process.execPath, [script], {
    env: { ...process.env, LIFECYCLE_URL: baseUrl, LIFECYCLE_TOKEN: testApp.admin.token, LIFECYCLE_PROJECT: projectId, LIFECYCLE_DEPLOYMENT: deploymentId, RECORDS_PER_HOUR: "200" },
  });
  expect(stdout).toContain("records: 4800 accepted, 0 duplicates, over 24 hours");
  // The day ends with the hour of its newest record (whatever the clock says now).
  const url = `/api/v1/projects/${projectId}/deployments/${deploymentId}`;
  const newest = (await testApp.http().get(`${url}/records?pageSize=1`).expect(200)).body.items[0];
  const to = new Date(Math.floor(Date.parse(newest.timestamp) / 3_600_000) * 3_600_000 + 3_600_000).toISOString();
  const report = (await testApp.http().get(`${url}/drift?to=${to}`).expect(200)).body;
  expect(report.windows).toHaveLength(24);
  expect(report.windows.every((window: { count: number }) => window.count === 200)).toBe(true);
  const drifted = report.windows.map((window: { dataset: { datasetDrifted: boolean } }) => window.dataset.datasetDrifted);
  expect(drifted.slice(0, 12).filter(Boolean).length).toBeLessThanOrEqual(1);
  expect(drifted.slice(-4)).toEqual([true, true, true, true]);
  expect(report.windows[23].features.amount.drifted).toBe(true);
  expect(report.windows[23].features.merchant.drifted).toBe(true);
});
