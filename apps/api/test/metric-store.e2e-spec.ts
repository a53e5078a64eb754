// Issue 16: runs/search builds its page in one statement; what it answers is what runs/get answers, field for
// field, for runs with every kind of value a client can log.
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const API = "/api/2.0/mlflow";
const T0 = 1_700_000_000_000;

interface MlflowRun {
  info: { run_id: string };
  data: { metrics?: Array<{ key: string }>; params?: Array<{ key: string }>; tags?: Array<{ key: string }> };
}

/** A run's JSON with its lists in key order (MLflow gives no order for them). */
function normalised(run: MlflowRun) {
  const byKey = (items: Array<{ key: string }> = []) => [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { ...run, data: { metrics: byKey(run.data.metrics), params: byKey(run.data.params), tags: byKey(run.data.tags) } };
}

describe("runs/search answers what runs/get answers", () => {
  it("for runs with odd numbers, split series, long and unicode text, data sets, an end or none, deleted or not", async () => {
    const { experiment_id: experimentId } = (await testApp.http().post(`${API}/experiments/create`).send({ name: `shape ${Math.random()}` }).expect(200)).body;
    const create = async (name: string) =>
      (await testApp.http().post(`${API}/runs/create`).send({ experiment_id: experimentId, run_name: name, start_time: T0, tags: [{ key: "mlflow.user", value: "ada \"the\" lovelace" }] }).expect(200)).body.run.info.run_id as string;
    const full = await create("full \u00e9\u6f22 \"quoted\"\nline");
    await testApp.http().post(`${API}/runs/log-batch`).send({
      run_id: full,
      metrics: [
        { key: "nan", value: "NaN", timestamp: T0 + 1, step: 3 },
        { key: "inf", value: "Infinity", timestamp: T0 + 2, step: 0 },
        { key: "ninf", value: "-Infinity", timestamp: T0 + 3, step: 0 },
        { key: "tiny", value: 1e-300, timestamp: T0 + 4, step: 7 },
        { key: "third", value: 0.1 + 0.2, timestamp: T0 + 5, step: 1 },
        { key: "negative", value: -123456.789, timestamp: T0 + 6, step: 2 },
        { key: "big", value: 1.7976931348623157e308, timestamp: T0 + 7, step: 9_007_199_254_740_991 },
      ],
      params: [{ key: "text", value: "x".repeat(6000) }, { key: "num", value: "007" }, { key: "emoji", value: "\ud83d\ude80 ok" }],
      tags: [{ key: "odd tag/é", value: "a\\b\t\u0001" }, { key: "mlflow.source.name", value: "train.py" }],
    }).expect((response) => expect(response.body).toEqual({}));
    // A split series (the tracker's) is not an MLflow metric and shows in neither.
    const { projectId } = await testApp.prisma.experiment.findUniqueOrThrow({ where: { id: experimentId } });
    await testApp.http().post(`/api/v1/projects/${projectId}/runs/${full}/metrics`).send({ key: "loss", split: "validation", step: 0, value: 0.5 }).expect(201);
    const dataset = { name: "iris", digest: "a1b2c3d4", source_type: "local", source: '{"uri": "/data/iris.csv"}', schema: '{"mlflow_colspec": []}', profile: '{"num_rows": 150}' };
    await testApp.http().post(`${API}/runs/log-inputs`).send({ run_id: full, datasets: [{ tags: [{ key: "mlflow.data.context", value: "training" }], dataset }, { dataset: { name: "bare", digest: "d", source_type: "s", source: "x" } }] }).expect(200);
    await testApp.http().post(`${API}/runs/update`).send({ run_id: full, status: "FINISHED", end_time: T0 + 60_000 }).expect(200);

    const bare = await create("bare");
    const deleted = await create("deleted");
    await testApp.http().post(`${API}/runs/delete`).send({ run_id: deleted }).expect(200);

    const found = (await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], run_view_type: "ALL", order_by: ["attributes.run_name ASC"] }).expect(200)).body.runs as MlflowRun[];
    expect(found.map((run) => run.info.run_id)).toEqual([bare, deleted, full]);
    for (const run of found) {
      const got = (await testApp.http().get(`${API}/runs/get`).query({ run_id: run.info.run_id }).expect(200)).body.run as MlflowRun;
      expect(normalised(run)).toEqual(normalised(got));
    }
    const [, , fullRun] = found;
    expect(Object.fromEntries(fullRun!.data.metrics!.map((metric) => [metric.key, (metric as unknown as { value: unknown }).value]))).toEqual({
      nan: "NaN",
      inf: "Infinity",
      ninf: "-Infinity",
      tiny: 1e-300,
      third: 0.1 + 0.2,
      negative: -123456.789,
      big: 1.7976931348623157e308,
    });
    expect(fullRun!.data.metrics!.find((metric) => metric.key === "big")).toEqual({ key: "big", value: 1.7976931348623157e308, timestamp: T0 + 7, step: 9_007_199_254_740_991 });
    expect((found[1] as unknown as { info: { lifecycle_stage: string } }).info.lifecycle_stage).toBe("deleted");
  });

  it("pages keep their order and their token across the statement", async () => {
    const { experiment_id: experimentId } = (await testApp.http().post(`${API}/experiments/create`).send({ name: `pages ${Math.random()}` }).expect(200)).body;
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      const runId = (await testApp.http().post(`${API}/runs/create`).send({ experiment_id: experimentId, start_time: T0 + index }).expect(200)).body.run.info.run_id as string;
      await testApp.http().post(`${API}/runs/log-metric`).send({ run_id: runId, key: "score", value: index % 3, timestamp: T0, step: 0 }).expect(200);
      ids.push(runId);
    }
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = (await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], order_by: ["metrics.score DESC", "attributes.start_time ASC"], max_results: 3, ...(token ? { page_token: token } : {}) }).expect(200)).body;
      seen.push(...page.runs.map((run: MlflowRun) => run.info.run_id));
      token = page.next_page_token;
    } while (token);
    // Scores 0,1,2,0,1,2,0 by start: 2s first (runs 2, 5), then 1s (1, 4), then 0s (0, 3, 6).
    expect(seen).toEqual([2, 5, 1, 4, 0, 3, 6].map((index) => ids[index]));
  });
});

describe("series counts", () => {
  it("count a series' points in 64 bits: a count past 2^31 is kept, grows with a batch and reads back exactly", async () => {
    const project = (await testApp.http().post("/api/v1/projects").send({ name: `counts ${Math.random()}` }).expect(201)).body;
    const experiment = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "big" }).expect(201)).body;
    const run = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`).send({ name: "long" }).expect(201)).body;
    const base = `/api/v1/projects/${project.id}/runs/${run.id}`;
    await testApp.http().post(`${base}/batch`).send({ metrics: [{ key: "loss", value: 1, step: 0 }] }).expect(201);
    await testApp.prisma.$executeRaw`UPDATE metric_summaries SET count = 3000000000 WHERE run_id = ${run.id}::uuid`;
    await testApp.http().post(`${base}/batch`).send({ metrics: [{ key: "loss", value: 0.5, step: 1 }, { key: "loss", value: 0.25, step: 2 }] }).expect(201);
    const got = (await testApp.http().get(base).expect(200)).body;
    expect(got.metrics).toEqual([expect.objectContaining({ key: "loss", count: 3_000_000_002, latest: 0.25 })]);
  });
});
