// The Node tracker in packages/client, and the example training script, against
// a server listening on a real port.
import { execFile } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { startRun } from "@lifecycle/client";
import { makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(60_000);

let testApp: TestApp;
let baseUrl: string;
let projectId: string;
let experimentId: string;

beforeAll(async () => {
  testApp = await createTestApp();
  await testApp.app.listen(0, "127.0.0.1");
  baseUrl = `http://127.0.0.1:${(testApp.app.getHttpServer().address() as AddressInfo).port}`;
  projectId = (await makeProject(testApp)).id;
  experimentId = (await testApp.http().post(`/api/v1/projects/${projectId}/experiments`).send({ name: "tracked" }).expect(201)).body.id;
});
afterAll(() => testApp?.close());

it("buffers metrics, sends them in batches, and ends the run", async () => {
  const run = await startRun({ baseUrl, token: testApp.admin.token, projectId, experimentId, maxBatchSize: 500, flushIntervalMs: 50 }, { name: "tracked", params: { learning_rate: 0.01, optimizer: "adam" } });
  for (let step = 0; step < 2_500; step += 1) run.logMetric("loss", 1 / (step + 1), { step });
  run.logMetric("odd", Number.NaN);
  await run.end();
  const stored = (await testApp.http().get(`/api/v1/projects/${projectId}/runs/${run.id}`).expect(200)).body;
  expect(stored.status).toBe("FINISHED");
  expect(stored.params).toEqual([
    { key: "learning_rate", value: 0.01, text: "0.01", type: "number" },
    { key: "optimizer", value: "adam", text: "adam", type: "string" },
  ]);
  expect(stored.metrics.find((metric: { key: string }) => metric.key === "loss")).toMatchObject({ count: 2_500, latestStep: 2_499 });
  expect(stored.metrics.find((metric: { key: string }) => metric.key === "odd")).toMatchObject({ latest: "NaN", count: 1 });
});

it("retries a batch whose answer was lost with the same key, writing it once", async () => {
  let lost = 0;
  const flaky: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith("/batch") && lost < 2) {
      lost += 1;
      throw new TypeError("fetch failed: the connection was reset");
    }
    return response;
  };
  const run = await startRun({ baseUrl, token: testApp.admin.token, projectId, experimentId, fetch: flaky, maxBatchSize: 100, flushIntervalMs: 60_000 });
  for (let step = 0; step < 250; step += 1) run.logMetric("loss", step, { step });
  await run.end();
  expect(lost).toBe(2);
  const stored = (await testApp.http().get(`/api/v1/projects/${projectId}/runs/${run.id}`).expect(200)).body;
  expect(stored.metrics[0]).toMatchObject({ key: "loss", count: 250 });
});

it("runs the example training script end to end", async () => {
  const script = path.resolve(__dirname, "../../../examples/train-logistic-regression.mjs");
  const { stdout } = await promisify(execFile)(process.execPath, [script], {
    env: { ...process.env, LIFECYCLE_URL: baseUrl, LIFECYCLE_TOKEN: testApp.admin.token, LIFECYCLE_PROJECT: projectId, LIFECYCLE_EXPERIMENT: experimentId, EPOCHS: "20" },
  });
  const runId = /^run ([0-9a-f-]{36}):/.exec(stdout)?.[1];
  expect(runId).toBeDefined();
  const stored = (await testApp.http().get(`/api/v1/projects/${projectId}/runs/${runId}`).expect(200)).body;
  expect(stored).toMatchObject({ status: "FINISHED", name: "logreg-lr0.1", tags: { model: "logistic_regression" } });
  const accuracy = stored.metrics.find((metric: { key: string; split: string | null }) => metric.key === "accuracy" && metric.split === "validation");
  expect(accuracy.count).toBe(20);
  expect(accuracy.latest).toBeGreaterThan(0.8);
});

it("runs the example script with the project's slug and an experiment's name, creating the experiment", async () => {
  const project = (await testApp.http().get(`/api/v1/projects/${projectId}`).expect(200)).body;
  const script = path.resolve(__dirname, "../../../examples/train-logistic-regression.mjs");
  const env = { ...process.env, LIFECYCLE_URL: baseUrl, LIFECYCLE_TOKEN: testApp.admin.token, LIFECYCLE_PROJECT: project.slug, LIFECYCLE_EXPERIMENT: "example by name", EPOCHS: "3" };
  for (let time = 0; time < 2; time += 1) await promisify(execFile)(process.execPath, [script], { env });
  const experiments = (await testApp.http().get(`/api/v1/projects/${projectId}/experiments`).expect(200)).body.items.filter((experiment: { name: string }) => experiment.name === "example by name");
  expect(experiments).toHaveLength(1);
  expect((await testApp.http().get(`/api/v1/projects/${projectId}/experiments/${experiments[0].id}/runs`).expect(200)).body.items).toHaveLength(2);
});
