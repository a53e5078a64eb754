import { COMPLETE_FRAMING, countRows, expectError, makeKpi, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const framingUrl = (projectId: string) => `/api/v1/projects/${projectId}/framing`;

describe("problem framing", () => {
  it("is empty and incomplete before it is first saved", async () => {
    const project = await makeProject(testApp);
    const response = await testApp.http().get(framingUrl(project.id)).expect(200);
    expect(response.body).toMatchObject({ projectId: project.id, mlAppropriate: null, taskType: null, complete: false, updatedAt: null });
    expect(response.body.missing).toEqual(["mlAppropriate", "mlRationale", "taskType", "learningParadigm", "modelFamily", "applicationArea", "approach", "successMetric"]);
  });

  it("saves the fields sent, keeps the others and clears with null", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    await testApp.http().put(framingUrl(project.id)).send({ taskType: "regression", latencyConstraint: "p95 < 200 ms" }).expect(200);
    const saved = await testApp.http().put(framingUrl(project.id)).send({ ...COMPLETE_FRAMING, successKpiId: kpi.id }).expect(200);
    expect(saved.body).toMatchObject({ ...COMPLETE_FRAMING, successKpiId: kpi.id, latencyConstraint: "p95 < 200 ms", complete: true, missing: [] });
    const cleared = await testApp.http().put(framingUrl(project.id)).send({ latencyConstraint: null, modelFamily: null }).expect(200);
    expect(cleared.body).toMatchObject({ latencyConstraint: null, modelFamily: null, taskType: "binary_classification", complete: false, missing: ["modelFamily"] });
  });

  it.each([
    [{ taskType: "magic" }, "taskType"],
    [{ learningParadigm: "guessing" }, "learningParadigm"],
    [{ modelFamily: 3 }, "modelFamily"],
    [{ approach: "vibes" }, "approach"],
    [{ mlAppropriate: "yes" }, "mlAppropriate"],
    [{ successKpiId: "kpi-1" }, "successKpiId"],
    [{ colour: "blue" }, "colour"],
  ])("rejects %j with 400 naming %s, writing nothing", async (body, path) => {
    const project = await makeProject(testApp);
    const before = await countRows(testApp);
    expectError(await testApp.http().put(framingUrl(project.id)).send(body), 400, "VALIDATION_FAILED", path);
    expect(await countRows(testApp)).toEqual(before);
  });

  it("refuses a success KPI from another project", async () => {
    const project = await makeProject(testApp);
    const foreign = await makeKpi(testApp, (await makeProject(testApp)).id);
    expectError(await testApp.http().put(framingUrl(project.id)).send({ successKpiId: foreign.id }), 400, "VALIDATION_FAILED", "successKpiId");
  });

  it("answers 404 for an unknown project", async () => {
    expectError(await testApp.http().put(framingUrl("nope")).send({}), 404, "PROJECT_NOT_FOUND");
  });

  it("lists the vocabularies", async () => {
    const response = await testApp.http().get("/api/v1/vocabularies").expect(200);
    expect(Object.keys(response.body)).toEqual(["taskTypes", "learningParadigms", "modelFamilies", "applicationAreas", "approaches"]);
    expect(response.body.approaches.map((entry: { value: string }) => entry.value)).toEqual([
      "train_from_scratch",
      "transfer_learning",
      "fine_tuning",
      "adapters_lora",
      "rag",
      "prompt_engineering",
      "continued_pretraining",
    ]);
  });
});
