import { countRows, expectError, makeKpi, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const kpisUrl = (projectId: string) => `/api/v1/projects/${projectId}/kpis`;

describe("KPIs", () => {
  it("creates a KPI and lists it with its assessment", async () => {
    const project = await makeProject(testApp);
    const created = await testApp
      .http()
      .post(kpisUrl(project.id))
      .send({ name: "Spam caught", direction: "HIGHER_IS_BETTER", unit: "%", baseline: 80, target: 95, deadline: "2030-06-30", metricKey: "recall" })
      .expect(201);
    expect(created.body).toMatchObject({
      projectId: project.id,
      name: "Spam caught",
      unit: "%",
      deadline: "2030-06-30",
      metricKey: "recall",
      measurementCount: 0,
      trend: [],
      assessment: { status: "NO_DATA", current: null, met: false },
    });
    const list = await testApp.http().get(kpisUrl(project.id)).expect(200);
    expect(list.body.items).toEqual([created.body]);
  });

  it("records measurements and derives current value, progress and status", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id, { baseline: 80, target: 95, deadline: null });
    await testApp.http().post(`${kpisUrl(project.id)}/${kpi.id}/measurements`).send({ value: 85, measuredAt: "2026-01-01T00:00:00Z", source: "report" }).expect(201);
    const second = await testApp.http().post(`${kpisUrl(project.id)}/${kpi.id}/measurements`).send({ value: 91, measuredAt: "2026-02-01T00:00:00Z" }).expect(201);
    expect(second.body).toMatchObject({ value: 91, measuredAt: "2026-02-01T00:00:00.000Z", source: null, note: null });
    const body = (await testApp.http().get(`${kpisUrl(project.id)}/${kpi.id}`).expect(200)).body;
    expect(body.measurementCount).toBe(2);
    expect(body.trend.map((point: { value: number }) => point.value)).toEqual([85, 91]);
    expect(body.assessment).toMatchObject({ current: 91, met: false, onTrack: true, status: "ON_TRACK" });
    expect(body.assessment.progress).toBeCloseTo(11 / 15, 12);
    await testApp.http().post(`${kpisUrl(project.id)}/${kpi.id}/measurements`).send({ value: 96 }).expect(201);
    const met = (await testApp.http().get(`${kpisUrl(project.id)}/${kpi.id}`).expect(200)).body;
    expect(met.assessment).toMatchObject({ status: "MET", met: true, progress: 1 });
    const project2 = (await testApp.http().get(`/api/v1/projects/${project.id}`).expect(200)).body;
    expect(project2.kpiSummary).toEqual({ status: "MET", total: 1, met: 1, onTrack: 0, atRisk: 0, noData: 0 });
  });

  it("pages measurements newest first and deletes one", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    for (const [index, value] of [0.81, 0.82, 0.83].entries()) {
      await testApp.http().post(`${kpisUrl(project.id)}/${kpi.id}/measurements`).send({ value, measuredAt: `2026-0${index + 1}-01T00:00:00Z` }).expect(201);
    }
    const page = await testApp.http().get(`${kpisUrl(project.id)}/${kpi.id}/measurements?pageSize=2`).expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.body.items.map((item: { value: number }) => item.value)).toEqual([0.83, 0.82]);
    await testApp.http().delete(`${kpisUrl(project.id)}/${kpi.id}/measurements/${page.body.items[0].id}`).expect(204);
    expectError(await testApp.http().delete(`${kpisUrl(project.id)}/${kpi.id}/measurements/${page.body.items[0].id}`), 404, "MEASUREMENT_NOT_FOUND");
  });

  it("corrects a measurement's value, time and note, refusing bad input and writing nothing then", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    const url = `${kpisUrl(project.id)}/${kpi.id}/measurements`;
    const first = (await testApp.http().post(url).send({ value: 0.81, measuredAt: "2026-01-01T00:00:00Z" }).expect(201)).body;
    await testApp.http().post(url).send({ value: 0.85, measuredAt: "2026-02-01T00:00:00Z" }).expect(201);
    const corrected = (await testApp.http().patch(`${url}/${first.id}`).send({ value: 0.801, measuredAt: "2026-03-01T08:15:30.250Z", note: "typo fixed" }).expect(200)).body;
    expect(corrected).toEqual({ id: first.id, value: 0.801, measuredAt: "2026-03-01T08:15:30.250Z", source: null, note: "typo fixed" });
    // Now the newest, so it is the KPI's current value.
    expect((await testApp.http().get(`${kpisUrl(project.id)}/${kpi.id}`).expect(200)).body.assessment.current).toBe(0.801);
    expectError(await testApp.http().patch(`${url}/${first.id}`).send({ value: "high" }), 400, "VALIDATION_FAILED", "value");
    expectError(await testApp.http().patch(`${url}/${first.id}`).send({ measuredAt: "yesterday" }), 400, "VALIDATION_FAILED", "measuredAt");
    expectError(await testApp.http().patch(`${url}/00000000-0000-4000-8000-000000000000`).send({ value: 1 }), 404, "MEASUREMENT_NOT_FOUND");
    expect((await testApp.http().get(url).expect(200)).body.items[0]).toEqual(corrected);
  });

  it("keeps measurements entered at the same instant in the order they were recorded", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    const url = `${kpisUrl(project.id)}/${kpi.id}/measurements`;
    for (const value of [0.7, 0.75, 0.8]) await testApp.http().post(url).send({ value, measuredAt: "2026-05-01T10:00:00Z" }).expect(201);
    expect((await testApp.http().get(url).expect(200)).body.items.map((item: { value: number }) => item.value)).toEqual([0.8, 0.75, 0.7]);
    const shown = (await testApp.http().get(`${kpisUrl(project.id)}/${kpi.id}`).expect(200)).body;
    expect(shown.trend.map((item: { value: number }) => item.value)).toEqual([0.7, 0.75, 0.8]);
    expect(shown.assessment.current).toBe(0.8);
  });

  it("updates and deletes a KPI", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    const updated = await testApp.http().patch(`${kpisUrl(project.id)}/${kpi.id}`).send({ target: 0.97, unit: "" }).expect(200);
    expect(updated.body).toMatchObject({ target: 0.97, unit: null });
    await testApp.http().delete(`${kpisUrl(project.id)}/${kpi.id}`).expect(204);
    expectError(await testApp.http().get(`${kpisUrl(project.id)}/${kpi.id}`), 404, "KPI_NOT_FOUND");
  });

  it("answers 409 KPI_NAME_TAKEN for a second KPI with the same name", async () => {
    const project = await makeProject(testApp);
    await makeKpi(testApp, project.id, { name: "Latency" });
    const before = await countRows(testApp);
    expectError(await testApp.http().post(kpisUrl(project.id)).send({ name: "Latency", direction: "LOWER_IS_BETTER" }), 409, "KPI_NAME_TAKEN", "name");
    expect(await countRows(testApp)).toEqual(before);
  });

  it.each([
    [{ direction: "HIGHER_IS_BETTER" }, "name"],
    [{ name: "x" }, "direction"],
    [{ name: "x", direction: "UP" }, "direction"],
    [{ name: "x", direction: "HIGHER_IS_BETTER", target: "high" }, "target"],
    [{ name: "x", direction: "HIGHER_IS_BETTER", baseline: 0.9, target: 0.8 }, "target"],
    [{ name: "x", direction: "LOWER_IS_BETTER", baseline: 100, target: 200 }, "target"],
    [{ name: "x", direction: "HIGHER_IS_BETTER", deadline: "next week" }, "deadline"],
    [{ name: "x", direction: "HIGHER_IS_BETTER", deadline: "2026-02-30" }, "deadline"],
    [{ name: "x", direction: "HIGHER_IS_BETTER", metricKey: "../escape;" }, "metricKey"],
    [{ name: "x", direction: "HIGHER_IS_BETTER", weight: 2 }, "weight"],
  ])("rejects %j with 400 naming %s, writing nothing", async (body, path) => {
    const project = await makeProject(testApp);
    const before = await countRows(testApp);
    expectError(await testApp.http().post(kpisUrl(project.id)).send(body), 400, "VALIDATION_FAILED", path);
    expect(await countRows(testApp)).toEqual(before);
  });

  it("checks an update's target against the stored direction and baseline", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id, { baseline: 0.8, target: 0.9 });
    expectError(await testApp.http().patch(`${kpisUrl(project.id)}/${kpi.id}`).send({ target: 0.7 }), 400, "VALIDATION_FAILED", "target");
  });

  it.each([
    [{}, "value"],
    [{ value: "9" }, "value"],
    [{ value: 1, measuredAt: "yesterday" }, "measuredAt"],
    [{ value: 1, note: "x".repeat(2001) }, "note"],
  ])("rejects measurement %j with 400 naming %s", async (body, path) => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    expectError(await testApp.http().post(`${kpisUrl(project.id)}/${kpi.id}/measurements`).send(body), 400, "VALIDATION_FAILED", path);
  });

  it("answers 404 for a KPI of another project and 400 for a malformed id", async () => {
    const project = await makeProject(testApp);
    const other = await makeProject(testApp);
    const kpi = await makeKpi(testApp, other.id);
    expectError(await testApp.http().get(`${kpisUrl(project.id)}/${kpi.id}`), 404, "KPI_NOT_FOUND");
    expectError(await testApp.http().post(`${kpisUrl(project.id)}/${kpi.id}/measurements`).send({ value: 1 }), 404, "KPI_NOT_FOUND");
    expectError(await testApp.http().get(`${kpisUrl(project.id)}/not-a-uuid`), 400, "VALIDATION_FAILED", "kpiId");
    expectError(await testApp.http().get(kpisUrl("missing-project")), 404, "PROJECT_NOT_FOUND");
  });
});

describe("idempotent measurements", () => {
  it("writes a retried measurement once and answers the first result", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    const url = `${kpisUrl(project.id)}/${kpi.id}/measurements`;
    const first = await testApp.http().post(url).set("Idempotency-Key", "client-1:42").send({ value: 0.9, note: "nightly" }).expect(201);
    const retry = await testApp.http().post(url).set("Idempotency-Key", "client-1:42").send({ value: 0.9, note: "nightly" }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect((await testApp.http().get(url).expect(200)).body.total).toBe(1);
    const concurrent = await Promise.all([1, 2, 3].map(() => testApp.http().post(url).set("Idempotency-Key", "client-2:1").send({ value: 0.5 })));
    expect(concurrent.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(new Set(concurrent.map((response) => response.body.id)).size).toBe(1);
    expect((await testApp.http().get(url).expect(200)).body.total).toBe(2);
  });

  it("refuses a key reused for other values, and a malformed key", async () => {
    const project = await makeProject(testApp);
    const kpi = await makeKpi(testApp, project.id);
    const url = `${kpisUrl(project.id)}/${kpi.id}/measurements`;
    await testApp.http().post(url).set("Idempotency-Key", "k1").send({ value: 1 }).expect(201);
    expectError(await testApp.http().post(url).set("Idempotency-Key", "k1").send({ value: 2 }), 409, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
    expectError(await testApp.http().post(url).set("Idempotency-Key", "has spaces").send({ value: 2 }), 400, "VALIDATION_FAILED", "Idempotency-Key");
    expect((await testApp.http().get(url).expect(200)).body.total).toBe(1);
  });
});
