import { fromMetricNumber, sampleSeries } from "@lifecycle/domain";
import fc from "fast-check";
import { PURGE_CHUNK } from "../src/modules/metrics/metric-purge";
import { MetricStore } from "../src/modules/metrics/metric-store";
import { countRows, expectError, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

async function makeRun(body: object = {}) {
  const project = await makeProject(testApp);
  const experiment = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "e" }).expect(201)).body;
  const run = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`).send(body).expect(201)).body;
  return { project, experiment, run, base: `/api/v1/projects/${project.id}/runs/${run.id}` };
}

describe("runs", () => {
  it("start RUNNING at the project's iteration, and end with a duration", async () => {
    const { run, base } = await makeRun({ name: "knn-k5", source: "git 1a2b3c train.py", approach: "train_from_scratch", tags: { team: "nlp" } });
    expect(run).toMatchObject({ name: "knn-k5", status: "RUNNING", iteration: 1, endTime: null, durationMs: null, tags: { team: "nlp" }, params: [], metrics: [] });
    const ended = await testApp.http().patch(base).send({ status: "FINISHED" }).expect(200);
    expect(ended.body.endTime).toEqual(expect.any(String));
    expect(ended.body.durationMs).toBeGreaterThanOrEqual(0);
    expectError(await testApp.http().patch(base).send({ endTime: "2000-01-01T00:00:00Z" }), 400, "VALIDATION_FAILED", "endTime");
  });

  it("log metrics, typed params and tags in one batch, with summaries", async () => {
    const { base } = await makeRun();
    const batch = {
      metrics: [
        { key: "loss", value: 0.9, step: 0, split: "train" },
        { key: "loss", value: 0.5, step: 1, split: "train" },
        { key: "loss", value: 0.7, step: 2, split: "train" },
        { key: "loss", value: 0.8, step: 2, split: "validation" },
        { key: "accuracy", value: "NaN", step: 0 },
        { key: "accuracy", value: 0.81, step: 1 },
        { key: "grad_norm", value: "Infinity" },
      ],
      params: [
        { key: "optimizer", value: "adam" },
        { key: "learning_rate", value: 0.01 },
        { key: "shuffle", value: true },
        { key: "epochs", value: 10 },
      ],
      tags: [{ key: "commit", value: "1a2b3c" }],
    };
    expect((await testApp.http().post(`${base}/batch`).send(batch).expect(201)).body).toEqual({ metrics: 7, params: 4, tags: 1 });
    const run = (await testApp.http().get(base).expect(200)).body;
    expect(run.params).toEqual([
      { key: "learning_rate", value: 0.01, text: "0.01", type: "number" },
      { key: "epochs", value: 10, text: "10", type: "number" },
      { key: "optimizer", value: "adam", text: "adam", type: "string" },
      { key: "shuffle", value: true, text: "true", type: "boolean" },
    ]);
    expect(run.tags).toEqual({ commit: "1a2b3c" });
    const summary = (key: string, split: string | null) => run.metrics.find((metric: { key: string; split: string | null }) => metric.key === key && metric.split === split);
    expect(summary("loss", "train")).toMatchObject({ latest: 0.7, latestStep: 2, min: 0.5, max: 0.9, count: 3 });
    expect(summary("loss", "validation")).toMatchObject({ latest: 0.8, count: 1 });
    expect(summary("accuracy", null)).toMatchObject({ latest: 0.81, min: 0.81, max: 0.81, count: 2 });
    expect(summary("grad_norm", null)).toMatchObject({ latest: "Infinity", max: "Infinity" });

    await testApp.http().post(`${base}/batch`).send({ metrics: [{ key: "loss", value: 0.1, step: 3, split: "train" }], tags: [{ key: "commit", value: "4d5e6f" }] }).expect(201);
    const again = (await testApp.http().get(base).expect(200)).body;
    expect(again.metrics.find((metric: { key: string; split: string }) => metric.key === "loss" && metric.split === "train")).toMatchObject({ latest: 0.1, min: 0.1, count: 4 });
    expect(again.tags).toEqual({ commit: "4d5e6f" });
  });

  it("log one point, one param or one tag at a time, with the batch's rules", async () => {
    const { base } = await makeRun({ tags: { team: "nlp" } });
    await testApp.http().post(`${base}/metrics`).set("Idempotency-Key", "one").send({ key: "loss", value: 0.5, step: 3, split: "validation" }).expect(201);
    await testApp.http().post(`${base}/metrics`).set("Idempotency-Key", "one").send({ key: "loss", value: 0.5, step: 3, split: "validation" }).expect(201);
    await testApp.http().post(`${base}/params`).send({ key: "optimizer", value: "adam" }).expect(201);
    await testApp.http().post(`${base}/params`).send({ key: "optimizer", value: "adam" }).expect(201);
    expectError(await testApp.http().post(`${base}/params`).send({ key: "optimizer", value: "sgd" }), 409, "PARAM_CONFLICT");
    expect((await testApp.http().put(`${base}/tags`).send({ key: "team", value: "vision" }).expect(200)).body.tags).toEqual({ team: "vision" });
    expect((await testApp.http().put(`${base}/tags`).send({ key: "owner", value: "ana" }).expect(200)).body.tags).toEqual({ team: "vision", owner: "ana" });
    const run = (await testApp.http().delete(`${base}/tags/team`).expect(200)).body;
    expect(run.tags).toEqual({ owner: "ana" });
    expect(run.metrics).toEqual([expect.objectContaining({ key: "loss", split: "validation", latest: 0.5, count: 1 })]);
    expect(run.params).toEqual([{ key: "optimizer", value: "adam", text: "adam", type: "string" }]);
    expectError(await testApp.http().delete(`${base}/tags/team`), 404, "TAG_NOT_FOUND");
    expectError(await testApp.http().post(`${base}/metrics`).send({ key: "loss", value: "lots" }), 400, "VALIDATION_FAILED", "value");
    expectError(await testApp.http().put(`${base}/tags`).send({ key: "../x", value: "v" }), 400, "VALIDATION_FAILED", "key");
  });

  it("write params once: the same value is fine, another is a 409 naming both, and nothing of that batch is kept", async () => {
    const { base } = await makeRun();
    await testApp.http().post(`${base}/batch`).send({ params: [{ key: "learning_rate", value: 0.01 }] }).expect(201);
    await testApp.http().post(`${base}/batch`).send({ params: [{ key: "learning_rate", value: 0.01 }] }).expect(201);
    const before = await countRows(testApp);
    const points = await testApp.prisma.metricPoint.count();
    const response = await testApp.http().post(`${base}/batch`).send({ metrics: [{ key: "loss", value: 1 }], params: [{ key: "learning_rate", value: 0.02 }] });
    expectError(response, 409, "PARAM_CONFLICT");
    expect(response.body.message).toBe('Param "learning_rate" is already 0.01; params are written once, so 0.02 is refused.');
    expect(await countRows(testApp)).toEqual(before);
    expect(await testApp.prisma.metricPoint.count()).toBe(points);
  });

  it("let only one of two batches racing to set a param with different values win", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { base } = await makeRun();
      const [first, second] = await Promise.all(["adam", "sgd"].map((value) => testApp.http().post(`${base}/batch`).send({ params: [{ key: "optimizer", value }] })));
      expect([first!.status, second!.status].sort()).toEqual([201, 409]);
    }
  });

  it("reject a whole batch with one bad point", async () => {
    const { base } = await makeRun();
    const points = await testApp.prisma.metricPoint.count();
    const metrics = [...Array.from({ length: 50 }, (_, step) => ({ key: "loss", value: 1, step })), { key: "loss", value: "lots", step: 50 }];
    expectError(await testApp.http().post(`${base}/batch`).send({ metrics }), 400, "VALIDATION_FAILED", "metrics.50.value");
    expectError(await testApp.http().post(`${base}/batch`).send({ metrics: [{ key: "../escape", value: 1 }] }), 400, "VALIDATION_FAILED", "metrics.0.key");
    expectError(await testApp.http().post(`${base}/batch`).send({ params: [{ key: "a", value: 1 }, { key: "a", value: 2 }] }), 400, "VALIDATION_FAILED", "params.1.value");
    expect(await testApp.prisma.metricPoint.count()).toBe(points);
  });

  it("enforce the batch limits, saying which", async () => {
    const { base } = await makeRun();
    const tooMany = Array.from({ length: 10_001 }, (_, step) => ({ key: "loss", value: 0.5, step }));
    const response = await testApp.http().post(`${base}/batch`).send({ metrics: tooMany });
    expectError(response, 400, "VALIDATION_FAILED", "metrics");
    expect(response.body.details[0].message).toBe("At most 10000 metric points per batch");
    const tenThousand = tooMany.slice(0, 10_000);
    expect((await testApp.http().post(`${base}/batch`).send({ metrics: tenThousand }).expect(201)).body.metrics).toBe(10_000);
  });

  it("take batch bodies beyond the general 1 MB limit", async () => {
    const { base } = await makeRun();
    const key = `series/${"k".repeat(200)}`;
    const body = JSON.stringify({ metrics: Array.from({ length: 10_000 }, (_, step) => ({ key, value: step / 7, step })) });
    expect(body.length).toBeGreaterThan(2_000_000);
    await testApp.http().post(`${base}/batch`).set("content-type", "application/json").send(body).expect(201);
  });

  it("answer a retried batch with its first result and write it once", async () => {
    const { base } = await makeRun();
    const batch = { metrics: [{ key: "loss", value: 0.3, step: 1 }] };
    const first = await testApp.http().post(`${base}/batch`).set("Idempotency-Key", "batch-1").send(batch).expect(201);
    const retry = await testApp.http().post(`${base}/batch`).set("Idempotency-Key", "batch-1").send(batch).expect(201);
    expect(retry.body).toEqual(first.body);
    const history = await testApp.http().get(`${base}/metrics/loss/history`).expect(200);
    expect(history.body.items).toHaveLength(1);
  });

  it("page a metric's history by step", async () => {
    const { base } = await makeRun();
    await testApp.http().post(`${base}/batch`).send({ metrics: Array.from({ length: 25 }, (_, step) => ({ key: "loss", value: 1 / (step + 1), step: 24 - step })) }).expect(201);
    const first = (await testApp.http().get(`${base}/metrics/loss/history?pageSize=10`).expect(200)).body;
    expect(first.items.map((point: { step: number }) => point.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const second = (await testApp.http().get(`${base}/metrics/loss/history?pageSize=10&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items[0].step).toBe(10);
    const third = (await testApp.http().get(`${base}/metrics/loss/history?pageSize=10&cursor=${second.nextCursor}`).expect(200)).body;
    expect(third.items).toHaveLength(5);
    expect(third.nextCursor).toBeNull();
    expectError(await testApp.http().get(`${base}/metrics/loss/history?cursor=garbage`), 400, "VALIDATION_FAILED", "cursor");
  });

  it("keep each point's value, step, split and time exactly, non-finite values and old dates included", async () => {
    const { base } = await makeRun();
    const before = Date.now();
    const sent = [
      { key: "eval/loss", value: 0.125, step: 2 ** 40, timestamp: "1999-12-31T23:59:59.999Z" },
      { key: "eval/loss", value: "-Infinity", step: 0, timestamp: "2026-11-27T12:00:00.123+02:00" },
      { key: "eval/loss", value: "NaN", step: 7 },
      { key: "eval/loss", value: -1e-300, step: 7, split: "test" },
    ];
    await testApp.http().post(`${base}/batch`).send({ metrics: sent }).expect(201);
    const { items } = (await testApp.http().get(`${base}/metrics/eval%2Floss/history`).expect(200)).body;
    expect(items.slice(0, 2)).toEqual([
      { step: 0, value: "-Infinity", timestamp: "2026-11-27T10:00:00.123Z" },
      { step: 7, value: "NaN", timestamp: expect.any(String) },
    ]);
    expect(Date.parse(items[1].timestamp)).toBeGreaterThanOrEqual(before - 1000);
    expect(items[2]).toEqual({ step: 2 ** 40, value: 0.125, timestamp: "1999-12-31T23:59:59.999Z" });
    const test = (await testApp.http().get(`${base}/metrics/eval%2Floss/history?split=test`).expect(200)).body.items;
    expect(test).toEqual([{ step: 7, value: -1e-300, timestamp: expect.any(String) }]);
  });

  it("delete softly and restore; a deleted run takes no writes", async () => {
    const { project, experiment, run, base } = await makeRun();
    const list = `/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`;
    await testApp.http().delete(base).expect(200);
    expect((await testApp.http().get(list).expect(200)).body.items).toEqual([]);
    expect((await testApp.http().get(`${list}?includeDeleted=true`).expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([run.id]);
    expectError(await testApp.http().post(`${base}/batch`).send({ metrics: [{ key: "loss", value: 1 }] }), 409, "RUN_DELETED");
    await testApp.http().post(`${base}/restore`).expect(201);
    expect((await testApp.http().get(list).expect(200)).body.items).toHaveLength(1);
  });

  it("list newest first with a cursor", async () => {
    const project = await makeProject(testApp);
    const experiment = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "e" }).expect(201)).body;
    const list = `/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`;
    for (const name of ["a", "b", "c"]) await testApp.http().post(list).send({ name }).expect(201);
    const first = (await testApp.http().get(`${list}?pageSize=2`).expect(200)).body;
    expect(first.items.map((item: { name: string }) => item.name)).toEqual(["c", "b"]);
    const second = (await testApp.http().get(`${list}?pageSize=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items.map((item: { name: string }) => item.name)).toEqual(["a"]);
    expect(second.nextCursor).toBeNull();
  });

  it("take their points and rollups along, in the background, when their experiment or project is deleted", async () => {
    const { project, experiment, base, run } = await makeRun();
    const other = await makeRun();
    // 100 steps make rollups (blocks of 64); the points added by SQL make the run cross a purge chunk.
    const metrics = Array.from({ length: 100 }, (_, step) => ({ key: "loss", value: 1 / (step + 1), step }));
    for (const target of [base, other.base]) await testApp.http().post(`${target}/batch`).send({ metrics }).expect(201);
    await testApp.prisma.$executeRaw`INSERT INTO metric_points (run_id, key, split, step, value, timestamp)
      SELECT ${run.id}::uuid, 'bulk', '', n, n, now() FROM generate_series(1, ${PURGE_CHUNK + 10}) AS n`;
    const points = (runId: string) => testApp.prisma.metricPoint.count({ where: { runId } });
    const rollups = (runId: string) => testApp.prisma.metricRollup.count({ where: { runId } });
    expect(await points(run.id)).toBe(PURGE_CHUNK + 110);
    expect(await rollups(run.id)).toBeGreaterThan(0);
    const store = testApp.app.get(MetricStore);

    await testApp.http().delete(`/api/v1/projects/${project.id}/experiments/${experiment.id}`).expect(204);
    await store.drainPurges();
    expect(await points(run.id)).toBe(0);
    expect(await rollups(run.id)).toBe(0);
    expect(await store.queuedPurges()).toBe(0);
    expect(await points(other.run.id)).toBe(100);
    expect(await rollups(other.run.id)).toBeGreaterThan(0);

    await testApp.http().delete(`/api/v1/projects/${other.project.id}`).expect(204);
    await store.drainPurges();
    expect(await points(other.run.id)).toBe(0);
    expect(await rollups(other.run.id)).toBe(0);
    expect(await store.queuedPurges()).toBe(0);
  });

  it("answer 404 for a run of another project", async () => {
    const { run } = await makeRun();
    const other = await makeProject(testApp);
    expectError(await testApp.http().get(`/api/v1/projects/${other.id}/runs/${run.id}`), 404, "RUN_NOT_FOUND");
  });
});

describe("run comparison", () => {
  it("line up params with differences marked and each series' latest value, in the order asked", async () => {
    const { project, experiment, run, base } = await makeRun({ name: "a" });
    const other = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`).send({ name: "b" }).expect(201)).body;
    await testApp.http().post(`${base}/batch`).send({ params: [{ key: "optimizer", value: "adam" }, { key: "learning_rate", value: 0.1 }, { key: "seed", value: 1 }], metrics: [{ key: "loss", value: 0.5 }] }).expect(201);
    await testApp.http().post(`/api/v1/projects/${project.id}/runs/${other.id}/batch`).send({ params: [{ key: "learning_rate", value: 0.01 }, { key: "seed", value: 1 }], metrics: [{ key: "loss", value: "NaN", split: "validation" }] }).expect(201);
    const url = `/api/v1/projects/${project.id}/runs/compare`;
    const { body } = await testApp.http().get(url).query({ runIds: `${other.id},${run.id}` }).expect(200);
    expect(body.runs.map((item: { name: string }) => item.name)).toEqual(["b", "a"]);
    expect(body.params).toEqual([
      { key: "learning_rate", values: [0.01, 0.1], differs: true },
      { key: "optimizer", values: [null, "adam"], differs: true },
      { key: "seed", values: [1, 1], differs: false },
    ]);
    expect(body.metrics).toEqual([
      { key: "loss", split: null, values: [null, 0.5] },
      { key: "loss", split: "validation", values: ["NaN", null] },
    ]);
    expectError(await testApp.http().get(url).query({ runIds: run.id }), 400, "VALIDATION_FAILED", "runIds");
    expectError(await testApp.http().get(url).query({ runIds: `${run.id},${run.id}` }), 400, "VALIDATION_FAILED", "runIds");
    const stranger = (await makeRun()).run;
    expectError(await testApp.http().get(url).query({ runIds: `${run.id},${stranger.id}` }), 404, "RUN_NOT_FOUND");
  });
});

describe("sampled metrics", () => {
  it("thin long series exactly as sampleSeries does, keeping spikes, and leave short ones whole", async () => {
    const { project, base, run } = await makeRun();
    const random = fc.sample(fc.array(fc.oneof({ weight: 20, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) }, fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)), { minLength: 3000, maxLength: 3000 }), { numRuns: 1, seed: 7 })[0]!;
    const points = random.map((value, index) => ({ step: index * 3 + (index % 7), value }));
    // In three batches, the last first and two at once, so that rollups are merged out of step order and concurrently;
    // the first with an idempotency key, so that it takes the COPY path and the others the one-statement path.
    const wire = points.map((point) => ({ key: "loss", step: point.step, value: Number.isFinite(point.value) ? point.value : String(point.value) }));
    await testApp.http().post(`${base}/batch`).set("Idempotency-Key", "last-third").send({ metrics: wire.slice(2000) }).expect(201);
    await Promise.all([wire.slice(0, 1000), wire.slice(1000, 2000)].map((metrics) => testApp.http().post(`${base}/batch`).send({ metrics }).expect(201)));
    await testApp.http().post(`${base}/batch`).send({ metrics: [{ key: "acc", value: 0.5, step: 1 }, { key: "acc", value: 0.7, step: 2 }] }).expect(201);

    const url = `/api/v1/projects/${project.id}/metrics/sampled`;
    for (const [maxPoints, fromStep, toStep] of [[40, undefined, undefined], [100, 500, 4000], [20, 700, 8000], [2, undefined, undefined]] as const) {
      const response = await testApp.http().get(url).query({ runIds: run.id, keys: "loss,acc", maxPoints, ...(fromStep !== undefined ? { fromStep, toStep } : {}) }).expect(200);
      const loss = response.body.series.find((series: { key: string }) => series.key === "loss");
      const expected = sampleSeries(points, { maxPoints, fromStep, toStep });
      expect(loss).toMatchObject({ runId: run.id, sampled: expected.sampled, total: expected.total });
      expect(loss.points).toEqual(expected.points.map((point) => ({ step: point.step, value: fromMetricNumber(point.value) })));
      const acc = response.body.series.find((series: { key: string }) => series.key === "acc");
      if (fromStep === undefined && maxPoints >= 2) expect(acc).toMatchObject({ sampled: false, total: 2, points: [{ step: 1, value: 0.5 }, { step: 2, value: 0.7 }] });
      else expect(acc).toBeUndefined();
    }
    const flat = Array.from({ length: 3000 }, (_, step) => ({ key: "spiky", step, value: step === 2345 ? 1e9 : 1 }));
    await testApp.http().post(`${base}/batch`).send({ metrics: flat }).expect(201);
    const spike = (await testApp.http().get(url).query({ runIds: run.id, keys: "spiky", maxPoints: 10 }).expect(200)).body.series[0];
    expect(spike.sampled).toBe(true);
    expect(spike.points.length).toBeLessThanOrEqual(10);
    expect(spike.points).toContainEqual({ step: 2345, value: 1e9 });

    // Steps far apart: even the coarsest blocks are too many for 10 points, so neighbours share a bucket.
    const wide = Array.from({ length: 400 }, (_, index) => ({ step: index * 1e8 + (index % 5), value: Math.sin(index) }));
    await testApp.http().post(`${base}/batch`).send({ metrics: wide.map((point) => ({ key: "wide", ...point })) }).expect(201);
    const wideSeries = (await testApp.http().get(url).query({ runIds: run.id, keys: "wide", maxPoints: 10 }).expect(200)).body.series[0];
    expect(wideSeries).toEqual({ runId: run.id, key: "wide", ...sampleSeries(wide, { maxPoints: 10 }) });
  });

  it("leave out runs of other projects and refuse bad lists", async () => {
    const { run } = await makeRun();
    const other = await makeProject(testApp);
    expect((await testApp.http().get(`/api/v1/projects/${other.id}/metrics/sampled`).query({ runIds: run.id, keys: "loss" }).expect(200)).body.series).toEqual([]);
    expectError(await testApp.http().get(`/api/v1/projects/${other.id}/metrics/sampled`).query({ runIds: "nope", keys: "loss" }), 400, "VALIDATION_FAILED", "runIds.0");
    expectError(await testApp.http().get(`/api/v1/projects/${other.id}/metrics/sampled`).query({ runIds: run.id, keys: "loss", maxPoints: 1 }), 400, "VALIDATION_FAILED", "maxPoints");
  });
});
