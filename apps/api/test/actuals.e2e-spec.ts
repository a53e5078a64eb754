import { classificationReport } from "@lifecycle/domain";
import { MonitorsService } from "../src/modules/monitoring/monitors.service";
import { expectError, makeDeployment, makeLiveProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/** Actuals joined late by prediction id; production metrics with the offline maths, beside the test evaluation; monitors on them. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const HOUR = 3_600_000;
const MINUTE = 60_000;
const lastHour = () => Math.floor(Date.now() / HOUR) * HOUR - HOUR;

describe("actuals", () => {
  it("joins actuals arriving later with their predictions, ignores repeats, lists unknown ids, and answers the offline maths per window", async () => {
    const { url } = await makeLiveProject(testApp);
    const start = lastHour();
    const labels = ["fraud", "ok", "ok", "fraud", "ok", "ok", "ok", "fraud", "ok", "ok"];
    const truth = ["fraud", "ok", "fraud", "ok", "ok", "ok", "ok", "fraud", "ok", "fraud"];
    const records = labels.map((label, index) => ({ predictionId: `p-${index}`, timestamp: new Date(start + index * MINUTE).toISOString(), features: { amount: index }, prediction: { label } }));
    await testApp.http().post(`${url}/records`).send({ records }).expect(200);

    expectError(await testApp.http().post(`${url}/actuals`).send({ actuals: [{ predictionId: "p-0" }] }), 400, "VALIDATION_FAILED", "actuals.0.label");
    expectError(await testApp.http().post(`${url}/actuals`).send({ actuals: [{ predictionId: "p-0", label: "ok", value: 1 }] }), 400, "VALIDATION_FAILED", "actuals.0.label");
    expectError(await testApp.http().post(`${url}/actuals`).send({ actuals: [] }), 400, "VALIDATION_FAILED", "actuals");

    // The first half arrives, then the rest with a repeat and an id never predicted.
    const first = await testApp.http().post(`${url}/actuals`).send({ actuals: truth.slice(0, 5).map((label, index) => ({ predictionId: `p-${index}`, label })) }).expect(200);
    expect(first.body).toEqual({ joined: 5, duplicates: 0, unknown: 0, unknownPredictionIds: [] });
    const rest = truth.slice(5).map((label, index) => ({ predictionId: `p-${index + 5}`, label }));
    const second = await testApp.http().post(`${url}/actuals`).send({ actuals: [...rest, { predictionId: "p-0", label: "ok" }, { predictionId: "never-made", label: "ok" }, { predictionId: "p-9", label: "ok" }] }).expect(200);
    expect(second.body).toEqual({ joined: 5, duplicates: 2, unknown: 1, unknownPredictionIds: ["never-made"] });

    const report = (await testApp.http().get(`${url}/performance`).query({ from: new Date(start).toISOString(), to: new Date(start + HOUR).toISOString(), window: "1h" }).expect(200)).body;
    const matrix = [[2, 2], [1, 5]];
    expect(report.windows).toEqual([{ from: new Date(start).toISOString(), to: new Date(start + HOUR).toISOString(), labelled: 10, report: { kind: "classification", labels: ["fraud", "ok"], matrix, report: classificationReport(["fraud", "ok"], matrix) } }]);
    expect(report.total.report.accuracy).toBe(0.7);
    // Beside the deployed version's test figures.
    expect(report.reference).toEqual({ modelVersion: "scorer v1", testMetrics: { quality: 0.9 } });

    // A monitor on production accuracy alerts below 0.8.
    const monitor = (await testApp.http().post(`${url}/monitors`).send({ name: "accuracy", figure: "accuracy", operator: "lt", warning: 0.9, alert: 0.8, window: "1h", cadence: "1h" }).expect(201)).body;
    await testApp.app.get(MonitorsService).sweep(start + HOUR + MINUTE);
    expect((await testApp.http().get(`${url}/monitors/${monitor.id}`).expect(200)).body).toMatchObject({ state: "ALERT", lastValue: 0.7 });
  });

  it("evaluates a regressor's windows (MAE, RMSE, R²) and refuses nothing it can pair", async () => {
    const { url } = await makeDeployment(testApp);
    const start = lastHour();
    const predicted = [10, 12, 9, 15];
    const actual = [11, 12, 7, 16];
    await testApp.http().post(`${url}/records`).send({ records: predicted.map((value, index) => ({ predictionId: `r-${index}`, timestamp: new Date(start + index * MINUTE).toISOString(), features: { x: index }, prediction: { value } })) }).expect(200);
    await testApp.http().post(`${url}/actuals`).send({ actuals: actual.map((value, index) => ({ predictionId: `r-${index}`, value })) }).expect(200);
    const { windows, reference } = (await testApp.http().get(`${url}/performance`).query({ from: new Date(start).toISOString(), to: new Date(start + HOUR).toISOString() }).expect(200)).body;
    expect(reference).toBeNull();
    const metrics = windows[0].report.metrics;
    expect(metrics).toMatchObject({ count: 4, mae: 1, mse: 1.5, mapeExcluded: 0 });
    expect(metrics.rmse).toBeCloseTo(Math.sqrt(1.5), 12);
    const mean = 11.5;
    const spread = actual.reduce((sum, value) => sum + (value - mean) ** 2, 0);
    expect(metrics.r2).toBeCloseTo(1 - 6 / spread, 12);
    // A window with no actuals has no report.
    const empty = (await testApp.http().get(`${url}/performance`).query({ from: new Date(start - HOUR).toISOString(), to: new Date(start).toISOString() }).expect(200)).body;
    expect(empty.windows[0]).toMatchObject({ labelled: 0, report: null });
  });
});
