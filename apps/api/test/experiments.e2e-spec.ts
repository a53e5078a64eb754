import { countRows, expectError, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const url = (projectId: string) => `/api/v1/projects/${projectId}/experiments`;

describe("experiments", () => {
  it("are created, listed newest first, renamed, re-tagged and deleted", async () => {
    const project = await makeProject(testApp);
    const first = await testApp.http().post(url(project.id)).send({ name: "knn-baseline", description: "k from 1 to 15", tags: { team: "nlp", "data/version": "v3" } }).expect(201);
    expect(first.body).toMatchObject({ projectId: project.id, name: "knn-baseline", description: "k from 1 to 15", tags: { team: "nlp", "data/version": "v3" } });
    const second = await testApp.http().post(url(project.id)).send({ name: "logistic" }).expect(201);
    expect(second.body).toMatchObject({ tags: {}, description: null });
    const list = await testApp.http().get(url(project.id)).expect(200);
    expect(list.body.items.map((item: { name: string }) => item.name)).toEqual(["logistic", "knn-baseline"]);

    const updated = await testApp.http().patch(`${url(project.id)}/${first.body.id}`).send({ name: "knn", tags: { team: "cv" }, description: "" }).expect(200);
    expect(updated.body).toMatchObject({ name: "knn", tags: { team: "cv" }, description: null });
    await testApp.http().delete(`${url(project.id)}/${first.body.id}`).expect(204);
    expectError(await testApp.http().get(`${url(project.id)}/${first.body.id}`), 404, "EXPERIMENT_NOT_FOUND");
  });

  it("shows an experiment deleted through MLflow as deleted, refuses new runs in it, and restores it with its runs", async () => {
    const project = await makeProject(testApp);
    const experiment = (await testApp.http().post(url(project.id)).send({ name: "sweep" }).expect(201)).body;
    const run = (await testApp.http().post(`${url(project.id)}/${experiment.id}/runs`).send({}).expect(201)).body;
    await testApp.http().post("/api/2.0/mlflow/experiments/delete").send({ experiment_id: experiment.id }).expect(200);

    const listed = (await testApp.http().get(url(project.id)).expect(200)).body.items[0];
    expect(listed).toMatchObject({ id: experiment.id, deletedAt: expect.any(String) });
    expect((await testApp.http().get(`/api/v1/projects/${project.id}/runs/${run.id}`).expect(200)).body.deletedAt).toEqual(listed.deletedAt);
    expectError(await testApp.http().post(`${url(project.id)}/${experiment.id}/runs`).send({}), 409, "EXPERIMENT_DELETED");

    const restored = (await testApp.http().post(`${url(project.id)}/${experiment.id}/restore`).expect(200)).body;
    expect(restored).toMatchObject({ id: experiment.id, deletedAt: null });
    expect((await testApp.http().get(`/api/v1/projects/${project.id}/runs/${run.id}`).expect(200)).body.deletedAt).toBeNull();
    expectError(await testApp.http().post(`${url(project.id)}/${experiment.id}/restore`), 409, "EXPERIMENT_NOT_DELETED");
  });

  it("move with their runs and artifacts to another project where the caller contributes, and not with lineage or a taken name", async () => {
    const user = await testApp.createUser();
    const source = (await user.http().post("/api/v1/projects").send({ name: "Imports" }).expect(201)).body;
    const target = (await user.http().post("/api/v1/projects").send({ name: "Churn" }).expect(201)).body;
    const experiment = (await user.http().post(url(source.id)).send({ name: "sweep" }).expect(201)).body;
    const run = (await user.http().post(`${url(source.id)}/${experiment.id}/runs`).send({ name: "r1" }).expect(201)).body;
    await user.http().put(`/api/v1/projects/${source.id}/runs/${run.id}/artifacts/content?path=model.pkl`).send(Buffer.from("weights")).expect(200);

    const moved = (await user.http().post(`${url(source.id)}/${experiment.id}/move`).send({ toProject: target.slug }).expect(200)).body;
    expect(moved).toMatchObject({ id: experiment.id, projectId: target.id, name: "sweep" });
    expect((await user.http().get(url(source.id)).expect(200)).body.items).toEqual([]);
    expect((await user.http().get(`/api/v1/projects/${target.id}/runs/${run.id}`).expect(200)).body.name).toBe("r1");
    expectError(await user.http().get(`/api/v1/projects/${source.id}/runs/${run.id}`), 404, "RUN_NOT_FOUND");
    expect((await user.http().get(`/api/v1/projects/${target.id}/runs/${run.id}/artifacts`).expect(200)).body.items).toEqual([{ path: "model.pkl", isDir: false, size: 7 }]);

    // Back again is refused while a run records data of the target's data sets; a taken name is a 409; a project the caller cannot see is a 404.
    const dataSet = (await user.http().post(`/api/v1/projects/${target.id}/data-sets`).send({ name: "D", kind: "TABLE", labelling: "LABELLED" }).expect(201)).body;
    const version = (await user.http().post(`/api/v1/projects/${target.id}/data-sets/${dataSet.id}/versions`).send({ fingerprint: "f", itemCount: 2, splits: [{ name: "train", count: 2 }] }).expect(201)).body.versions[0];
    await user.http().post(`/api/v1/projects/${target.id}/runs/${run.id}/data`).send({ versionId: version.id, split: "train", purpose: "TRAINING" }).expect(201);
    expectError(await user.http().post(`${url(target.id)}/${experiment.id}/move`).send({ toProject: source.id }), 409, "EXPERIMENT_HAS_LINEAGE");
    const other = (await user.http().post(url(target.id)).send({ name: "other" }).expect(201)).body;
    await user.http().post(url(source.id)).send({ name: "other" }).expect(201);
    expectError(await user.http().post(`${url(target.id)}/${other.id}/move`).send({ toProject: source.id }), 409, "EXPERIMENT_NAME_TAKEN");
    expectError(await user.http().post(`${url(target.id)}/${other.id}/move`).send({ toProject: target.id }), 400, "VALIDATION_FAILED", "toProject");
    const foreign = await makeProject(testApp);
    expectError(await user.http().post(`${url(target.id)}/${other.id}/move`).send({ toProject: foreign.id }), 404, "PROJECT_NOT_FOUND");
    // A viewer of the target may not move experiments into it.
    await testApp.http().post(`/api/v1/projects/${foreign.id}/members`).send({ email: user.email, role: "VIEWER" }).expect(201);
    expectError(await user.http().post(`${url(target.id)}/${other.id}/move`).send({ toProject: foreign.id }), 403, "FORBIDDEN");
  });

  it("keeps names unique within a project, not across projects", async () => {
    const project = await makeProject(testApp);
    const other = await makeProject(testApp);
    await testApp.http().post(url(project.id)).send({ name: "baseline" }).expect(201);
    await testApp.http().post(url(other.id)).send({ name: "baseline" }).expect(201);
    const before = await countRows(testApp);
    expectError(await testApp.http().post(url(project.id)).send({ name: "baseline" }), 409, "EXPERIMENT_NAME_TAKEN", "name");
    expect(await countRows(testApp)).toEqual(before);
  });

  it.each([
    [{}, "name"],
    [{ name: "" }, "name"],
    [{ name: "x", tags: ["a"] }, "tags"],
    [{ name: "x", tags: { "bad key!": "v" } }, "tags.bad key!"],
    [{ name: "x", tags: { k: 1 } }, "tags.k"],
    [{ name: "x", owner: "me" }, "owner"],
  ])("rejects %j with 400 naming %s", async (body, path) => {
    const project = await makeProject(testApp);
    expectError(await testApp.http().post(url(project.id)).send(body), 400, "VALIDATION_FAILED", path);
  });

  it("answers 404 for an experiment of another project", async () => {
    const project = await makeProject(testApp);
    const other = await makeProject(testApp);
    const experiment = (await testApp.http().post(url(other.id)).send({ name: "theirs" }).expect(201)).body;
    expectError(await testApp.http().get(`${url(project.id)}/${experiment.id}`), 404, "EXPERIMENT_NOT_FOUND");
    expectError(await testApp.http().get(`${url(project.id)}/not-a-uuid`), 400, "VALIDATION_FAILED", "experimentId");
  });
});
