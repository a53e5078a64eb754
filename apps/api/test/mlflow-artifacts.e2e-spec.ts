import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const API = "/api/2.0/mlflow";
const ARTIFACTS = "/api/2.0/mlflow-artifacts/artifacts";

function expectMlflowError(response: { status: number; body: unknown }, status: number, errorCode: string) {
  expect({ status: response.status, body: response.body }).toEqual({ status, body: { error_code: errorCode, message: expect.any(String) } });
}

/** The bytes of a response, whatever its content type. */
const bytes = (request: import("supertest").Test) =>
  request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => done(null, Buffer.concat(chunks)));
  });

async function startRun(http = testApp.http, experimentName?: string) {
  let experimentId: string | undefined;
  if (experimentName) experimentId = (await http().post(`${API}/experiments/create`).send({ name: experimentName }).expect(200)).body.experiment_id;
  const run = (await http().post(`${API}/runs/create`).send(experimentId ? { experiment_id: experimentId } : {}).expect(200)).body.run;
  return { runId: run.info.run_id as string, experimentId: run.info.experiment_id as string, artifactUri: run.info.artifact_uri as string };
}

describe("MLflow artifacts (mlflow server --serve-artifacts)", () => {
  it("gives runs mlflow-artifacts URIs and takes log_artifact, log_dict and log_model's uploads, lists and downloads them byte for byte", async () => {
    const { runId, experimentId, artifactUri } = await startRun();
    expect(artifactUri).toBe(`mlflow-artifacts:/${experimentId}/${runId}/artifacts`);
    const experiment = (await testApp.http().get(`${API}/experiments/get`).query({ experiment_id: experimentId }).expect(200)).body.experiment;
    expect(experiment.artifact_location).toBe(`mlflow-artifacts:/${experimentId}`);

    // The Python client resolves the URI against the tracking URI and PUTs each file, with a guessed content type.
    const root = `${ARTIFACTS}/${experimentId}/${runId}/artifacts`;
    const weights = randomBytes(3 * 1024 * 1024 + 17);
    const mlmodel = "artifact_path: model\nflavors:\n  python_function: {}\n";
    const config = JSON.stringify({ lr: 0.01, layers: [64, 32] });
    await testApp.http().put(`${root}/model/model.pkl`).send(weights).expect(200, {});
    await testApp.http().put(`${root}/model/MLmodel`).set("Content-Type", "text/plain").send(mlmodel).expect(200, {});
    // A JSON file is streamed as bytes, not parsed as a request body.
    await testApp.http().put(`${root}/config.json`).set("Content-Type", "application/json").send(config).expect(200, {});
    await testApp.http().put(`${root}/notes%20v1.txt`).set("Content-Type", "application/x-www-form-urlencoded").send("a=1&b=2").expect(200, {});

    // list_artifacts: entries by name, file_size only for files.
    expect((await testApp.http().get(ARTIFACTS).query({ path: `${experimentId}/${runId}/artifacts` }).expect(200)).body).toEqual({
      files: [
        { path: "config.json", is_dir: false, file_size: config.length },
        { path: "model", is_dir: true },
        { path: "notes v1.txt", is_dir: false, file_size: 7 },
      ],
    });
    expect((await testApp.http().get(ARTIFACTS).query({ path: `${experimentId}/${runId}/artifacts/model` }).expect(200)).body.files).toEqual([
      { path: "MLmodel", is_dir: false, file_size: mlmodel.length },
      { path: "model.pkl", is_dir: false, file_size: weights.length },
    ]);
    expect((await testApp.http().get(ARTIFACTS).query({ path: `${experimentId}/${runId}/artifacts/nothing-here` }).expect(200)).body).toEqual({});

    // Downloads are the same bytes.
    const downloaded = await bytes(testApp.http().get(`${root}/model/model.pkl`).expect(200));
    expect(Buffer.compare(downloaded.body as Buffer, weights)).toBe(0);
    expect(downloaded.headers["content-length"]).toBe(String(weights.length));
    expect((await bytes(testApp.http().get(`${root}/config.json`).expect(200))).body.toString()).toBe(config);
    expect((await bytes(testApp.http().get(`${root}/notes%20v1.txt`).expect(200))).body.toString()).toBe("a=1&b=2");

    // The tracking API's artifacts/list: paths from the run's root.
    expect((await testApp.http().get(`${API}/artifacts/list`).query({ run_id: runId, path: "model" }).expect(200)).body).toEqual({
      root_uri: artifactUri,
      files: [
        { path: "model/MLmodel", is_dir: false, file_size: mlmodel.length },
        { path: "model/model.pkl", is_dir: false, file_size: weights.length },
      ],
    });
    expect((await testApp.http().get(`${API}/artifacts/list`).query({ run_uuid: runId }).expect(200)).body.files.map((file: { path: string }) => file.path)).toEqual(["config.json", "model", "notes v1.txt"]);

    // A new upload replaces the file; delete removes files and folders.
    await testApp.http().put(`${root}/config.json`).send(Buffer.from("{}")).expect(200);
    expect((await bytes(testApp.http().get(`${root}/config.json`).expect(200))).body.toString()).toBe("{}");
    await testApp.http().delete(`${root}/model`).expect(200, {});
    expectMlflowError(await testApp.http().get(`${root}/model/MLmodel`), 404, "RESOURCE_DOES_NOT_EXIST");
    expect((await testApp.http().get(`${API}/artifacts/list`).query({ run_id: runId }).expect(200)).body.files.map((file: { path: string }) => file.path)).toEqual(["config.json", "notes v1.txt"]);

    // The /ajax-api mirror serves the same files.
    expect((await bytes(testApp.http().get(`/ajax-api/2.0/mlflow-artifacts/artifacts/${experimentId}/${runId}/artifacts/config.json`).expect(200))).body.toString()).toBe("{}");
  });

  it("rejects paths that climb out, runs of other experiments, callers without access, and deleted runs", async () => {
    const { runId, experimentId } = await startRun(testApp.http, "artifact-guards");
    const other = await startRun(testApp.http, "artifact-guards-other");
    const root = `${ARTIFACTS}/${experimentId}/${runId}/artifacts`;
    await testApp.http().put(`${root}/a.txt`).send("a").expect(200);

    expectMlflowError(await testApp.http().put(`${root}/..%2F..%2F..%2Fescape.txt`).send("x"), 400, "INVALID_PARAMETER_VALUE");
    expectMlflowError(await testApp.http().get(`${root}/%2E%2E/%2E%2E/%2E%2E/a.txt`), 400, "INVALID_PARAMETER_VALUE");
    expectMlflowError(await testApp.http().get(ARTIFACTS).query({ path: `${experimentId}/../..` }), 400, "INVALID_PARAMETER_VALUE");
    expectMlflowError(await testApp.http().get(`${API}/artifacts/list`).query({ run_id: runId, path: "../../x" }), 400, "INVALID_PARAMETER_VALUE");
    expect(existsSync(path.join(testApp.artifactRoot, "escape.txt"))).toBe(false);
    // A run is addressed under its own experiment only.
    expectMlflowError(await testApp.http().put(`${ARTIFACTS}/${other.experimentId}/${runId}/artifacts/x.txt`).send("x"), 404, "RESOURCE_DOES_NOT_EXIST");
    expectMlflowError(await testApp.http().put(`${ARTIFACTS}/0/${runId}/artifacts/x.txt`).send("x"), 404, "RESOURCE_DOES_NOT_EXIST");
    expectMlflowError(await testApp.http().put(`${ARTIFACTS}/${experimentId}/x.txt`).send("x"), 404, "RESOURCE_DOES_NOT_EXIST");

    // Outsiders see nothing; a viewer reads but cannot write.
    const outsider = await testApp.createUser();
    expectMlflowError(await outsider.http().get(`${root}/a.txt`), 404, "RESOURCE_DOES_NOT_EXIST");
    expect((await outsider.http().get(ARTIFACTS).expect(200)).body).toEqual({});
    expectMlflowError(await testApp.anonymous().get(`${root}/a.txt`), 401, "UNAUTHENTICATED");

    // Anything else under the prefix is MLflow's JSON error.
    expectMlflowError(await testApp.http().post(`${root}/a.txt`).send("x"), 404, "ENDPOINT_NOT_FOUND");

    // A deleted run takes no more artifacts but still serves its files.
    await testApp.http().post(`${API}/runs/delete`).send({ run_id: runId }).expect(200);
    expectMlflowError(await testApp.http().put(`${root}/b.txt`).send("b"), 400, "INVALID_PARAMETER_VALUE");
    expect((await bytes(testApp.http().get(`${root}/a.txt`).expect(200))).body.toString()).toBe("a");
  });

  it("lets a viewer of a '<slug>/<name>' experiment read artifacts and refuses their writes", async () => {
    const project = await makeProject(testApp);
    const { runId, experimentId } = await startRun(testApp.http, `${project.slug}/shared`);
    const root = `${ARTIFACTS}/${experimentId}/${runId}/artifacts`;
    await testApp.http().put(`${root}/plot.png`).set("Content-Type", "image/png").send(Buffer.from([0x89, 0x50, 0x4e, 0x47])).expect(200);
    const viewer = await testApp.createUser();
    await testApp.http().post(`/api/v1/projects/${project.id}/members`).send({ email: viewer.email, role: "VIEWER" }).expect(201);
    expect((await bytes(viewer.http().get(`${root}/plot.png`).expect(200))).body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect((await viewer.http().get(ARTIFACTS).expect(200)).body.files).toEqual(expect.arrayContaining([{ path: experimentId, is_dir: true }]));
    expectMlflowError(await viewer.http().put(`${root}/plot.png`).send("x"), 403, "PERMISSION_DENIED");
    expectMlflowError(await viewer.http().delete(`${root}/plot.png`), 403, "PERMISSION_DENIED");
  });
});

describe("Run artifacts in Lifecycle's API", () => {
  it("lists, serves (inline only when safe), uploads and deletes a run's artifacts, and removes them with the experiment", async () => {
    const project = await makeProject(testApp);
    const { runId, experimentId } = await startRun(testApp.http, `${project.slug}/native`);
    const base = `/api/v1/projects/${project.id}/runs/${runId}/artifacts`;
    expect((await testApp.http().get(base).expect(200)).body).toEqual({ rootUri: `mlflow-artifacts:/${experimentId}/${runId}/artifacts`, path: "", items: [] });

    expect((await testApp.http().put(`${base}/content`).query({ path: "plots/roc.png" }).set("Content-Type", "image/png").send(Buffer.from([1, 2, 3])).expect(200)).body).toEqual({ path: "plots/roc.png", size: 3 });
    await testApp.http().put(`${base}/content`).query({ path: "report.html" }).set("Content-Type", "text/html").send("<script>alert(1)</script>").expect(200);
    expect((await testApp.http().get(base).expect(200)).body.items).toEqual([
      { path: "plots", isDir: true, size: null },
      { path: "report.html", isDir: false, size: 25 },
    ]);
    expect((await testApp.http().get(base).query({ path: "plots" }).expect(200)).body.items).toEqual([{ path: "plots/roc.png", isDir: false, size: 3 }]);

    const image = await bytes(testApp.http().get(`${base}/content`).query({ path: "plots/roc.png", inline: "true" }).expect(200));
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.headers["content-disposition"]).toMatch(/^inline; filename="roc.png"/);
    // HTML is never shown on the dashboard's origin: it downloads.
    const html = await bytes(testApp.http().get(`${base}/content`).query({ path: "report.html", inline: "true" }).expect(200));
    expect(html.headers["content-type"]).toBe("application/octet-stream");
    expect(html.headers["content-disposition"]).toMatch(/^attachment; filename="report.html"/);

    // Names beyond ASCII: stored as they are, downloaded with the exact name UTF-8-encoded in the header.
    await testApp.http().put(`${base}/content`).query({ path: "模型/权重 v1.bin" }).send(Buffer.from([7, 7])).expect(200);
    const unicode = await bytes(testApp.http().get(`${base}/content`).query({ path: "模型/权重 v1.bin" }).expect(200));
    expect(unicode.body).toEqual(Buffer.from([7, 7]));
    expect(unicode.headers["content-disposition"]).toBe(`attachment; filename="__ v1.bin"; filename*=UTF-8''${encodeURIComponent("权重 v1.bin")}`);
    await testApp.http().delete(`${base}/content`).query({ path: "模型" }).expect(204);

    const missing = await testApp.http().get(`${base}/content`).query({ path: "nope.txt" }).expect(404);
    expect(missing.body).toMatchObject({ code: "ARTIFACT_NOT_FOUND", details: [{ path: "path" }] });
    expect((await testApp.http().get(`${base}/content`).query({ path: "../../etc/passwd" }).expect(400)).body).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "path" }] });
    expect((await testApp.http().get(`${base}/content`).expect(400)).body).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "path" }] });

    await testApp.http().delete(`${base}/content`).query({ path: "plots" }).expect(204);
    await testApp.http().delete(`${base}/content`).query({ path: "plots" }).expect(404);
    expect((await testApp.http().get(base).expect(200)).body.items.map((item: { path: string }) => item.path)).toEqual(["report.html"]);

    // Deleting the experiment (or its project) removes its artifacts from disk.
    expect(existsSync(path.join(testApp.artifactRoot, experimentId))).toBe(true);
    await testApp.http().delete(`/api/v1/projects/${project.id}/experiments/${experimentId}`).expect(204);
    expect(existsSync(path.join(testApp.artifactRoot, experimentId))).toBe(false);
  });
});
