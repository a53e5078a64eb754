// Issue 11's reproductions of bad input that took the API down or answered 500: each answers a 4xx in the
// route's error shape and writes nothing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Logger } from "@nestjs/common";
import { LocalArtifactStore } from "../src/modules/artifacts/local-artifact-store";
import { makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const API = "/api/2.0/mlflow";
const T0 = 1_700_000_000_000;

async function mlflowRun() {
  const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: `trust ${Math.random()}` }).expect(200)).body;
  return (await testApp.http().post(`${API}/runs/create`).send({ experiment_id, start_time: T0 }).expect(200)).body.run.info.run_id as string;
}

function expectMlflow400(response: { status: number; body: unknown }, message: RegExp) {
  expect(response.status).toBe(400);
  expect(response.body).toEqual({ error_code: "INVALID_PARAMETER_VALUE", message: expect.stringMatching(message) });
}

describe("a log-batch the writer cannot encode", () => {
  it("is refused before any I/O, and twelve of them at once leave the pool whole (step 1e21 plus a tag)", async () => {
    const runId = await mlflowRun();
    const poison = { run_id: runId, metrics: [{ key: "loss", value: 1, timestamp: T0, step: 1e21 }], tags: [{ key: "t", value: "v" }] };
    const answers = await Promise.all(Array.from({ length: 12 }, () => testApp.http().post(`${API}/runs/log-batch`).send(poison)));
    for (const answer of answers) expectMlflow400(answer, /invalid step 1e\+21 for metric 'loss'.*64-bit integer/);
    // The API still serves, and a good batch goes in.
    await testApp.http().post(`${API}/runs/log-batch`).send({ ...poison, metrics: [{ key: "loss", value: 1, timestamp: T0, step: 3 }] }).expect(200);
    const run = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(run.data.metrics).toEqual([{ key: "loss", value: 1, timestamp: T0, step: 3 }]);
  });

  it.each([
    ["step 1.5", { step: 1.5 }, /invalid step 1.5/],
    ["step 1e21", { step: 1e21 }, /invalid step/],
    ["step 2^63", { step: 2 ** 63 }, /invalid step/],
    ["step as text 9e99", { step: "9e99" }, /invalid step/],
    ["timestamp -1e15", { timestamp: -1e15 }, /invalid timestamp -1000000000000000/],
    ["timestamp 8.7e15", { timestamp: 8.7e15 }, /invalid timestamp 8700000000000000/],
    ["timestamp 1.5", { timestamp: 1.5 }, /invalid timestamp/],
    ["no timestamp", { timestamp: undefined }, /Missing value for required parameter 'timestamp'/],
    ["value as an object", { value: { toString: 1 } }, /invalid value .* for metric 'loss'/],
  ])("log-metric with %s answers 400 and writes nothing", async (_name, change, message) => {
    const runId = await mlflowRun();
    expectMlflow400(await testApp.http().post(`${API}/runs/log-metric`).send({ run_id: runId, key: "loss", value: 0.5, timestamp: T0, step: 0, ...change }), message);
    expectMlflow400(await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: runId, metrics: [{ key: "loss", value: 0.5, timestamp: T0, step: 0, ...change }], tags: [{ key: "x", value: "y" }] }), message);
    const run = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(run.data.metrics).toEqual([]);
    expect(run.data.tags.find((tag: { key: string }) => tag.key === "x")).toBeUndefined();
  });

  it("steps at the edges of 64 bits are taken", async () => {
    const runId = await mlflowRun();
    await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: runId, metrics: [{ key: "edge", value: 1, timestamp: T0, step: -(2 ** 62) }, { key: "edge", value: 2, timestamp: T0, step: 2 ** 62 }] }).expect(200);
    const history = (await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: runId, metric_key: "edge" }).expect(200)).body.metrics;
    expect(history.map((point: { step: number }) => point.step)).toEqual([-(2 ** 62), 2 ** 62]);
  });

  it("steps near 2^62 come back exact, through log-batch and log-metric (and its /ajax-api mirror), get-history and bulk-interval", async () => {
    const runId = await mlflowRun();
    // JSON.parse would read 4611686018427387905 as 4611686018427387904: the body's own digits are kept.
    const raw = `{"run_id":"${runId}","metrics":[{"key":"ns","value":1,"timestamp":${T0},"step":4611686018427387905},{"key":"ns","value":2,"timestamp":${T0},"step":-9223372036854775808},{"key":"ns","value":3,"timestamp":${T0},"step":9007199254740993}]}`;
    await testApp.http().post(`${API}/runs/log-batch`).set("Content-Type", "application/json").send(raw).expect(200);
    await testApp
      .http()
      .post(`/ajax-api/2.0/mlflow/runs/log-metric`)
      .set("Content-Type", "application/json")
      .send(`{"run_id":"${runId}","key":"ns","value":4,"timestamp":${T0},"step":9223372036854775807}`)
      .expect(200);
    const steps = (text: string) => [...text.matchAll(/"step":(-?\d+)/g)].map((match) => match[1]);
    const history = await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: runId, metric_key: "ns" }).buffer(true).parse((response, done) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => done(null, text));
    });
    expect(steps(history.body as string)).toEqual(["-9223372036854775808", "9007199254740993", "4611686018427387905", "9223372036854775807"]);
    const bulk = await testApp.http().get(`${API}/metrics/get-history-bulk-interval`).query({ run_ids: runId, metric_key: "ns" }).buffer(true).parse((response, done) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => done(null, text));
    });
    expect(steps(bulk.body as string)).toEqual(["-9223372036854775808", "9007199254740993", "4611686018427387905", "9223372036854775807"]);
    expectMlflow400(await testApp.http().post(`${API}/runs/log-batch`).set("Content-Type", "application/json").send(raw.replace("4611686018427387905", "9223372036854775808")), /invalid step/);
  });

  it("runs/create and runs/update refuse start and end times that are no instant", async () => {
    const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: "times" }).expect(200)).body;
    expectMlflow400(await testApp.http().post(`${API}/runs/create`).send({ experiment_id, start_time: 8.7e15 }), /invalid start_time/);
    const runId = await mlflowRun();
    expectMlflow400(await testApp.http().post(`${API}/runs/update`).send({ run_id: runId, status: "FINISHED", end_time: -1e15 }), /invalid end_time/);
  });

  it("the native batch refuses steps that are not whole or beyond 2^53, and times beyond the year 9999", async () => {
    const project = await makeProject(testApp);
    const base = `/api/v1/projects/${project.id}`;
    const experiment = (await testApp.http().post(`${base}/experiments`).send({ name: "native" }).expect(201)).body;
    const run = (await testApp.http().post(`${base}/experiments/${experiment.id}/runs`).send({}).expect(201)).body;
    for (const point of [{ step: 1.5 }, { step: 1e21 }, { timestamp: "+275760-09-13T00:00:00.000Z" }, { timestamp: "not a time" }]) {
      const response = await testApp.http().post(`${base}/runs/${run.id}/batch`).send({ metrics: [{ key: "loss", value: 1, ...point }], tags: [{ key: "k", value: "v" }] });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe("VALIDATION_FAILED");
    }
    expect((await testApp.http().get(`${base}/runs/${run.id}`).expect(200)).body).toMatchObject({ metrics: [], tags: {} });
  });
});

describe("artifact paths and uploads", () => {
  const ARTIFACTS = "/api/2.0/mlflow-artifacts/artifacts";

  async function artifactRoot() {
    const run = (await testApp.http().post(`${API}/runs/create`).send({ start_time: T0 }).expect(200)).body.run.info;
    return `${ARTIFACTS}/${run.experiment_id}/${run.run_id}/artifacts`;
  }

  it("refuses names over 255 bytes and paths over 2,048 bytes with a 400 (they answered 500)", async () => {
    const root = await artifactRoot();
    expectMlflow400(await testApp.http().put(`${root}/${"n".repeat(256)}`).send(Buffer.from("x")), /255/);
    expectMlflow400(await testApp.http().put(`${root}/${"é".repeat(128)}.txt`).send(Buffer.from("x")), /255/);
    expectMlflow400(await testApp.http().put(`${root}/${Array.from({ length: 20 }, () => "d".repeat(200)).join("/")}`).send(Buffer.from("x")), /2048/);
    expectMlflow400(await testApp.http().get(ARTIFACTS).query({ path: "n".repeat(300) }), /255/);
    await testApp.http().put(`${root}/${"n".repeat(255)}`).send(Buffer.from("x")).expect(200);
  });

  it("an upload the client aborts half-way is no 500 in the log, and leaves nothing behind", async () => {
    const logged = jest.spyOn(Logger.prototype, "error");
    const warned = jest.spyOn(Logger.prototype, "warn");
    const root = await artifactRoot();
    await testApp.app.listen(0, "127.0.0.1");
    const { port } = testApp.app.getHttpServer().address() as AddressInfo;
    // Abort once the server is streaming the body into the store.
    const writing = jest.spyOn(LocalArtifactStore.prototype, "write");
    await new Promise<void>((resolve) => {
      const request = http.request({ port, host: "127.0.0.1", method: "PUT", path: `${root}/big.bin`, headers: { Authorization: `Bearer ${testApp.admin.token}`, "Content-Length": 10_000_000 } });
      request.on("error", () => resolve());
      request.write(Buffer.alloc(64 * 1024));
      const abortWhenWriting = () => (writing.mock.calls.length > 0 ? request.destroy() : setTimeout(abortWhenWriting, 10));
      abortWhenWriting();
    });
    writing.mockRestore();
    // Wait until the server has handled the abort (it says so in its log), then look.
    const said = () => warned.mock.calls.some(([message]) => /big\.bin: the client closed the connection/.test(String(message)));
    for (let waited = 0; !said() && waited < 3000; waited += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const listed = await testApp.http().get(ARTIFACTS).query({ path: root.slice(ARTIFACTS.length + 1) }).expect(200);
    expect(listed.body).toEqual({});
    expect(logged.mock.calls.filter(([message]) => String(message).includes("→ 500"))).toEqual([]);
    // Said for what it is (it was taken for a 500, or for the database being down).
    expect(warned.mock.calls.map(([message]) => String(message))).toEqual(expect.arrayContaining([expect.stringMatching(/big\.bin: the client closed the connection/)]));
    expect(warned.mock.calls.filter(([message]) => String(message).includes("database is unavailable"))).toEqual([]);
    logged.mockRestore();
    warned.mockRestore();
  });
});
