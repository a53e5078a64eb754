import { countRows, expectError, makeKpi, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

describe("POST /api/v1/projects", () => {
  it("creates a project from just a name, in its first stage", async () => {
    const response = await testApp.http().post("/api/v1/projects").send({ name: "Spam Email Classifier" }).expect(201);
    expect(response.body).toMatchObject({
      slug: "spam-email-classifier",
      name: "Spam Email Classifier",
      status: "ACTIVE",
      currentStage: "GOALS_KPIS",
      iteration: 1,
      version: 1,
      stakeholders: [],
      businessGoal: null,
      kpiSummary: { status: "NO_KPIS", total: 0 },
    });
    expect(new Date(response.body.stageEnteredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("takes every field and trims text", async () => {
    const response = await testApp
      .http()
      .post("/api/v1/projects")
      .send({
        name: "  Demand forecast  ",
        slug: "demand-2027",
        description: "Weekly demand per store",
        businessProblem: "Stock-outs and waste",
        businessGoal: "Cut waste by 10%",
        stakeholders: ["Supply chain", "Finance"],
        budget: 120000,
        budgetCurrency: "EUR",
        successCriteria: "MAPE under 8%",
        owner: "Dana",
      })
      .expect(201);
    expect(response.body).toMatchObject({ name: "Demand forecast", slug: "demand-2027", stakeholders: ["Supply chain", "Finance"], budget: 120000, owner: "Dana" });
  });

  it("numbers the derived slug when it is taken", async () => {
    const first = await makeProject(testApp, { name: "Duplicate name" });
    const second = await makeProject(testApp, { name: "Duplicate name" });
    expect(first.slug).toBe("duplicate-name");
    expect(second.slug).toBe("duplicate-name-2");
  });

  it("answers 409 SLUG_TAKEN for an explicit slug in use, writing nothing", async () => {
    await makeProject(testApp, { slug: "taken-slug" });
    const before = await countRows(testApp);
    const response = await testApp.http().post("/api/v1/projects").send({ name: "Other", slug: "taken-slug" });
    expectError(response, 409, "SLUG_TAKEN", "slug");
    expect(await countRows(testApp)).toEqual(before);
  });

  it.each([
    [{}, "name"],
    [{ name: "" }, "name"],
    [{ name: "   " }, "name"],
    [{ name: 42 }, "name"],
    [{ name: "x".repeat(121) }, "name"],
    [{ name: "ok", slug: "Not A Slug" }, "slug"],
    [{ name: "ok", budget: -1 }, "budget"],
    [{ name: "ok", budget: "lots" }, "budget"],
    [{ name: "ok", budgetCurrency: "euro" }, "budgetCurrency"],
    [{ name: "ok", stakeholders: "everyone" }, "stakeholders"],
    [{ name: "ok", stakeholders: [""] }, "stakeholders.0"],
    [{ name: "ok", surprise: true }, "surprise"],
  ])("rejects %j with 400 naming %s, writing nothing", async (body, path) => {
    const before = await countRows(testApp);
    const response = await testApp.http().post("/api/v1/projects").send(body);
    expectError(response, 400, "VALIDATION_FAILED", path);
    expect(await countRows(testApp)).toEqual(before);
  });

  it("answers 400 MALFORMED_REQUEST for a body that is not JSON", async () => {
    const response = await testApp.http().post("/api/v1/projects").set("content-type", "application/json").send("{bad json");
    expectError(response, 400, "MALFORMED_REQUEST");
  });
});

describe("GET /api/v1/projects/:projectId", () => {
  it("finds a project by id and by slug", async () => {
    const project = await makeProject(testApp);
    const byId = await testApp.http().get(`/api/v1/projects/${project.id}`).expect(200);
    const bySlug = await testApp.http().get(`/api/v1/projects/${project.slug}`).expect(200);
    expect(bySlug.body).toEqual(byId.body);
  });

  it.each(["no-such-project", "00000000-0000-4000-8000-000000000000"])("answers 404 PROJECT_NOT_FOUND for %s", async (ref) => {
    expectError(await testApp.http().get(`/api/v1/projects/${ref}`), 404, "PROJECT_NOT_FOUND");
  });

  it("echoes a caller's correlation id in the header and the error", async () => {
    const response = await testApp.http().get("/api/v1/projects/missing").set("x-correlation-id", "trace-123");
    expect(response.headers["x-correlation-id"]).toBe("trace-123");
    expect(response.body.correlationId).toBe("trace-123");
  });
});

describe("GET /api/v1/projects", () => {
  let listApp: TestApp;
  beforeAll(async () => {
    listApp = await createTestApp();
    await makeProject(listApp, { name: "Alpha ticket sentiment", owner: "Ana", businessGoal: "Route angry tickets first" });
    await makeProject(listApp, { name: "Beta defect detection", owner: "Ben" });
    const archived = await makeProject(listApp, { name: "Gamma archived", owner: "Ana" });
    await listApp.http().patch(`/api/v1/projects/${archived.id}`).send({ version: archived.version, status: "ARCHIVED" }).expect(200);
    const closed = await makeProject(listApp, { name: "Delta closed", owner: "Dan" });
    await listApp.http().patch(`/api/v1/projects/${closed.id}`).send({ version: closed.version, status: "CLOSED" }).expect(200);
  });
  afterAll(() => listApp?.close());

  const names = (body: { items: Array<{ name: string }> }) => body.items.map((item) => item.name);

  it("hides archived projects unless asked for", async () => {
    const all = await listApp.http().get("/api/v1/projects?sort=name&order=asc").expect(200);
    expect(names(all.body)).toEqual(["Alpha ticket sentiment", "Beta defect detection", "Delta closed"]);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    const archived = await listApp.http().get("/api/v1/projects?status=ARCHIVED").expect(200);
    expect(names(archived.body)).toEqual(["Gamma archived"]);
  });

  it("searches text in name, goal and owner, case-insensitively", async () => {
    expect(names((await listApp.http().get("/api/v1/projects?q=ANGRY").expect(200)).body)).toEqual(["Alpha ticket sentiment"]);
    expect(names((await listApp.http().get("/api/v1/projects?q=defect").expect(200)).body)).toEqual(["Beta defect detection"]);
  });

  it("filters by owner and stage", async () => {
    expect(names((await listApp.http().get("/api/v1/projects?owner=ana").expect(200)).body)).toEqual(["Alpha ticket sentiment"]);
    expect((await listApp.http().get("/api/v1/projects?stage=DATA").expect(200)).body.total).toBe(0);
  });

  it("counts every stage's projects under the same filters, whatever the page or stage asked for", async () => {
    const zero = { GOALS_KPIS: 0, PROBLEM_FRAMING: 0, DATA: 0, MODEL_DEVELOPMENT: 0, DEPLOYMENT: 0, MONITORING: 0, ITERATION: 0 };
    const moved = await makeProject(listApp, { name: "Epsilon framed", owner: "Eve", businessGoal: "Fewer refunds" });
    await makeKpi(listApp, moved.id);
    await listApp.http().post(`/api/v1/projects/${moved.id}/transitions`).send({ to: "PROBLEM_FRAMING" }).expect(201);
    const page = (await listApp.http().get("/api/v1/projects?pageSize=1&stage=GOALS_KPIS").expect(200)).body;
    expect(page.items).toHaveLength(1);
    expect(page.stageCounts).toEqual({ ...zero, GOALS_KPIS: 3, PROBLEM_FRAMING: 1 });
    expect((await listApp.http().get("/api/v1/projects?owner=eve").expect(200)).body.stageCounts).toEqual({ ...zero, PROBLEM_FRAMING: 1 });
    expect((await listApp.http().get("/api/v1/projects?status=ARCHIVED").expect(200)).body.stageCounts).toEqual({ ...zero, GOALS_KPIS: 1 });
    // The board's first screen in one request: the first N of every stage, in the sort order.
    const board = (await listApp.http().get("/api/v1/projects?perStage=2&sort=name&order=asc").expect(200)).body;
    expect(board.items.map((item: { name: string; currentStage: string }) => `${item.currentStage} ${item.name}`)).toEqual([
      "GOALS_KPIS Alpha ticket sentiment",
      "GOALS_KPIS Beta defect detection",
      "PROBLEM_FRAMING Epsilon framed",
    ]);
    expect(board.total).toBe(4);
    expectError(await listApp.http().get("/api/v1/projects?perStage=101"), 400, "VALIDATION_FAILED", "perStage");
    await listApp.http().delete(`/api/v1/projects/${moved.id}`).expect(204);
  });

  it("sorts and pages", async () => {
    const page1 = await listApp.http().get("/api/v1/projects?sort=name&order=desc&pageSize=2&page=1").expect(200);
    const page2 = await listApp.http().get("/api/v1/projects?sort=name&order=desc&pageSize=2&page=2").expect(200);
    expect(names(page1.body)).toEqual(["Delta closed", "Beta defect detection"]);
    expect(names(page2.body)).toEqual(["Alpha ticket sentiment"]);
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
  });

  it.each([
    ["pageSize=0", "pageSize"],
    ["pageSize=201", "pageSize"],
    ["page=abc", "page"],
    ["sort=owner", "sort"],
    ["status=GONE", "status"],
    ["stage=LAUNCH", "stage"],
    ["unknown=1", "unknown"],
  ])("rejects ?%s with 400 naming %s", async (query, path) => {
    expectError(await listApp.http().get(`/api/v1/projects?${query}`), 400, "VALIDATION_FAILED", path);
  });
});

describe("PATCH /api/v1/projects/:projectId", () => {
  it("updates fields, clears text with an empty string and raises the version", async () => {
    const project = await makeProject(testApp, { description: "old" });
    const response = await testApp
      .http()
      .patch(`/api/v1/projects/${project.id}`)
      .send({ version: project.version, businessGoal: "Fewer stock-outs", description: "", stakeholders: ["Ops"] })
      .expect(200);
    expect(response.body).toMatchObject({ businessGoal: "Fewer stock-outs", description: null, stakeholders: ["Ops"], version: 2 });
  });

  it("answers 409 STALE_VERSION to an edit based on an old read, writing nothing", async () => {
    const project = await makeProject(testApp);
    await testApp.http().patch(`/api/v1/projects/${project.id}`).send({ version: 1, owner: "First" }).expect(200);
    const response = await testApp.http().patch(`/api/v1/projects/${project.id}`).send({ version: 1, owner: "Second" });
    expectError(response, 409, "STALE_VERSION", "version");
    expect((await testApp.http().get(`/api/v1/projects/${project.id}`)).body).toMatchObject({ owner: "First", version: 2 });
  });

  it("answers 409 SLUG_TAKEN when renaming onto another project's slug", async () => {
    const first = await makeProject(testApp);
    const second = await makeProject(testApp);
    expectError(await testApp.http().patch(`/api/v1/projects/${second.id}`).send({ version: 1, slug: first.slug }), 409, "SLUG_TAKEN", "slug");
  });

  it.each([
    [{}, "version"],
    [{ version: 0 }, "version"],
    [{ version: 1, status: "DONE" }, "status"],
    [{ version: 1, name: "" }, "name"],
    [{ version: 1, currentStage: "DATA" }, "currentStage"],
  ])("rejects %j with 400 naming %s", async (body, path) => {
    const project = await makeProject(testApp);
    expectError(await testApp.http().patch(`/api/v1/projects/${project.id}`).send(body), 400, "VALIDATION_FAILED", path);
  });

  it("answers 404 for an unknown project", async () => {
    expectError(await testApp.http().patch("/api/v1/projects/nope").send({ version: 1 }), 404, "PROJECT_NOT_FOUND");
  });
});

describe("DELETE /api/v1/projects/:projectId", () => {
  it("deletes a project with everything it holds", async () => {
    const project = await makeProject(testApp);
    await testApp.http().delete(`/api/v1/projects/${project.id}`).expect(204);
    expectError(await testApp.http().get(`/api/v1/projects/${project.id}`), 404, "PROJECT_NOT_FOUND");
    expect(await testApp.prisma.checklistItem.count({ where: { projectId: project.id } })).toBe(0);
    expectError(await testApp.http().delete(`/api/v1/projects/${project.id}`), 404, "PROJECT_NOT_FOUND");
  });
});

describe("routing", () => {
  it("answers unknown API routes with 404 in the error shape", async () => {
    expectError(await testApp.http().get("/api/v1/nothing-here"), 404, "ROUTE_NOT_FOUND");
  });
});

describe("validation details", () => {
  it("names every unknown key on its own", async () => {
    const response = await testApp.http().post("/api/v1/projects").send({ name: "x", colour: "red", size: 3 });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      { path: "colour", code: "unrecognized_keys", message: 'Unrecognized key: "colour"' },
      { path: "size", code: "unrecognized_keys", message: 'Unrecognized key: "size"' },
    ]);
  });
});
