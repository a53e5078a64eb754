import { makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const API = "/api/2.0/mlflow";

function expectMlflowError(response: { status: number; body: unknown }, status: number, errorCode: string, message?: RegExp) {
  expect(response.status).toBe(status);
  expect(response.body).toEqual({ error_code: errorCode, message: expect.any(String) });
  if (message) expect((response.body as { message: string }).message).toMatch(message);
}

describe("MLflow tracking API", () => {
  it("takes the Python client's set_experiment, start_run, log_params, log_metric, set_tags and end_run unchanged", async () => {
    const user = await testApp.createUser({ name: "Py Client" });
    const http = user.http;
    // set_experiment: get-by-name, then create when it does not exist.
    expectMlflowError(await http().get(`${API}/experiments/get-by-name`).query({ experiment_name: "churn" }), 404, "RESOURCE_DOES_NOT_EXIST");
    const { experiment_id } = (await http().post(`${API}/experiments/create`).send({ name: "churn", artifact_location: "", tags: [] }).expect(200)).body;
    const experiment = (await http().get(`${API}/experiments/get-by-name`).query({ experiment_name: "churn" }).expect(200)).body.experiment;
    expect(experiment).toMatchObject({ experiment_id, name: "churn", lifecycle_stage: "active" });
    expectMlflowError(await http().post(`${API}/experiments/create`).send({ name: "churn" }), 400, "RESOURCE_ALREADY_EXISTS");

    // start_run
    const started = (await http().post(`${API}/runs/create`).send({ experiment_id, start_time: 1_700_000_000_000, tags: [{ key: "mlflow.runName", value: "gbm-1" }, { key: "mlflow.user", value: "py" }], unknown_field: 1 }).expect(200)).body.run;
    expect(started.info).toMatchObject({ experiment_id, run_name: "gbm-1", user_id: "py", status: "RUNNING", start_time: 1_700_000_000_000, lifecycle_stage: "active" });
    const runId = started.info.run_id as string;
    // log_params and set_tags go through log-batch; log_metric sends run_id and run_uuid; numbers may come as text.
    await http().post(`${API}/runs/log-batch`).send({ run_id: runId, params: [{ key: "learning_rate", value: "0.01" }, { key: "booster", value: "gbtree" }], metrics: [], tags: [] }).expect(200, {});
    await http().post(`${API}/runs/log-batch`).send({ run_id: runId, params: [{ key: "learning_rate", value: "0.01" }] }).expect(200);
    for (const step of [0, 1, 2]) await http().post(`${API}/runs/log-metric`).send({ run_id: runId, run_uuid: runId, key: "rmse", value: `${1 / (step + 1)}`, timestamp: 1_700_000_000_000 + step, step }).expect(200, {});
    await http().post(`${API}/runs/set-tag`).send({ run_uuid: runId, key: "team", value: "growth" }).expect(200);
    // end_run: read the run, then update it.
    const read = (await http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(read.data.params).toEqual(expect.arrayContaining([{ key: "learning_rate", value: "0.01" }, { key: "booster", value: "gbtree" }]));
    expect(read.data.metrics).toEqual([{ key: "rmse", value: 1 / 3, timestamp: 1_700_000_000_002, step: 2 }]);
    expect(read.data.tags).toEqual(expect.arrayContaining([{ key: "team", value: "growth" }, { key: "mlflow.user", value: "py" }]));
    const ended = (await http().post(`${API}/runs/update`).send({ run_id: runId, run_uuid: runId, status: "FINISHED", end_time: 1_700_000_100_000 }).expect(200)).body.run_info;
    expect(ended).toMatchObject({ status: "FINISHED", end_time: 1_700_000_100_000 });

    // The run is a Lifecycle run: typed params, in the caller's imports project.
    const lifecycleRun = await testApp.prisma.run.findUnique({ where: { id: runId }, select: { params: true, experiment: { select: { project: { select: { slug: true } } } } } });
    expect(lifecycleRun?.params.find((param) => param.key === "learning_rate")).toMatchObject({ type: "number", numberValue: 0.01 });
    expect(lifecycleRun?.experiment.project.slug).toMatch(/^mlflow-imports-/);

    // The /ajax-api mirror answers the same.
    expect((await http().get(`/ajax-api/2.0/mlflow/runs/get`).query({ run_id: runId }).expect(200)).body.run.info.run_id).toBe(runId);
  });

  it("places '<project-slug>/<name>' experiments in that project, and runs of the Default experiment '0' in the imports project", async () => {
    const project = await makeProject(testApp);
    const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: `${project.slug}/baseline` }).expect(200)).body;
    expect((await testApp.http().get(`/api/v1/projects/${project.id}/experiments/${experiment_id}`).expect(200)).body.name).toBe("baseline");
    expect((await testApp.http().get(`${API}/experiments/get`).query({ experiment_id }).expect(200)).body.experiment.name).toBe(`${project.slug}/baseline`);
    const run = (await testApp.http().post(`${API}/runs/create`).send({}).expect(200)).body.run;
    expect((await testApp.http().get(`${API}/experiments/get`).query({ experiment_id: run.info.experiment_id }).expect(200)).body.experiment.name).toBe("Default");
    // Another user cannot see the project's experiment.
    const outsider = await testApp.createUser();
    expectMlflowError(await outsider.http().get(`${API}/experiments/get`).query({ experiment_id }), 404, "RESOURCE_DOES_NOT_EXIST");
    expectMlflowError(await outsider.http().get(`${API}/runs/get`).query({ run_id: run.info.run_id }), 404, "RESOURCE_DOES_NOT_EXIST");
  });

  it("answers MLflow's errors: limits, duplicate and changed params, bad keys, unknown runs and endpoints, no credentials", async () => {
    const run = (await testApp.http().post(`${API}/runs/create`).send({}).expect(200)).body.run;
    const runId = run.info.run_id;
    const metrics = Array.from({ length: 1001 }, (_, step) => ({ key: "m", value: 1, timestamp: 0, step }));
    expectMlflowError(
      await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: runId, metrics }),
      400,
      "INVALID_PARAMETER_VALUE",
      /^A batch logging request can contain at most 1000 metrics\. Got 1001 metrics\. Please split up metrics across multiple requests and try again\.$/,
    );
    expectMlflowError(await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: runId, params: Array.from({ length: 101 }, (_, index) => ({ key: `p${index}`, value: "1" })) }), 400, "INVALID_PARAMETER_VALUE", /at most 100 params/);
    expectMlflowError(await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: runId, params: [{ key: "a", value: "1" }, { key: "a", value: "1" }] }), 400, "INVALID_PARAMETER_VALUE", /Duplicate parameter keys/);
    // Over 1,000,000 bytes: MLflow's message, whatever the entity count.
    const big = JSON.stringify({ run_id: runId, tags: [{ key: "notes", value: "x".repeat(1_000_000) }] });
    expectMlflowError(
      await testApp.http().post(`${API}/runs/log-batch`).set("Content-Type", "application/json").send(big),
      400,
      "INVALID_PARAMETER_VALUE",
      new RegExp(`^Batched logging API requests must be at most 1000000 bytes, got a request of size ${big.length}\\.$`),
    );
    await testApp.http().post(`${API}/runs/log-parameter`).send({ run_id: runId, key: "lr", value: "0.1" }).expect(200);
    expectMlflowError(await testApp.http().post(`${API}/runs/log-parameter`).send({ run_id: runId, key: "lr", value: "0.2" }), 400, "INVALID_PARAMETER_VALUE", /Changing param values is not allowed/);
    expectMlflowError(await testApp.http().post(`${API}/runs/log-metric`).send({ run_id: runId, key: "../x", value: 1, timestamp: 0 }), 400, "INVALID_PARAMETER_VALUE");
    expectMlflowError(await testApp.http().post(`${API}/runs/log-metric`).send({ run_id: runId, key: "x", value: "lots", timestamp: 0 }), 400, "INVALID_PARAMETER_VALUE");
    expectMlflowError(await testApp.http().get(`${API}/runs/get`).query({ run_id: "00000000-0000-4000-8000-000000000000" }), 404, "RESOURCE_DOES_NOT_EXIST");
    expectMlflowError(await testApp.http().get(`${API}/runs/get`), 400, "INVALID_PARAMETER_VALUE", /run_id/);
    expectMlflowError(await testApp.http().get(`${API}/logged-models/search`), 404, "ENDPOINT_NOT_FOUND");
    expectMlflowError(await testApp.http().delete(`${API}/runs/create`), 404, "ENDPOINT_NOT_FOUND");
    expectMlflowError(await testApp.anonymous().get(`${API}/runs/get`).query({ run_id: runId }), 401, "UNAUTHENTICATED");
    // MLflow clients send the token as HTTP Basic's password.
    expect((await testApp.anonymous().get(`${API}/runs/get`).query({ run_id: runId }).auth("mlflow-user", testApp.admin.token).expect(200)).body.run.info.run_id).toBe(runId);
  });

  it("searches runs with MLflow's filter, order_by, max_results and page_token, and pages a metric's history", async () => {
    const { experiment_id } = (await testApp.http().post(`${API}/experiments/create`).send({ name: `search-${Date.now()}` }).expect(200)).body;
    const ids: string[] = [];
    for (const [index, lr] of ["0.01", "0.1", "0.01"].entries()) {
      const run = (await testApp.http().post(`${API}/runs/create`).send({ experiment_id, run_name: `r${index}` }).expect(200)).body.run;
      ids.push(run.info.run_id);
      await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: run.info.run_id, params: [{ key: "lr", value: lr }], metrics: [{ key: "loss", value: index / 10, timestamp: 0, step: 0 }] }).expect(200);
    }
    await testApp.http().post(`${API}/runs/update`).send({ run_id: ids[2], status: "FINISHED" }).expect(200);
    const search = (body: object) => testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experiment_id], ...body }).expect(200);
    const names = (response: { body: { runs?: Array<{ info: { run_name: string } }> } }) => (response.body.runs ?? []).map((run) => run.info.run_name);
    expect(names(await search({ filter: "metrics.loss < 0.15 and params.lr = '0.01'" }))).toEqual(["r0"]);
    expect(names(await search({ filter: "attributes.status = 'FINISHED'" }))).toEqual(["r2"]);
    expect(names(await search({ filter: `attributes.run_id IN ('${ids[0]}', '${ids[1]}')`, order_by: ["metrics.loss DESC"] }))).toEqual(["r1", "r0"]);
    const first = await search({ order_by: ["metrics.loss ASC"], max_results: 2 });
    expect(names(first)).toEqual(["r0", "r1"]);
    expect(names(await search({ order_by: ["metrics.loss ASC"], max_results: 2, page_token: first.body.next_page_token }))).toEqual(["r2"]);
    expect((await search({ filter: "params.lr = 'nope'" })).body).toEqual({});
    expectMlflowError(await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experiment_id], filter: "metrics.loss <" }), 400, "INVALID_PARAMETER_VALUE");
    expectMlflowError(await testApp.http().post(`${API}/runs/search`).send({ experiment_ids: [experiment_id], max_results: 50_001 }), 400, "INVALID_PARAMETER_VALUE");

    // Deleted runs leave the default view and come back with restore.
    await testApp.http().post(`${API}/runs/delete`).send({ run_id: ids[1] }).expect(200, {});
    expect(names(await search({}))).toEqual(["r2", "r0"]);
    expect(names(await search({ run_view_type: "DELETED_ONLY" }))).toEqual(["r1"]);
    await testApp.http().post(`${API}/runs/restore`).send({ run_id: ids[1] }).expect(200);
    expect(names(await search({ run_view_type: "ALL" }))).toHaveLength(3);

    // History: 30 points read 25 at a time as the client would follow next_page_token.
    await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: ids[0], metrics: Array.from({ length: 30 }, (_, step) => ({ key: "acc", value: step / 30, timestamp: 1000 + step, step })) }).expect(200);
    const page = (await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: ids[0], metric_key: "acc", max_results: 25 }).expect(200)).body;
    expect(page.metrics).toHaveLength(25);
    expect(page.metrics[0]).toEqual({ key: "acc", value: 0, timestamp: 1000, step: 0 });
    const rest = (await testApp.http().get(`${API}/metrics/get-history`).query({ run_uuid: ids[0], metric_key: "acc", max_results: 25, page_token: page.next_page_token }).expect(200)).body;
    expect(rest.metrics.map((point: { step: number }) => point.step)).toEqual([25, 26, 27, 28, 29]);
    expect(rest.next_page_token).toBeUndefined();
    expect((await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: ids[0], metric_key: "none" }).expect(200)).body).toEqual({});

    await testApp.http().post(`${API}/runs/set-tag`).send({ run_id: ids[0], key: "t", value: "v" }).expect(200);
    await testApp.http().post(`${API}/runs/delete-tag`).send({ run_id: ids[0], key: "t" }).expect(200, {});
    expectMlflowError(await testApp.http().post(`${API}/runs/delete-tag`).send({ run_id: ids[0], key: "t" }), 404, "RESOURCE_DOES_NOT_EXIST");
  });

  it("searches, renames and tags experiments", async () => {
    const user = await testApp.createUser({ name: "Experimenter" });
    const http = user.http;
    const make = async (name: string) => (await http().post(`${API}/experiments/create`).send({ name }).expect(200)).body.experiment_id as string;
    const churn = await make("churn-model");
    const fraud = await make("fraud-model");
    await http().post(`${API}/experiments/set-experiment-tag`).send({ experiment_id: churn, key: "team", value: "growth" }).expect(200, {});
    const names = (response: { body: { experiments?: Array<{ name: string }> } }) => (response.body.experiments ?? []).map((experiment) => experiment.name);
    expect(names(await http().post(`${API}/experiments/search`).send({ filter: "name LIKE '%model'", order_by: ["name ASC"] }).expect(200))).toEqual(["churn-model", "fraud-model"]);
    expect(names(await http().post(`${API}/experiments/search`).send({ filter: "tags.team = 'growth'" }).expect(200))).toEqual(["churn-model"]);
    const first = await http().post(`${API}/experiments/search`).send({ max_results: 1, order_by: ["name DESC"] }).expect(200);
    expect(names(first)).toEqual(["fraud-model"]);
    expect(names(await http().get(`${API}/experiments/search`).query({ max_results: 1, order_by: "name DESC", page_token: first.body.next_page_token }).expect(200))).toEqual(["churn-model"]);
    expect((await http().post(`${API}/experiments/search`).send({ view_type: "DELETED_ONLY" }).expect(200)).body).toEqual({});
    expectMlflowError(await http().post(`${API}/experiments/search`).send({ order_by: ["colour ASC"] }), 400, "INVALID_PARAMETER_VALUE");

    await http().post(`${API}/experiments/update`).send({ experiment_id: fraud, new_name: "fraud-model-v2" }).expect(200);
    expect((await http().get(`${API}/experiments/get`).query({ experiment_id: fraud }).expect(200)).body.experiment.name).toBe("fraud-model-v2");
    await http().post(`${API}/experiments/delete-experiment-tag`).send({ experiment_id: churn, key: "team" }).expect(200);
    expect((await http().get(`${API}/experiments/get`).query({ experiment_id: churn }).expect(200)).body.experiment.tags).toEqual([]);
    expectMlflowError(await http().post(`${API}/experiments/delete-experiment-tag`).send({ experiment_id: churn, key: "team" }), 404, "RESOURCE_DOES_NOT_EXIST");
    // Another user's search does not see them.
    const other = await testApp.createUser();
    expect(names(await other.http().post(`${API}/experiments/search`).send({ filter: "name LIKE '%model%'" }).expect(200))).toEqual([]);
  });

  it("deletes an experiment with its runs and restores exactly those, as MLflow does", async () => {
    const http = (await testApp.createUser()).http;
    const { experiment_id } = (await http().post(`${API}/experiments/create`).send({ name: "to-delete" }).expect(200)).body;
    const create = async () => (await http().post(`${API}/runs/create`).send({ experiment_id }).expect(200)).body.run.info.run_id as string;
    const kept = await create();
    const deletedBefore = await create();
    await http().post(`${API}/runs/delete`).send({ run_id: deletedBefore }).expect(200);
    await http().post(`${API}/experiments/delete`).send({ experiment_id }).expect(200, {});

    expect((await http().get(`${API}/experiments/get`).query({ experiment_id }).expect(200)).body.experiment.lifecycle_stage).toBe("deleted");
    expect((await http().get(`${API}/experiments/get-by-name`).query({ experiment_name: "to-delete" }).expect(200)).body.experiment.lifecycle_stage).toBe("deleted");
    expect((await http().get(`${API}/runs/get`).query({ run_id: kept }).expect(200)).body.run.info.lifecycle_stage).toBe("deleted");
    expectMlflowError(await http().post(`${API}/runs/create`).send({ experiment_id }), 400, "INVALID_PARAMETER_VALUE", /must be in the 'active' state/);
    expectMlflowError(await http().post(`${API}/experiments/create`).send({ name: "to-delete" }), 400, "RESOURCE_ALREADY_EXISTS", /already exists in deleted state/);
    const names = async (view_type?: string) => ((await http().post(`${API}/experiments/search`).send(view_type ? { view_type } : {}).expect(200)).body.experiments ?? []).map((item: { name: string }) => item.name);
    expect(await names()).not.toContain("to-delete");
    expect(await names("DELETED_ONLY")).toEqual(["to-delete"]);
    expect(await names("ALL")).toContain("to-delete");

    await http().post(`${API}/experiments/restore`).send({ experiment_id }).expect(200, {});
    expectMlflowError(await http().post(`${API}/experiments/restore`).send({ experiment_id }), 400, "INVALID_PARAMETER_VALUE");
    expect((await http().get(`${API}/runs/get`).query({ run_id: kept }).expect(200)).body.run.info.lifecycle_stage).toBe("active");
    // The run deleted before the experiment stays deleted.
    expect((await http().get(`${API}/runs/get`).query({ run_id: deletedBefore }).expect(200)).body.run.info.lifecycle_stage).toBe("deleted");
  });

  it("records log_input's data sets and log_model's metadata on the run", async () => {
    const run = (await testApp.http().post(`${API}/runs/create`).send({}).expect(200)).body.run;
    const runId = run.info.run_id as string;
    const dataset = { name: "iris", digest: "a1b2c3d4", source_type: "local", source: '{"uri": "/data/iris.csv"}', schema: '{"mlflow_colspec": []}', profile: '{"num_rows": 150}' };
    const logInputs = { run_id: runId, datasets: [{ tags: [{ key: "mlflow.data.context", value: "training" }], dataset }] };
    await testApp.http().post(`${API}/runs/log-inputs`).send(logInputs).expect(200, {});
    // The same data set again is kept once.
    await testApp.http().post(`${API}/runs/log-inputs`).send(logInputs).expect(200, {});
    const read = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run;
    expect(read.inputs).toEqual({ dataset_inputs: [{ tags: [{ key: "mlflow.data.context", value: "training" }], dataset }] });
    expectMlflowError(await testApp.http().post(`${API}/runs/log-inputs`).send({ run_id: runId, datasets: [{ dataset: { ...dataset, digest: "x".repeat(37) } }] }), 400, "INVALID_PARAMETER_VALUE", /digest' exceeds the maximum length of 36/);
    expectMlflowError(await testApp.http().post(`${API}/runs/log-inputs`).send({ run_id: runId, datasets: [{ dataset: { name: "no-source" } }] }), 400, "INVALID_PARAMETER_VALUE", /digest/);
    // Lifecycle's API lists them with their context.
    const project = (await testApp.prisma.run.findUnique({ where: { id: runId }, select: { experiment: { select: { projectId: true } } } }))!.experiment.projectId;
    expect((await testApp.http().get(`/api/v1/projects/${project}/runs/${runId}/inputs`).expect(200)).body.items).toEqual([
      expect.objectContaining({ name: "iris", digest: "a1b2c3d4", sourceType: "local", context: "training", profile: '{"num_rows": 150}' }),
    ]);

    const model = { artifact_path: "model", flavors: { python_function: { loader_module: "mlflow.sklearn" } }, utc_time_created: "2026-11-28 04:00:00.000000", run_id: runId };
    await testApp.http().post(`${API}/runs/log-model`).send({ run_id: runId, model_json: JSON.stringify(model) }).expect(200, {});
    await testApp.http().post(`${API}/runs/log-model`).send({ run_id: runId, model_json: JSON.stringify({ ...model, artifact_path: "model-2" }) }).expect(200, {});
    const tags = (await testApp.http().get(`${API}/runs/get`).query({ run_id: runId }).expect(200)).body.run.data.tags as Array<{ key: string; value: string }>;
    expect(JSON.parse(tags.find((tag) => tag.key === "mlflow.log-model.history")!.value)).toEqual([model, { ...model, artifact_path: "model-2" }]);
    expectMlflowError(await testApp.http().post(`${API}/runs/log-model`).send({ run_id: runId, model_json: JSON.stringify({ artifact_path: "m" }) }), 400, "INVALID_PARAMETER_VALUE", /missing mandatory fields/);
    expectMlflowError(await testApp.http().post(`${API}/runs/log-model`).send({ run_id: runId, model_json: "{not json" }), 400, "INVALID_PARAMETER_VALUE");
  });

  it("samples one metric of several runs over a step range (get-history-bulk-interval), and keeps NaN as MLflow writes it", async () => {
    const create = async () => (await testApp.http().post(`${API}/runs/create`).send({}).expect(200)).body.run.info.run_id as string;
    const [a, b] = [await create(), await create()];
    const points = (steps: number[], scale: number) => steps.map((step) => ({ key: "loss", value: scale / (step + 1), timestamp: 1_700_000_000_000 + step, step }));
    await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: a, metrics: points(Array.from({ length: 100 }, (_, step) => step), 1) }).expect(200);
    await testApp.http().post(`${API}/runs/log-batch`).send({ run_id: b, metrics: points([0, 50, 99, 150], 2) }).expect(200);

    const all = (await testApp.http().get(`${API}/metrics/get-history-bulk-interval`).query({ run_ids: [a, b], metric_key: "loss" }).expect(200)).body.metrics;
    expect(all).toHaveLength(104);
    expect(all[0]).toEqual({ key: "loss", value: expect.any(Number), timestamp: expect.any(Number), step: 0, run_id: [a, b].sort()[0] });

    const sampled = (await testApp.http().get(`${API}/metrics/get-history-bulk-interval`).query({ run_ids: [a, b], metric_key: "loss", start_step: 0, end_step: 99, max_results: 5 }).expect(200)).body.metrics as Array<{ run_id: string; step: number }>;
    const stepsOf = (runId: string) => sampled.filter((point) => point.run_id === runId).map((point) => point.step);
    // Five of the 100 steps in range, the first and the last among them, the same for both runs.
    expect(stepsOf(a)).toEqual([0, 25, 50, 74, 99]);
    expect(stepsOf(b)).toEqual([0, 50, 99]);

    expectMlflowError(await testApp.http().get(`${API}/metrics/get-history-bulk-interval`).query({ metric_key: "loss" }), 400, "INVALID_PARAMETER_VALUE", /at least one run_id/);
    expectMlflowError(await testApp.http().get(`${API}/metrics/get-history-bulk-interval`).query({ run_ids: a, metric_key: "loss", start_step: 5 }), 400, "INVALID_PARAMETER_VALUE", /both must be specified/);
    expectMlflowError(await testApp.http().get(`${API}/metrics/get-history-bulk-interval`).query({ run_ids: a, metric_key: "loss", start_step: 5, end_step: 1 }), 400, "INVALID_PARAMETER_VALUE");
    expectMlflowError(await testApp.http().get(`${API}/metrics/get-history-bulk-interval`).query({ run_ids: Array.from({ length: 101 }, () => a), metric_key: "loss" }), 400, "INVALID_PARAMETER_VALUE", /more than 100 run_ids/);

    await testApp.http().post(`${API}/runs/log-metric`).send({ run_id: a, key: "grad", value: "NaN", timestamp: 0, step: 0 }).expect(200);
    expect((await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: a, metric_key: "grad" }).expect(200)).body.metrics).toEqual([{ key: "grad", value: "NaN", timestamp: 0, step: 0 }]);
    const grad = ((await testApp.http().get(`${API}/runs/get`).query({ run_id: a }).expect(200)).body.run.data.metrics as Array<{ key: string; value: unknown }>).find((metric) => metric.key === "grad");
    expect(grad?.value).toBe("NaN");
  });

  it("answers a long history again from its kept page only while the series has not grown", async () => {
    const runId = (await testApp.http().post(`${API}/runs/create`).send({}).expect(200)).body.run.info.run_id as string;
    const log = (from: number, count: number) =>
      testApp.http().post(`${API}/runs/log-batch`).send({ run_id: runId, metrics: Array.from({ length: count }, (_, index) => ({ key: "loss", value: 1 / (from + index + 1), timestamp: 1_700_000_000_000 + from + index, step: from + index })) }).expect(200);
    await log(0, 1000);
    await log(1000, 500);
    const read = async (query: Record<string, unknown> = {}) => (await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: runId, metric_key: "loss", ...query }).expect(200)).body;
    const first = await read();
    expect(first.metrics).toHaveLength(1500);
    expect(first.metrics[1499]).toEqual({ key: "loss", value: 1 / 1500, timestamp: 1_700_000_001_499, step: 1499 });
    expect(await read()).toEqual(first);
    await log(1500, 1);
    const grown = await read();
    expect(grown.metrics).toHaveLength(1501);
    expect(grown.metrics[1500].step).toBe(1500);
    // Pages of 1,000 and the rest, each kept on its own.
    const page = await read({ max_results: 1000 });
    expect(page.metrics.map((point: { step: number }) => point.step)).toEqual(Array.from({ length: 1000 }, (_, step) => step));
    const rest = await read({ max_results: 1000, page_token: page.next_page_token });
    expect(rest.metrics.map((point: { step: number }) => point.step)).toEqual(Array.from({ length: 501 }, (_, index) => 1000 + index));
    expect(rest.next_page_token).toBeUndefined();
    expect(await read({ max_results: 1000 })).toEqual(page);
    expectMlflowError(await testApp.http().get(`${API}/metrics/get-history`).query({ run_id: runId, metric_key: "loss", page_token: "not-a-token" }), 400, "INVALID_PARAMETER_VALUE");
  });
});
