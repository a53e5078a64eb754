import { countRows, expectError, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

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
