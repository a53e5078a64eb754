import { Client } from "pg";
import { MonitorsService } from "../src/modules/monitoring/monitors.service";
import { expectError, makeDeployment, makeKpi } from "./support/factories";
import { inferenceRecords as records, monitoredDeployment as monitored } from "./support/monitoring";
import { createTestApp, type TestApp } from "./support/test-app";

/** Monitors evaluated on schedule, once per window across processes, and the alerts people acknowledge and resolve. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const HOUR = 3_600_000;
const MINUTE = 60_000;

const monitoredDeployment = () => monitored(testApp);

describe("monitors", () => {
  it("evaluates each window once, moves OK → ALERT with its history, and opens one alert that people acknowledge and resolve", async () => {
    const { base, url, calm, drifted } = await monitoredDeployment();
    const monitor = (
      await testApp.http().post(`${url}/monitors`).send({ name: "data set drift", figure: "dataset_drift_share", operator: "gte", warning: 0.3, alert: 0.5, window: "1h", cadence: "1h" }).expect(201)
    ).body;
    expect(monitor).toMatchObject({ state: null, openAlerts: 0, noData: "NO_DATA" });
    const scheduler = testApp.app.get(MonitorsService);

    // Just after the calm hour: its window is evaluated, OK.
    expect(await scheduler.sweep(drifted + MINUTE)).toBe(1);
    expect(await scheduler.sweep(drifted + 2 * MINUTE)).toBe(0);
    expect((await testApp.http().get(`${url}/monitors/${monitor.id}`).expect(200)).body).toMatchObject({ state: "OK", lastValue: 0, lastWindowTo: new Date(drifted).toISOString(), nextDueAt: new Date(drifted + HOUR).toISOString() });

    // Just after the drifted hour: ALERT, and one alert opens.
    expect(await scheduler.sweep(drifted + HOUR + MINUTE)).toBe(1);
    const alerted = (await testApp.http().get(`${url}/monitors/${monitor.id}`).expect(200)).body;
    expect(alerted).toMatchObject({ state: "ALERT", lastValue: 1, openAlerts: 1 });
    const history = (await testApp.http().get(`${url}/monitors/${monitor.id}/evaluations`).expect(200)).body;
    expect(history.items.map((item: { state: string; windowFrom: string }) => [item.state, item.windowFrom])).toEqual([
      ["ALERT", new Date(drifted).toISOString()],
      ["OK", new Date(calm).toISOString()],
    ]);

    // The project (and so its board card) counts it.
    expect((await testApp.http().get(base).expect(200)).body.openAlerts).toBe(1);
    const open = (await testApp.http().get(`${base}/alerts?status=UNRESOLVED`).expect(200)).body;
    expect(open.total).toBe(1);
    const alert = open.items[0];
    expect(alert).toMatchObject({ status: "OPEN", monitorName: "data set drift", deploymentName: "scorer", value: 1, windowFrom: new Date(drifted).toISOString() });
    expect(alert.message).toContain("data set drift: Share of features that drifted 1 ≥ 0.5");

    // Still in ALERT an hour later: no second alert. Evaluating now again changes nothing either.
    await testApp.http().post(`${url}/records`).send({ records: records(300, drifted + HOUR, "later", 1) }).expect(200);
    expect(await scheduler.sweep(drifted + 2 * HOUR + MINUTE)).toBe(1);
    expect((await testApp.http().post(`${url}/monitors/${monitor.id}/evaluate`).expect(200)).body).toMatchObject({ state: "ALERT", openAlerts: 1 });
    expect((await testApp.http().get(`${base}/alerts`).expect(200)).body.total).toBe(1);

    const acknowledged = (await testApp.http().post(`${base}/alerts/${alert.id}/acknowledge`).send({ note: "looking at the new card issuer" }).expect(200)).body;
    expect(acknowledged).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedBy: expect.any(String), acknowledgeNote: "looking at the new card issuer" });
    expectError(await testApp.http().post(`${base}/alerts/${alert.id}/acknowledge`).send({}), 409, "ALERT_STATUS_CHANGED");
    const resolved = (await testApp.http().post(`${base}/alerts/${alert.id}/resolve`).send({ note: "retrained on November data" }).expect(200)).body;
    expect(resolved).toMatchObject({ status: "RESOLVED", resolveNote: "retrained on November data", resolvedAt: expect.any(String) });
    expectError(await testApp.http().post(`${base}/alerts/${alert.id}/resolve`).send({}), 409, "ALERT_STATUS_CHANGED");
    expect((await testApp.http().get(`${base}/alerts?status=UNRESOLVED`).expect(200)).body.total).toBe(0);
    expect((await testApp.http().get(base).expect(200)).body.openAlerts).toBe(0);
    expectError(await testApp.http().post(`${base}/alerts/00000000-0000-4000-8000-000000000000/resolve`).send({}), 404, "ALERT_NOT_FOUND");
  });

  it("watches traffic figures, and follows the no-data policy for an empty window", async () => {
    const { url, drifted } = await monitoredDeployment();
    const latency = (await testApp.http().post(`${url}/monitors`).send({ name: "latency", figure: "latency_p95", operator: "gt", warning: 100, alert: 300, window: "1h", cadence: "1h" }).expect(201)).body;
    const quiet = (await testApp.http().post(`${url}/monitors`).send({ name: "volume", figure: "volume", operator: "lt", alert: 1, window: "1h", cadence: "1h", noData: "ALERT" }).expect(201)).body;
    const psi = (await testApp.http().post(`${url}/monitors`).send({ name: "amount psi", figure: "feature_psi", feature: "amount", operator: "gt", alert: 0.25, window: "6h", cadence: "1h" }).expect(201)).body;
    const scheduler = testApp.app.get(MonitorsService);
    expect(await scheduler.sweep(drifted + HOUR + MINUTE)).toBe(3);
    const states = Object.fromEntries(((await testApp.http().get(`${url}/monitors`).expect(200)).body.items as { name: string; state: string; lastValue: number }[]).map((item) => [item.name, [item.state, item.lastValue]]));
    expect(states.latency![0]).toBe("ALERT");
    expect(states.volume).toEqual(["OK", 600]);
    expect(states["amount psi"]![0]).toBe("ALERT");
    // An hour with no records: volume's figure is 0 (a value), latency has none (NO_DATA).
    expect(await scheduler.sweep(drifted + 2 * HOUR + MINUTE)).toBe(3);
    expect((await testApp.http().get(`${url}/monitors/${latency.id}`).expect(200)).body.state).toBe("NO_DATA");
    expect((await testApp.http().get(`${url}/monitors/${quiet.id}`).expect(200)).body).toMatchObject({ state: "ALERT", lastValue: 0 });
    expect((await testApp.http().get(`${url}/monitors/${psi.id}`).expect(200)).body.window).toBe("6h");
  });

  it("feeds a linked KPI one measurement per evaluated window, so the KPI reflects production", async () => {
    const { project, url, base, drifted } = await monitoredDeployment();
    const kpi = await makeKpi(testApp, project.id, { name: "Latency p95", direction: "LOWER_IS_BETTER", unit: "ms", baseline: 400, target: 200 });
    const monitor = (await testApp.http().post(`${url}/monitors`).send({ name: "latency", figure: "latency_p95", operator: "gt", alert: 300, kpiId: kpi.id }).expect(201)).body;
    expect(monitor.kpiId).toBe(kpi.id);
    const scheduler = testApp.app.get(MonitorsService);
    await scheduler.sweep(drifted + MINUTE);
    await scheduler.sweep(drifted + HOUR + MINUTE);
    await scheduler.sweep(drifted + HOUR + 2 * MINUTE);
    const measurements = (await testApp.http().get(`${base}/kpis/${kpi.id}/measurements`).expect(200)).body.items;
    expect(measurements.map((item: { measuredAt: string; source: string }) => [item.measuredAt, item.source])).toEqual([
      [new Date(drifted + HOUR).toISOString(), "monitor latency"],
      [new Date(drifted).toISOString(), "monitor latency"],
    ]);
    const evaluations = (await testApp.http().get(`${url}/monitors/${monitor.id}/evaluations`).expect(200)).body.items;
    expect(measurements.map((item: { value: number }) => item.value)).toEqual(evaluations.map((item: { value: number }) => item.value));
    expectError(await testApp.http().post(`${url}/monitors`).send({ name: "other", figure: "volume", operator: "lt", alert: 1, kpiId: "00000000-0000-4000-8000-000000000000" }), 404, "KPI_NOT_FOUND", "kpiId");
  });

  it("refuses monitors that do not make sense, naming the field", async () => {
    const { url } = await makeDeployment(testApp);
    const valid = { name: "m", figure: "latency_p95", operator: "gt", warning: 100, alert: 300 };
    expectError(await testApp.http().post(`${url}/monitors`).send({ ...valid, figure: "feature_psi" }), 400, "VALIDATION_FAILED", "feature");
    expectError(await testApp.http().post(`${url}/monitors`).send({ ...valid, feature: "amount" }), 400, "VALIDATION_FAILED", "feature");
    expectError(await testApp.http().post(`${url}/monitors`).send({ ...valid, warning: 400 }), 400, "VALIDATION_FAILED", "warning");
    expectError(await testApp.http().post(`${url}/monitors`).send({ ...valid, window: "1h", cadence: "1d" }), 400, "VALIDATION_FAILED", "cadence");
    expectError(await testApp.http().post(`${url}/monitors`).send({ ...valid, operator: "approx" }), 400, "VALIDATION_FAILED", "operator");
    await testApp.http().post(`${url}/monitors`).send(valid).expect(201);
    expectError(await testApp.http().post(`${url}/monitors`).send(valid), 409, "MONITOR_NAME_TAKEN", "name");
    expectError(await testApp.http().get(`${url}/monitors/00000000-0000-4000-8000-000000000000`), 404, "MONITOR_NOT_FOUND");
  });
});

describe("the schedule across processes and restarts", () => {
  it("evaluates each due monitor's window once when two processes sweep at the same time", async () => {
    const { url, drifted } = await monitoredDeployment();
    const now = drifted + HOUR + MINUTE;
    // Other tests' monitors out of the way first: what follows counts this deployment's alone.
    await testApp.app.get(MonitorsService).sweep(now);
    for (let k = 0; k < 12; k += 1) await testApp.http().post(`${url}/monitors`).send({ name: `volume ${k}`, figure: "volume", operator: "lt", alert: 1 }).expect(201);
    const other = await createTestApp({ database: { url: testApp.prisma.config.url, drop: async () => undefined } });
    try {
      const [a, b] = await Promise.all([testApp.app.get(MonitorsService).sweep(now), other.app.get(MonitorsService).sweep(now)]);
      expect(a + b).toBe(12);
      const counts = await testApp.prisma.monitorEvaluation.groupBy({ by: ["monitorId"], where: { monitor: { deploymentId: url.split("/").pop()! } }, _count: true });
      expect(counts).toHaveLength(12);
      expect(counts.every((row) => row._count === 1)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it("leaves a monitor due when the process evaluating it stops half-way, and evaluates it once afterwards", async () => {
    const { url, drifted } = await monitoredDeployment();
    const now = drifted + HOUR + MINUTE;
    await testApp.app.get(MonitorsService).sweep(now);
    const held = (await testApp.http().post(`${url}/monitors`).send({ name: "held", figure: "volume", operator: "lt", alert: 1 }).expect(201)).body;
    await testApp.http().post(`${url}/monitors`).send({ name: "free", figure: "volume", operator: "lt", alert: 1 }).expect(201);
    // A process that locked "held" for its evaluation and then died before committing.
    const crashed = new Client({ connectionString: testApp.prisma.config.url });
    await crashed.connect();
    await crashed.query("BEGIN");
    await crashed.query("SELECT id FROM monitors WHERE id = $1 FOR UPDATE", [held.id]);
    const scheduler = testApp.app.get(MonitorsService);
    expect(await scheduler.sweep(now)).toBe(1);
    await crashed.query("ROLLBACK");
    await crashed.end();
    expect(await scheduler.sweep(now)).toBe(1);
    expect(await scheduler.sweep(now)).toBe(0);
    expect(await testApp.prisma.monitorEvaluation.count({ where: { monitorId: held.id } })).toBe(1);
  });
});
