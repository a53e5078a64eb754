import { addCandidateRun, addDataVersion, expectError, makeKpi, makeReadyProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/** The model registry's own API: models, versions with frozen evidence, approval on evidence, aliases with history. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

/** A project with a KPI linked to test accuracy, and a finished run whose test evaluation meets it (or not). */
async function projectWithRun(accuracy: number) {
  const project = await makeReadyProject(testApp);
  await makeKpi(testApp, project.id, { name: "Accuracy", metricKey: "accuracy", target: 0.9, baseline: 0.5 });
  const data = await addDataVersion(testApp, project.id);
  const run = await addCandidateRun(testApp, project.id, { kind: "GENERATION", split: "test", name: "holdout", scores: { accuracy } });
  const base = `/api/v1/projects/${project.id}`;
  await testApp.http().post(`${base}/runs/${run.id}/params`).send({ key: "k", value: "7" }).expect(201);
  await testApp.http().post(`${base}/runs/${run.id}/data`).send({ versionId: data.versions[0]!.id, split: "train", purpose: "TRAINING" }).expect(201);
  await testApp.http().put(`${base}/runs/${run.id}/artifacts/content?path=model/MLmodel`).set("Content-Type", "application/octet-stream").send(Buffer.from("flavors:\n  sklearn: {}\n")).expect(200);
  await testApp.http().put(`${base}/runs/${run.id}/artifacts/content?path=model/model.pkl`).set("Content-Type", "application/octet-stream").send(Buffer.alloc(1000, 1)).expect(200);
  return { project, run, base, dataVersionId: data.versions[0]!.id };
}

describe("registered models and versions", () => {
  it("registers a run's model as version 1, 2 … with its evidence frozen, its training data and its size", async () => {
    const { run, base, dataVersionId } = await projectWithRun(0.95);
    const model = (await testApp.http().post(`${base}/models`).send({ name: "spam-knn", description: "k-NN on TF-IDF", tags: { team: "trust" } }).expect(201)).body;
    expect(model).toMatchObject({ name: "spam-knn", tags: { team: "trust" }, versionCount: 0, latestVersion: null, aliases: [], owner: "Test Admin" });
    expectError(await testApp.http().post(`${base}/models`).send({ name: "spam-knn" }), 409, "MODEL_NAME_TAKEN", "name");
    expectError(await testApp.http().post(`${base}/models`).send({ name: "a/b" }), 400, "VALIDATION_FAILED", "name");

    const v1 = (await testApp.http().post(`${base}/models/${model.id}/versions`).send({ runId: run.id, modelCard: { intendedUse: "Support inbox triage" } }).expect(201)).body;
    expect(v1).toMatchObject({
      version: 1,
      source: `runs:/${run.id}/model`,
      runId: run.id,
      format: "MLflow model",
      sizeBytes: 1000 + "flavors:\n  sklearn: {}\n".length,
      dataSetVersion: { id: dataVersionId, version: 1 },
      approach: "train_from_scratch",
      modelCard: { intendedUse: "Support inbox triage", limitations: null },
      evidence: { runId: run.id, params: { k: "7" }, testMetrics: { accuracy: 0.95 }, fitVerdict: "BALANCED" },
      approval: { status: "PENDING", problems: [] },
    });
    // The evidence is a snapshot: a later evaluation of the run does not change it.
    await testApp.http().post(`${base}/runs/${run.id}/evaluations`).send({ kind: "GENERATION", split: "test", scores: { accuracy: 0.5 } }).expect(201);
    expect((await testApp.http().get(`${base}/models/${model.id}/versions/1`).expect(200)).body.evidence.testMetrics).toEqual({ accuracy: 0.95 });

    const v2 = (await testApp.http().post(`${base}/models/${model.id}/versions`).send({ source: "s3://models/spam/v2", format: "ONNX" }).expect(201)).body;
    expect(v2).toMatchObject({ version: 2, source: "s3://models/spam/v2", runId: null, evidence: { runId: null, testMetrics: {} }, approval: { problems: [expect.stringContaining("no test evaluation")] } });
    const page = (await testApp.http().get(`${base}/models/${model.id}/versions`).expect(200)).body;
    expect(page).toMatchObject({ total: 2, items: [{ version: 2 }, { version: 1 }] });
    expect((await testApp.http().get(`${base}/models`).expect(200)).body.items[0]).toMatchObject({ versionCount: 2, latestVersion: { version: 2, approval: "PENDING" } });

    // Deleting a version never renumbers: the next one is 3.
    await testApp.http().delete(`${base}/models/${model.id}/versions/2`).expect(204);
    expect((await testApp.http().post(`${base}/models/${model.id}/versions`).send({ source: "s3://models/spam/v3" }).expect(201)).body.version).toBe(3);
  });

  it("refuses bad versions with the field named, and writes nothing", async () => {
    const { run, base } = await projectWithRun(0.95);
    const model = (await testApp.http().post(`${base}/models`).send({ name: "refusals" }).expect(201)).body;
    const versions = `${base}/models/${model.id}/versions`;
    expectError(await testApp.http().post(versions).send({}), 400, "VALIDATION_FAILED", "runId");
    expectError(await testApp.http().post(versions).send({ runId: run.id, source: "s3://x" }), 400, "VALIDATION_FAILED", "source");
    expectError(await testApp.http().post(versions).send({ runId: run.id, artifactPath: "weights" }), 400, "VALIDATION_FAILED", "artifactPath");
    expectError(await testApp.http().post(versions).send({ runId: "00000000-0000-4000-8000-000000000000" }), 400, "VALIDATION_FAILED", "runId");
    expectError(await testApp.http().post(versions).send({ source: "s3://x", dataSetVersionId: "00000000-0000-4000-8000-000000000000" }), 400, "VALIDATION_FAILED", "dataSetVersionId");
    expectError(await testApp.http().get(`${versions}/0`), 400, "VALIDATION_FAILED", "version");
    expectError(await testApp.http().get(`${versions}/7`), 404, "MODEL_VERSION_NOT_FOUND");
    expectError(await testApp.http().get(`${base}/models/00000000-0000-4000-8000-000000000000`), 404, "MODEL_NOT_FOUND");
    expect(await testApp.prisma.modelVersion.count({ where: { modelId: model.id } })).toBe(0);
  });
});

describe("approval on evidence", () => {
  it("approves a version whose evidence meets the KPI-linked checks, with the reason kept", async () => {
    const { run, base } = await projectWithRun(0.95);
    const model = (await testApp.http().post(`${base}/models`).send({ name: "approvable" }).expect(201)).body;
    await testApp.http().post(`${base}/models/${model.id}/versions`).send({ runId: run.id }).expect(201);
    const approved = (await testApp.http().post(`${base}/models/${model.id}/versions/1/review`).send({ decision: "APPROVED", reason: "Meets accuracy on the holdout" }).expect(200)).body;
    expect(approved.approval).toMatchObject({ status: "APPROVED", reason: "Meets accuracy on the holdout", by: "Test Admin", override: false, at: expect.any(String) });
    expectError(await testApp.http().post(`${base}/models/${model.id}/versions/1/review`).send({ decision: "APPROVED" }), 400, "VALIDATION_FAILED", "reason");
  });

  it("refuses approval naming what fails, allows a lead's override with a reason, and audits it", async () => {
    const { run, base, project } = await projectWithRun(0.6);
    const model = (await testApp.http().post(`${base}/models`).send({ name: "weak" }).expect(201)).body;
    await testApp.http().post(`${base}/models/${model.id}/versions`).send({ runId: run.id }).expect(201);
    const refused = await testApp.http().post(`${base}/models/${model.id}/versions/1/review`).send({ decision: "APPROVED", reason: "ship it" });
    expectError(refused, 409, "APPROVAL_EVIDENCE_UNMET");
    expect(refused.body.message).toContain("Accuracy needs accuracy ≥ 0.9");
    expect((await testApp.http().get(`${base}/models/${model.id}/versions/1`)).body.approval.status).toBe("PENDING");

    // A contributor may not review at all.
    const contributor = await testApp.createUser();
    await testApp.http().post(`${base}/members`).send({ email: contributor.email, role: "CONTRIBUTOR" }).expect(201);
    expectError(await contributor.http().post(`${base}/models/${model.id}/versions/1/review`).send({ decision: "REJECTED", reason: "no" }), 403, "FORBIDDEN");

    const overridden = (await testApp.http().post(`${base}/models/${model.id}/versions/1/review`).send({ decision: "APPROVED", reason: "Pilot for one team only", override: true }).expect(200)).body;
    expect(overridden.approval).toMatchObject({ status: "APPROVED", override: true, problems: [expect.stringContaining("Accuracy")] });
    const audit = await testApp.prisma.securityEvent.findFirst({ where: { type: "APPROVAL_OVERRIDDEN", projectId: project.id } });
    expect(audit?.detail).toMatchObject({ model: "weak", version: 1, reason: "Pilot for one team only" });

    // Rejection needs no evidence.
    expect((await testApp.http().post(`${base}/models/${model.id}/versions/1/review`).send({ decision: "REJECTED", reason: "Precision too low in the pilot" }).expect(200)).body.approval).toMatchObject({ status: "REJECTED", override: false });
  });
});

describe("aliases and their history", () => {
  it("moves an alias with who, from, to, when and why, and answers which version it pointed to at an instant", async () => {
    const { base } = await projectWithRun(0.95);
    const model = (await testApp.http().post(`${base}/models`).send({ name: "aliased" }).expect(201)).body;
    for (const uri of ["s3://a/1", "s3://a/2", "s3://a/3"]) await testApp.http().post(`${base}/models/${model.id}/versions`).send({ source: uri }).expect(201);
    const aliases = `${base}/models/${model.id}/aliases`;

    const beforeAny = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await testApp.http().put(`${aliases}/champion`).send({ version: 1, reason: "first release" }).expect(200)).body.aliases).toEqual([{ alias: "champion", version: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const whileOne = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await testApp.http().put(`${aliases}/champion`).send({ version: 3, reason: "better recall" }).expect(200);
    // Setting it to where it is already records nothing.
    await testApp.http().put(`${aliases}/champion`).send({ version: 3 }).expect(200);

    expect((await testApp.http().get(`${aliases}/champion?at=${encodeURIComponent(whileOne)}`).expect(200)).body).toMatchObject({ version: 1 });
    expect((await testApp.http().get(`${aliases}/champion?at=${encodeURIComponent(beforeAny)}`).expect(200)).body).toMatchObject({ version: null });
    const now = (await testApp.http().get(`${aliases}/champion`).expect(200)).body;
    expect(now).toMatchObject({ version: 3, periods: [{ version: 1, until: expect.any(String) }, { version: 3, until: null }] });

    const history = (await testApp.http().get(`${base}/models/${model.id}/alias-history`).expect(200)).body;
    expect(history).toMatchObject({ total: 2, items: [{ alias: "champion", fromVersion: 1, toVersion: 3, actor: "Test Admin", reason: "better recall" }, { fromVersion: null, toVersion: 1, reason: "first release" }] });

    await testApp.http().delete(`${aliases}/champion?reason=${encodeURIComponent("pulled")}`).expect(204);
    expect((await testApp.http().get(`${aliases}/champion`).expect(200)).body.version).toBeNull();
    expect((await testApp.http().get(`${base}/models/${model.id}/alias-history?alias=champion`).expect(200)).body.items[0]).toMatchObject({ fromVersion: 3, toVersion: null, reason: "pulled" });
    expectError(await testApp.http().delete(`${aliases}/champion`), 404, "ALIAS_NOT_FOUND");
  });

  it("refuses reserved and malformed aliases and missing versions", async () => {
    const { base } = await projectWithRun(0.95);
    const model = (await testApp.http().post(`${base}/models`).send({ name: "alias-refusals" }).expect(201)).body;
    await testApp.http().post(`${base}/models/${model.id}/versions`).send({ source: "s3://b/1" }).expect(201);
    for (const alias of ["latest", "v2", "Champion", "a%20b"]) expectError(await testApp.http().put(`${base}/models/${model.id}/aliases/${alias}`).send({ version: 1 }), 400, "VALIDATION_FAILED", "alias");
    expectError(await testApp.http().put(`${base}/models/${model.id}/aliases/staging`).send({ version: 9 }), 404, "MODEL_VERSION_NOT_FOUND", "version");
    expectError(await testApp.http().put(`${base}/models/${model.id}/aliases/staging`).send({ version: "1" }), 400, "VALIDATION_FAILED", "version");
    expect(await testApp.prisma.modelAliasMove.count({ where: { modelId: model.id } })).toBe(0);
  });

  it("removes the aliases of a deleted version, with a line in their history", async () => {
    const { base } = await projectWithRun(0.95);
    const model = (await testApp.http().post(`${base}/models`).send({ name: "alias-delete" }).expect(201)).body;
    await testApp.http().post(`${base}/models/${model.id}/versions`).send({ source: "s3://c/1" }).expect(201);
    await testApp.http().put(`${base}/models/${model.id}/aliases/staging`).send({ version: 1 }).expect(200);
    await testApp.http().delete(`${base}/models/${model.id}/versions/1`).expect(204);
    expect((await testApp.http().get(`${base}/models/${model.id}`).expect(200)).body.aliases).toEqual([]);
    expect((await testApp.http().get(`${base}/models/${model.id}/alias-history`).expect(200)).body.items[0]).toMatchObject({ alias: "staging", fromVersion: 1, toVersion: null, reason: "version 1 deleted" });
  });
});
