import type { AddressInfo } from "node:net";
import MLflow from "mlflow";
import { RunStatus, ViewType } from "mlflow/enum";
import { createTestApp, type TestApp } from "./support/test-app";

/**
 * The MLflow REST API driven by a third-party client, the npm package `mlflow`,
 * over real HTTP: every call it makes, as it makes them.
 */
let testApp: TestApp;
let client: MLflow;
let url: string;

beforeAll(async () => {
  testApp = await createTestApp();
  await testApp.app.listen(0, "127.0.0.1");
  url = `http://127.0.0.1:${(testApp.app.getHttpServer().address() as AddressInfo).port}`;
  client = new MLflow({ endpoint: url, headers: { Authorization: `Bearer ${testApp.admin.token}` } });
  // The package prints every request body it sends.
  jest.spyOn(console, "log").mockImplementation(() => {});
});
afterAll(async () => {
  jest.restoreAllMocks();
  await testApp?.close();
});

/** The package throws Error("Error: {status, statusText, data}"): the status and MLflow's error body. */
async function failure(call: Promise<unknown>): Promise<{ status: number; data: { error_code: string; message: string } }> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught as Error,
  );
  if (!error) throw new Error("The call succeeded");
  return JSON.parse(error.message.slice(error.message.indexOf("{"))) as { status: number; data: { error_code: string; message: string } };
}

describe("the npm package mlflow against Lifecycle", () => {
  it("creates, lists, gets, renames, deletes and restores experiments", async () => {
    const { experiment_id } = await client.Experiments.create({ name: "npm-client", artifact_location: "" });
    expect(typeof experiment_id).toBe("string");
    const { experiment } = await client.Experiments.get({ experiment_id });
    expect(experiment).toMatchObject({ experiment_id, name: "npm-client", lifecycle_stage: "active", artifact_location: `mlflow-artifacts:/${experiment_id}` });
    expect((await client.Experiments.list()).experiments.map((item: { name: string }) => item.name)).toContain("npm-client");

    await client.Experiments.update({ experiment_id, new_name: "npm-client-renamed" });
    expect((await client.Experiments.get({ experiment_id })).experiment.name).toBe("npm-client-renamed");

    await client.Experiments.delete({ experiment_id });
    expect((await client.Experiments.get({ experiment_id })).experiment.lifecycle_stage).toBe("deleted");
    // An empty result is {}, as in MLflow.
    expect(await client.Experiments.list()).toEqual({});
    expect((await client.Experiments.list({ view_type: ViewType.DELETED_ONLY })).experiments.map((item: { experiment_id: string }) => item.experiment_id)).toEqual([experiment_id]);
    expect(await failure(client.Experiments.delete({ experiment_id }))).toMatchObject({ status: 400, data: { error_code: "INVALID_PARAMETER_VALUE" } });
    await client.Experiments.restore({ experiment_id });
    expect((await client.Experiments.get({ experiment_id })).experiment.lifecycle_stage).toBe("active");

    expect(await failure(client.Experiments.create({ name: "npm-client-renamed", artifact_location: "" }))).toMatchObject({ status: 400, data: { error_code: "RESOURCE_ALREADY_EXISTS" } });
    expect(await failure(client.Experiments.get({ experiment_id: "123456" }))).toMatchObject({ status: 404, data: { error_code: "RESOURCE_DOES_NOT_EXIST" } });
    // The package's setExperimentTag drops a slash (…/experimentsset-experiment-tag): an unknown route, answered as MLflow's JSON error.
    expect(await failure(client.Experiments.setExperimentTag({ experiment_id, key: "team", value: "nlp" }))).toMatchObject({ status: 404, data: { error_code: "ENDPOINT_NOT_FOUND" } });
  });

  it("logs a run's params, metrics and tags, reads them back, searches, pages history and lists artifacts", async () => {
    const { experiment_id } = await client.Experiments.create({ name: "npm-client-runs", artifact_location: "" });
    const { run } = await client.Runs.create({ experiment_id, user_id: "node", start_time: 1_700_000_000_000, tags: [{ key: "mlflow.runName", value: "from-node" }] });
    const run_id = run.info.run_id as string;
    expect(run.info).toMatchObject({ experiment_id, run_name: "from-node", status: "RUNNING", lifecycle_stage: "active", artifact_uri: `mlflow-artifacts:/${experiment_id}/${run_id}/artifacts` });

    await client.Runs.logParameter({ run_id, key: "lr", value: "0.01" });
    await client.Runs.logParameter({ run_id, key: "lr", value: "0.01" });
    expect(await failure(client.Runs.logParameter({ run_id, key: "lr", value: "0.1" }))).toMatchObject({ status: 400, data: { error_code: "INVALID_PARAMETER_VALUE" } });
    for (let step = 0; step < 5; step += 1) await client.Runs.logMetric({ run_id, key: "loss", value: 1 / (step + 1), timestamp: 1_700_000_000_000 + step, step });
    await client.Runs.logBatch({ run_id, metrics: [{ key: "acc", value: 0.9, timestamp: 1_700_000_000_010, step: 0 }], params: [{ key: "epochs", value: "10" }], tags: [{ key: "team", value: "growth" }] });
    await client.Runs.setTag({ run_id, key: "stage", value: "dev" });
    await client.Runs.deleteTag({ run_id, key: "stage" });
    expect(await failure(client.Runs.deleteTag({ run_id, key: "stage" }))).toMatchObject({ status: 404, data: { error_code: "RESOURCE_DOES_NOT_EXIST" } });

    const read = (await client.Runs.get({ run_id })).run;
    expect(read.data.params).toEqual(expect.arrayContaining([{ key: "lr", value: "0.01" }, { key: "epochs", value: "10" }]));
    expect(read.data.metrics).toEqual(expect.arrayContaining([{ key: "loss", value: 0.2, timestamp: 1_700_000_000_004, step: 4 }, { key: "acc", value: 0.9, timestamp: 1_700_000_000_010, step: 0 }]));
    expect(read.data.tags).toEqual(expect.arrayContaining([{ key: "team", value: "growth" }]));
    expect(read.data.tags.map((tag: { key: string }) => tag.key)).not.toContain("stage");

    const history = await client.Metrics.getHistory({ run_id, metric_key: "loss" });
    expect(history.metrics.map((point: { step: number; value: number }) => [point.step, point.value])).toEqual([0, 1, 2, 3, 4].map((step) => [step, 1 / (step + 1)]));

    const other = (await client.Runs.create({ experiment_id, user_id: "node", start_time: 1_700_000_000_001, tags: [{ key: "mlflow.runName", value: "other" }] })).run.info.run_id as string;
    await client.Runs.logBatch({ run_id: other, metrics: [{ key: "loss", value: 0.5, timestamp: 0, step: 0 }], params: [{ key: "lr", value: "0.1" }] });
    const found = await client.Runs.search({ experiment_ids: [experiment_id], filter: "metrics.loss < 0.4 and params.lr = '0.01'" });
    expect(found.runs.map((item: { info: { run_id: string } }) => item.info.run_id)).toEqual([run_id]);
    const ordered = await client.Runs.search({ experiment_ids: [experiment_id], order_by: ["metrics.loss DESC"], max_results: 1 });
    expect(ordered.runs.map((item: { info: { run_id: string } }) => item.info.run_id)).toEqual([other]);
    const next = await client.Runs.search({ experiment_ids: [experiment_id], order_by: ["metrics.loss DESC"], max_results: 1, page_token: ordered.next_page_token });
    expect(next.runs.map((item: { info: { run_id: string } }) => item.info.run_id)).toEqual([run_id]);

    expect(await client.Artifacts.list({ run_id, path: "" })).toEqual({ root_uri: `mlflow-artifacts:/${experiment_id}/${run_id}/artifacts` });

    const ended = await client.Runs.update({ run_id, status: RunStatus.FINISHED, end_time: 1_700_000_100_000 });
    expect(ended.run_info).toMatchObject({ status: RunStatus.FINISHED, end_time: 1_700_000_100_000 });

    await client.Runs.delete({ run_id: other });
    expect((await client.Runs.search({ experiment_ids: [experiment_id], run_view_type: ViewType.DELETED_ONLY })).runs.map((item: { info: { run_id: string } }) => item.info.run_id)).toEqual([other]);
    await client.Runs.restore({ run_id: other });
    expect((await client.Runs.get({ run_id: other })).run.info.lifecycle_stage).toBe("active");

    expect(await failure(client.Runs.get({ run_id: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ status: 404, data: { error_code: "RESOURCE_DOES_NOT_EXIST" } });
    const tooMany = Array.from({ length: 1001 }, (_, step) => ({ key: "m", value: 1, timestamp: 0, step }));
    expect(await failure(client.Runs.logBatch({ run_id, metrics: tooMany }))).toEqual({
      status: 400,
      statusText: "Bad Request",
      data: { error_code: "INVALID_PARAMETER_VALUE", message: "A batch logging request can contain at most 1000 metrics. Got 1001 metrics. Please split up metrics across multiple requests and try again." },
    });
  });

  it("is refused without credentials, with MLflow's error", async () => {
    const anonymous = new MLflow({ endpoint: url });
    expect(await failure(anonymous.Experiments.list())).toMatchObject({ status: 401, data: { error_code: "UNAUTHENTICATED" } });
  });
});
