import { makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/**
 * MLflow's Model Registry REST API 2.0, driven request by request as MLflow 2.17's Python client sends it:
 * mlflow.register_model (runs/get → registered-models/create → model-versions/create → model-versions/get), aliases,
 * mlflow.pyfunc.load_model("models:/name@alias") and ("models:/name/1") down to the artifact download.
 */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const api = "/api/2.0/mlflow";
const MLMODEL = "artifact_path: model\nflavors:\n  python_function:\n    loader_module: mlflow.sklearn\n";

/** A finished MLflow run in a Lifecycle project, with a model logged under model/ through the artifact proxy. */
async function loggedModel(slug: string) {
  const { experiment_id } = (await testApp.http().post(`${api}/experiments/create`).send({ name: `${slug}/registry` }).expect(200)).body;
  const { run } = (await testApp.http().post(`${api}/runs/create`).send({ experiment_id, start_time: 1_700_000_000_000, tags: [{ key: "mlflow.runName", value: "sk-model" }] }).expect(200)).body;
  const runId = run.info.run_id as string;
  await testApp.http().put(`/api/2.0/mlflow-artifacts/artifacts/${experiment_id}/${runId}/artifacts/model/MLmodel`).set("Content-Type", "application/octet-stream").send(Buffer.from(MLMODEL)).expect(200);
  await testApp.http().put(`/api/2.0/mlflow-artifacts/artifacts/${experiment_id}/${runId}/artifacts/model/model.pkl`).set("Content-Type", "application/octet-stream").send(Buffer.alloc(64, 7)).expect(200);
  await testApp.http().post(`${api}/runs/update`).send({ run_id: runId, status: "FINISHED", end_time: 1_700_000_100_000 }).expect(200);
  return { experimentId: experiment_id as string, runId };
}

/** mlflow.register_model("runs:/<run>/model", name), as the client sends it. */
async function registerModel(runId: string, name: string) {
  const { run } = (await testApp.http().get(`${api}/runs/get?run_id=${runId}`).expect(200)).body;
  const created = await testApp.http().post(`${api}/registered-models/create`).send({ name, tags: [] });
  // An existing name answers RESOURCE_ALREADY_EXISTS, and the client goes on to create a version.
  if (created.status !== 200) expect(created.body).toMatchObject({ error_code: "RESOURCE_ALREADY_EXISTS" });
  const { model_version } = (await testApp.http().post(`${api}/model-versions/create`).send({ name, source: `${run.info.artifact_uri}/model`, run_id: runId, tags: [] }).expect(200)).body;
  // READY at once: the client's wait for PENDING_REGISTRATION ends on its first get.
  const polled = (await testApp.http().get(`${api}/model-versions/get?name=${encodeURIComponent(name)}&version=${model_version.version}`).expect(200)).body;
  expect(polled.model_version.status).toBe("READY");
  return model_version as { version: string; source: string; run_id: string; status: string };
}

/** pyfunc.load_model's download: list the model folder through the proxy and fetch each file. */
async function download(artifactUri: string): Promise<Record<string, string>> {
  const folder = artifactUri.replace(/^mlflow-artifacts:\//, "");
  const listing = (await testApp.http().get(`/api/2.0/mlflow-artifacts/artifacts?path=${encodeURIComponent(folder)}`).expect(200)).body as { files: Array<{ path: string; is_dir: boolean }> };
  const files: Record<string, string> = {};
  for (const file of listing.files.filter((item) => !item.is_dir)) {
    files[file.path] = (await testApp.http().get(`/api/2.0/mlflow-artifacts/artifacts/${folder}/${file.path}`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => done(null, Buffer.concat(chunks).toString("utf8")));
    }).expect(200)).body as string;
  }
  return files;
}

describe("register_model and load_model as the Python client calls them", () => {
  it("registers a run's model, sets an alias and loads models:/name@alias and models:/name/1 through the proxy", async () => {
    const project = await makeProject(testApp);
    const { experimentId, runId } = await loggedModel(project.slug);
    const version = await registerModel(runId, "spam-clf");
    expect(version).toMatchObject({ version: "1", status: "READY", run_id: runId, source: `mlflow-artifacts:/${experimentId}/${runId}/artifacts/model` });
    // The model went to the project of its first version's run, though its name named no project.
    const model = await testApp.prisma.registeredModel.findFirstOrThrow({ where: { name: "spam-clf" } });
    expect(model.projectId).toBe(project.id);
    // A second register_model of the same name makes version 2.
    expect((await registerModel(runId, "spam-clf")).version).toBe("2");

    await testApp.http().post(`${api}/registered-models/alias`).send({ name: "spam-clf", alias: "champion", version: "1" }).expect(200);

    // load_model("models:/spam-clf@champion")
    const byAlias = (await testApp.http().get(`${api}/registered-models/alias?name=spam-clf&alias=champion`).expect(200)).body.model_version;
    expect(byAlias).toMatchObject({ name: "spam-clf", version: "1", aliases: ["champion"] });
    const { artifact_uri } = (await testApp.http().get(`${api}/model-versions/get-download-uri?name=spam-clf&version=${byAlias.version}`).expect(200)).body;
    expect(artifact_uri).toBe(`mlflow-artifacts:/${experimentId}/${runId}/artifacts/model`);
    expect(await download(artifact_uri)).toEqual({ MLmodel: MLMODEL, "model.pkl": "\u0007".repeat(64) });

    // load_model("models:/spam-clf/1"), and through /ajax-api as the MLflow UI calls it.
    expect((await testApp.http().get(`/ajax-api/2.0/mlflow/model-versions/get-download-uri?name=spam-clf&version=1`).expect(200)).body.artifact_uri).toBe(artifact_uri);

    // Searches show the aliases (MLflow's own SQL store leaves them empty).
    const models = (await testApp.http().get(`${api}/registered-models/search?filter=${encodeURIComponent("name LIKE 'spam%'")}`).expect(200)).body.registered_models;
    expect(models).toEqual([expect.objectContaining({ name: "spam-clf", aliases: [{ alias: "champion", version: "1" }], latest_versions: [expect.objectContaining({ version: "2", current_stage: "None" })] })]);
    const versions = (await testApp.http().get(`${api}/model-versions/search?filter=${encodeURIComponent("name = 'spam-clf'")}`).expect(200)).body.model_versions;
    expect(versions.map((item: { version: string; aliases?: string[] }) => [item.version, item.aliases ?? []])).toEqual([["2", []], ["1", ["champion"]]]);
    expect((await testApp.http().get(`${api}/model-versions/search?filter=${encodeURIComponent(`run_id = '${runId}'`)}&max_results=1`).expect(200)).body).toMatchObject({ model_versions: [{ version: "2" }], next_page_token: expect.any(String) });

    // Lifecycle keeps the move MLflow forgets: who set champion, and to which version.
    const history = await testApp.prisma.modelAliasMove.findMany({ where: { modelId: model.id } });
    expect(history).toEqual([expect.objectContaining({ alias: "champion", fromVersion: null, toVersion: 1, actor: "Test Admin" })]);
  });

  it("manages models and versions the way the client's other calls do", async () => {
    const project = await makeProject(testApp);
    const { runId } = await loggedModel(project.slug);
    await registerModel(runId, `${project.slug}/churn`);
    const name = `${project.slug}/churn`;
    await testApp.http().patch(`${api}/registered-models/update`).send({ name, description: "Churn model" }).expect(200);
    await testApp.http().post(`${api}/registered-models/set-tag`).send({ name, key: "team", value: "growth" }).expect(200);
    await testApp.http().post(`${api}/model-versions/set-tag`).send({ name, version: "1", key: "validated", value: "yes" }).expect(200);
    await testApp.http().patch(`${api}/model-versions/update`).send({ name, version: "1", description: "first" }).expect(200);
    const moved = (await testApp.http().post(`${api}/model-versions/transition-stage`).send({ name, version: "1", stage: "production", archive_existing_versions: true }).expect(200)).body.model_version;
    expect(moved).toMatchObject({ current_stage: "Production", description: "first", tags: [{ key: "validated", value: "yes" }] });
    const latest = (await testApp.http().post(`${api}/registered-models/get-latest-versions`).send({ name, stages: ["Production"] }).expect(200)).body.model_versions;
    expect(latest).toEqual([expect.objectContaining({ version: "1", current_stage: "Production" })]);
    const got = (await testApp.http().get(`${api}/registered-models/get?name=${encodeURIComponent(name)}`).expect(200)).body.registered_model;
    expect(got).toMatchObject({ name: "churn", description: "Churn model", tags: [{ key: "team", value: "growth" }] });

    await testApp.http().delete(`${api}/model-versions/delete-tag`).send({ name, version: "1", key: "validated" }).expect(200);
    await testApp.http().delete(`${api}/registered-models/delete-tag`).send({ name, key: "team" }).expect(200);
    expect((await testApp.http().delete(`${api}/registered-models/delete-tag`).send({ name, key: "team" }).expect(404)).body.error_code).toBe("RESOURCE_DOES_NOT_EXIST");
    await testApp.http().post(`${api}/registered-models/rename`).send({ name, new_name: "churn-v2" }).expect(200);
    await testApp.http().post(`${api}/registered-models/alias`).send({ name: "churn-v2", alias: "prod", version: 1 }).expect(200);
    await testApp.http().delete(`${api}/registered-models/alias`).send({ name: "churn-v2", alias: "prod" }).expect(200);
    await testApp.http().delete(`${api}/model-versions/delete`).send({ name: "churn-v2", version: "1" }).expect(200);
    await testApp.http().delete(`${api}/registered-models/delete`).send({ name: "churn-v2" }).expect(200);
    expect((await testApp.http().get(`${api}/registered-models/get?name=churn-v2`).expect(404)).body.error_code).toBe("RESOURCE_DOES_NOT_EXIST");
  });

  it("answers MLflow's errors for what MLflow refuses", async () => {
    const project = await makeProject(testApp);
    const { runId } = await loggedModel(project.slug);
    await registerModel(runId, "errors-model");
    const refused = async (request: Promise<{ status: number; body: { error_code: string; message: string } }>, status: number, errorCode: string) => {
      const response = await request;
      expect([response.status, response.body.error_code]).toEqual([status, errorCode]);
      return response.body.message;
    };
    expect(await refused(testApp.http().post(`${api}/model-versions/create`).send({ name: "errors-model", source: "/tmp/model", run_id: runId }), 400, "INVALID_PARAMETER_VALUE")).toContain("To use a local path as a model version source");
    expect(await refused(testApp.http().post(`${api}/model-versions/create`).send({ name: "errors-model", source: "file:///etc/passwd" }), 400, "INVALID_PARAMETER_VALUE")).toContain("local path");
    expect(await refused(testApp.http().post(`${api}/model-versions/create`).send({ name: "errors-model", source: "s3://bucket/a/../../b" }), 400, "INVALID_PARAMETER_VALUE")).toContain("relative path");
    await refused(testApp.http().post(`${api}/model-versions/create`).send({ name: "errors-model" }), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().post(`${api}/model-versions/create`).send({ name: "errors-model", source: "s3://x", run_id: "not-a-run" }), 404, "RESOURCE_DOES_NOT_EXIST");
    await refused(testApp.http().post(`${api}/model-versions/create`).send({ name: "nope", source: "s3://x" }), 404, "RESOURCE_DOES_NOT_EXIST");
    await refused(testApp.http().get(`${api}/model-versions/get?name=errors-model&version=abc`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/model-versions/get?name=errors-model&version=99`), 404, "RESOURCE_DOES_NOT_EXIST");
    await refused(testApp.http().post(`${api}/registered-models/alias`).send({ name: "errors-model", alias: "latest", version: "1" }), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().post(`${api}/registered-models/alias`).send({ name: "errors-model", alias: "v1", version: "1" }), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/registered-models/alias?name=errors-model&alias=ghost`), 404, "RESOURCE_DOES_NOT_EXIST");
    await refused(testApp.http().get(`${api}/registered-models/search?max_results=1001`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/registered-models/search?filter=${encodeURIComponent("name = 'a' OR name = 'b'")}`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/registered-models/search?filter=${encodeURIComponent("owner = 'me'")}`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/registered-models/search?filter=${encodeURIComponent("name = ")}`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/registered-models/search?order_by=owner`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/registered-models/search?page_token=garbage`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().get(`${api}/model-versions/search?filter=${encodeURIComponent("version_number = 'x'")}`), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().post(`${api}/model-versions/transition-stage`).send({ name: "errors-model", version: "1", stage: "Live" }), 400, "INVALID_PARAMETER_VALUE");
    await refused(testApp.http().post(`${api}/registered-models/create`).send({ name: "a/b/c" }), 400, "INVALID_PARAMETER_VALUE");
    expect(await testApp.prisma.modelVersion.count({ where: { model: { name: "errors-model" } } })).toBe(1);
  });

  it("keeps a project token's models in its project, and other users' models out of sight", async () => {
    const project = await makeProject(testApp);
    const token = (await testApp.http().post("/api/v1/tokens").send({ name: "ci", project: project.id }).expect(201)).body.token as string;
    const ci = () => testApp.anonymous().set("Authorization", `Bearer ${token}`);
    await ci().post(`${api}/registered-models/create`).send({ name: "team-model" }).expect(200);
    expect((await testApp.prisma.registeredModel.findFirstOrThrow({ where: { name: "team-model" } })).projectId).toBe(project.id);

    const stranger = await testApp.createUser();
    expect((await stranger.http().get(`${api}/registered-models/get?name=team-model`).expect(404)).body.error_code).toBe("RESOURCE_DOES_NOT_EXIST");
    expect((await stranger.http().get(`${api}/registered-models/search`).expect(200)).body).toEqual({});
    // The stranger's own model of the same name lives in their imports project; each sees their own.
    await stranger.http().post(`${api}/registered-models/create`).send({ name: "team-model" }).expect(200);
    expect((await stranger.http().get(`${api}/registered-models/search`).expect(200)).body.registered_models).toHaveLength(1);
    expect((await ci().get(`${api}/registered-models/get?name=team-model`).expect(200)).body.registered_model.name).toBe("team-model");
  });
});
