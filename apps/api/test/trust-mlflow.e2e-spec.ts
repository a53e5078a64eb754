// Issue 11: MLflow values come back exactly as logged, searches work as MLflow clients use them, and bad input is a 400.
import { makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const API = "/api/2.0/mlflow";
const T0 = 1_700_000_000_000;

async function newRun(name = `exact ${Math.random()}`) {
  const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name }).expect(200)).body;
  const runId = (await testApp.http().post(`${API}/runs/create`).send({ experiment_id, start_time: T0 }).expect(200)).body.run.info.run_id as string;
  return { experimentId: experiment_id as string, runId };
}

function expect400(response: { status: number; body: unknown }, message?: RegExp) {
  expect(response.status).toBe(400);
  expect(response.body).toEqual({ error_code: "INVALID_PARAMETER_VALUE", message: message ? expect.stringMatching(message) : expect.any(String) });
}

describe("params come back as the text the client sent", () => {
  const sent = { a: "1.0", b: "0.10", c: "007", d: "True", e: " 1 ", f: "12345678901234567890", g: "1e-3" };

  it("reads, searches and the write-once rule use the text", async () => {
    const { experimentId, runId } = await newRun();
    await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: runId, params: Object.entries(sent).map(([key, value]) => ({ key, value })) }).expect(200);
    const run = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(Object.fromEntries(run.data.params.map((param: { key: string; value: string }) => [param.key, param.value]))).toEqual(sent);
    const found = (await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], filter: "params.a = '1.0' and params.d = 'True'" }).expect(200)).body;
    expect(found.runs.map((item: { info: { run_id: string } }) => item.info.run_id)).toEqual([runId]);
    // The same text again is fine; other text for the same number is another value, as in MLflow.
    await testApp.http().post(`${API}/runs/log-parameter`).send({ run_id: runId, key: "a", value: "1.0" }).expect(200);
    expect400(await testApp.http().post(`${API}/runs/log-parameter`).send({ run_id: runId, key: "a", value: "1" }), /Changing param values is not allowed/);
    // The dashboard's view keeps the text beside the typed value.
    const { projectId } = await testApp.prisma.experiment.findUniqueOrThrow({ where: { id: experimentId } });
    const native = (await testApp.http().get(`/api/v1/projects/${projectId}/runs/${runId}`).expect(200)).body;
    expect(native.params.find((param: { key: string }) => param.key === "a")).toEqual({ key: "a", value: 1, text: "1.0", type: "number" });
  });

  it("a value over 6,000 characters is cut there, as MLflow does, and the run stays readable", async () => {
    const { runId } = await newRun();
    await testApp.http().post(`${API}/runs/log-parameter`).send({ run_id: runId, key: "long", value: "x".repeat(7000) }).expect(200);
    const run = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(run.data.params).toEqual([{ key: "long", value: "x".repeat(6000) }]);
    expect400(await testApp.http().post(`${API}/runs/set-tag`).send({ run_id: runId, key: "t", value: "y".repeat(8001) }), /exceeded length limit of 8000/);
    expect400(await testApp.http().post(`${API}/runs/set-tag`).send({ run_id: runId, key: "t", value: { toString: 1 } }));
  });

  it("keeps the mlflow.runName tag in step with the run's name", async () => {
    const { runId } = await newRun();
    let run = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(run.data.tags).toEqual(expect.arrayContaining([{ key: "mlflow.runName", value: run.info.run_name }]));
    await testApp.http().post(`${API}/runs/update`).send({ run_id: runId, run_name: "renamed" }).expect(200);
    run = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(run.info.run_name).toBe("renamed");
    expect(run.data.tags.filter((tag: { key: string }) => tag.key === "mlflow.runName")).toEqual([{ key: "mlflow.runName", value: "renamed" }]);
  });
});

describe("experiments/search", () => {
  it("matches LIKE without backtracking: the pattern that froze the server for 8.4 s", async () => {
    await testApp.http().post(`${API}/experiments/create`).send({ name: "a".repeat(190) }).expect(200);
    const response = await testApp.http().post(`${API}/experiments/search`).send({ filter: "name LIKE '%a%a%a%a%a%a%a%a%b'", max_results: 10 }).expect(200);
    expect(response.body).toEqual({});
    const found = (await testApp.http().post(`${API}/experiments/search`).send({ filter: "name LIKE '%a%a%a%a%a%a%a%a%'", max_results: 10 }).expect(200)).body;
    expect(found.experiments.map((item: { name: string }) => item.name)).toContain("a".repeat(190));
  });

  it.each([["name ="], ["name = 'x' AND"], ["name LIKE 1"], ["nope = 'x'"], ["(name = 'x'"], ["name = 'unterminated"], ["params.x = '1'"]])(
    "answers a malformed filter %j with INVALID_PARAMETER_VALUE",
    async (filter) => {
      expect400(await testApp.http().post(`${API}/experiments/search`).send({ filter }), /Invalid filter/);
    },
  );

  it("refuses NUL characters in a filter before it is read", async () => {
    expect400(await testApp.http().post(`${API}/experiments/search`).send({ filter: "name = 'a\u0000'" }), /NUL characters/);
  });

  it("filters on creation_time and last_update_time", async () => {
    const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: "timed" }).expect(200)).body;
    const all = (await testApp.http().post(`${API}/experiments/search`).send({ filter: "creation_time > 0 and last_update_time > 0", max_results: 1000 }).expect(200)).body.experiments;
    expect(all.map((item: { experiment_id: string }) => item.experiment_id)).toContain(experiment_id);
    expect((await testApp.http().post(`${API}/experiments/search`).send({ filter: "creation_time < 0" }).expect(200)).body).toEqual({});
  });

  it("refuses a 900 KB experiment name and one over Lifecycle's 200 characters", async () => {
    expect400(await testApp.http().post(`${API}/experiments/create`).send({ name: "n".repeat(900_000) }), /maximum length/);
    expect400(await testApp.http().post(`${API}/experiments/create`).send({ name: "n".repeat(201) }), /maximum length of 200/);
    const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: "n".repeat(200) }).expect(200)).body;
    expect400(await testApp.http().post(`${API}/experiments/update`).send({ experiment_id, new_name: "m".repeat(201) }), /maximum length of 200/);
  });
});

describe("runs/search as MLflow clients use it", () => {
  it("searches every experiment the caller can read, across projects, and an unknown one finds nothing", async () => {
    const first = await makeProject(testApp);
    const second = await makeProject(testApp);
    const ids: string[] = [];
    for (const project of [first, second]) {
      const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: `${project.slug}/sweep` }).expect(200)).body;
      await testApp.http().post(`${API}/runs/create`).send({ experiment_id, start_time: T0 }).expect(200);
      ids.push(experiment_id);
    }
    const found = (await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: ids }).expect(200)).body.runs;
    expect(new Set(found.map((run: { info: { experiment_id: string } }) => run.info.experiment_id))).toEqual(new Set(ids));
    expect((await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: ["00000000-0000-4000-8000-000000000000"] }).expect(200)).body).toEqual({});
    // An outsider searching the same ids finds nothing, as for an unknown experiment.
    const outsider = await testApp.createUser();
    expect((await outsider.http().post(`${API}/runs/search`).send({ experiment_ids: ids }).expect(200)).body).toEqual({});
  });

  it("refuses ids that are not ids, page tokens out of range and filters deeper than the limit", async () => {
    const { experimentId } = await newRun();
    expect400(await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [{ toString: 1 }] }), /experiment_ids\[0\]/);
    expect400(await testApp.http().get(`${API}/experiments/get`).query({ experiment_id: "abc" }), /not an experiment id/);
    const token = Buffer.from(JSON.stringify({ offset: 1e300 })).toString("base64url");
    expect400(await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], page_token: token }), /page token/);
    expect400(await testApp.http().post(`${API}/experiments/search`).send({ page_token: token }), /page token/);
    expect400(await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], filter: `${"(".repeat(5000)}metrics.a > 1${")".repeat(5000)}` }));
    expect400(await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], filter: `params.k IN (${Array.from({ length: 8000 }, (_, index) => `'${index}'`).join(",")})` }));
    expect400(await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], filter: "params.k = '\uD800'" }));
  });

  it("refuses a history cursor whose step is beyond 64 bits", async () => {
    const { runId } = await newRun();
    const token = Buffer.from(JSON.stringify({ step: "99999999999999999999", id: "1" })).toString("base64url");
    expect400(await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: runId, metric_key: "loss", page_token: token }), /page token/);
  });
});

describe("runs/search with MLflow's vocabulary", () => {
  async function sweep() {
    const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: `vocabulary ${Math.random()}` }).expect(200)).body;
    const make = async (name: string, tags: Array<{ key: string; value: string }>, metric?: number) => {
      const run = (await testApp.http().post(`${API}/runs/create`).send({ experiment_id, run_name: name, start_time: T0, tags }).expect(200)).body.run.info;
      if (metric !== undefined) await testApp.http().post(`${API}/runs/log-metric`).send({ run_id: run.run_id, key: "acc", value: metric, timestamp: T0, step: 0 }).expect(200);
      return run.run_id as string;
    };
    const a = await make("alpha", [{ key: "mlflow.user", value: "ana" }], 0.9);
    const b = await make("beta", [{ key: "mlflow.user", value: "bo" }]);
    const c = await make("gamma", [{ key: "mlflow.user", value: "ana" }], 0.7);
    await testApp.http().post(`${API}/runs/log-inputs`).send({ run_id: b, datasets: [{ dataset: { name: "reviews", digest: "d1g3st", source_type: "local", source: "/data" } }] }).expect(200);
    return { experimentId: experiment_id as string, a, b, c };
  }
  const ids = (body: { runs?: Array<{ info: { run_id: string } }> }) => (body.runs ?? []).map((run) => run.info.run_id);
  const search = async (experimentId: string, extra: object) => (await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experimentId], ...extra }).expect(200)).body;

  it("filters on attributes.run_name, run_name, user_id, artifact_uri, attributes.created and datasets", async () => {
    const { experimentId, a, b, c } = await sweep();
    expect(ids(await search(experimentId, { filter: "attributes.run_name = 'alpha'" }))).toEqual([a]);
    expect(ids(await search(experimentId, { filter: "run_name LIKE '%a' and user_id = 'ana'", order_by: ["attributes.run_name ASC"] }))).toEqual([a, c]);
    expect(ids(await search(experimentId, { filter: `attributes.artifact_uri = 'mlflow-artifacts:/${experimentId}/${b}/artifacts'` }))).toEqual([b]);
    expect(ids(await search(experimentId, { filter: `attributes.created >= ${T0}`, order_by: ["run_name DESC"] }))).toEqual([c, b, a]);
    expect(ids(await search(experimentId, { filter: "datasets.name = 'reviews' and datasets.digest = 'd1g3st'" }))).toEqual([b]);
    expect(ids(await search(experimentId, { filter: 'tags."mlflow.user" = "bo"' }))).toEqual([b]);
  });

  it("orders by a second key the runs that lack the first", async () => {
    const { experimentId, a, b, c } = await sweep();
    expect(ids(await search(experimentId, { order_by: ["metrics.acc DESC", "attributes.run_name DESC"] }))).toEqual([a, c, b]);
    expect(ids(await search(experimentId, { order_by: ["params.missing ASC", "attributes.run_name ASC"] }))).toEqual([a, b, c]);
  });

  it("takes keys in any script", async () => {
    const { runId, experimentId } = await newRun();
    await testApp.http().post(`${API}/runs/log-parameter`).send({ run_id: runId, key: "学习率", value: "0.1" }).expect(200);
    expect(ids(await search(experimentId, { filter: "params.学习率 = '0.1'" }))).toEqual([runId]);
  });

  it("answers get-history of an unknown run with no metrics, as MLflow 2.17 does", async () => {
    expect((await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: "00000000-0000-4000-8000-000000000000", metric_key: "loss" }).expect(200)).body).toEqual({});
  });
});

describe("native batches", () => {
  it("refuse an Idempotency-Key reused with another batch (it silently dropped the new data)", async () => {
    const project = await makeProject(testApp);
    const base = `/api/v1/projects/${project.id}`;
    const experiment = (await testApp.http().post(`${base}/experiments`).send({ name: "keys" }).expect(201)).body;
    const run = (await testApp.http().post(`${base}/experiments/${experiment.id}/runs`).send({}).expect(201)).body;
    const first = { metrics: [{ key: "loss", value: 1, step: 0 }] };
    await testApp.http().post(`${base}/runs/${run.id}/batch`).set("Idempotency-Key", "k-1").send(first).expect(201);
    await testApp.http().post(`${base}/runs/${run.id}/batch`).set("Idempotency-Key", "k-1").send(first).expect(201);
    const reused = await testApp.http().post(`${base}/runs/${run.id}/batch`).set("Idempotency-Key", "k-1").send({ metrics: [{ key: "loss", value: 2, step: 1 }] });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect((await testApp.http().get(`${base}/runs/${run.id}`).expect(200)).body.metrics[0]).toMatchObject({ key: "loss", count: 1 });
  });
});
