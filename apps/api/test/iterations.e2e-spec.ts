import { WebhookDispatcher } from "../src/modules/webhooks/webhook-dispatcher";
import { verifySignature } from "../src/modules/webhooks/webhook-signature";
import { MonitorsService } from "../src/modules/monitoring/monitors.service";
import { addCandidateRun, approvedVersion, expectError, makeKpi, makeLiveProject } from "./support/factories";
import { feedDrift } from "./support/monitoring";
import { createTestApp, type TestApp } from "./support/test-app";
import { WebhookReceiver } from "./support/webhook-receiver";

/** The loop: production evidence → alert → webhook → iteration opened from it → loop back → new version live → closed. */
let testApp: TestApp;
let receiver: WebhookReceiver;
beforeAll(async () => {
  testApp = await createTestApp();
  receiver = await WebhookReceiver.start();
});
afterAll(async () => {
  await receiver?.close();
  await testApp?.close();
});

const HOUR = 3_600_000;
const MINUTE = 60_000;
const move = (base: string, body: object) => testApp.http().post(`${base}/transitions`).send(body);

describe("iterations", () => {
  it("records → profiles → drift → alert → signed webhook → acknowledged → iteration opened from it → Monitoring and Iteration gates → loop → run of iteration 2 → new version live → closed with before and after", async () => {
    const { project, base, url } = await makeLiveProject(testApp);
    const kpi = await makeKpi(testApp, project.id, { name: "Share flagged right", unit: "%", baseline: 80, target: 95 });
    await testApp.http().post(`${base}/kpis/${kpi.id}/measurements`).send({ value: 88 }).expect(201);
    const webhook = (await testApp.http().post(`${base}/webhooks`).send({ name: "ops", url: receiver.url, events: ["alert.opened", "alert.acknowledged", "iteration.opened", "iteration.closed"] }).expect(201)).body;

    // The Monitoring gate, before anything is watched: every check says what is missing.
    const blocked = await move(base, { to: "ITERATION" }).expect(409);
    expect(blocked.body.details.map((detail: { code: string }) => detail.code)).toEqual(["live_monitored", "window_evaluated", "reason_to_iterate"]);

    // Records → profiles → drift → alert.
    const { drifted } = await feedDrift(testApp, url);
    const monitor = (await testApp.http().post(`${url}/monitors`).send({ name: "data set drift", figure: "dataset_drift_share", operator: "gte", alert: 0.5, window: "1h", cadence: "1h" }).expect(201)).body;
    const scheduler = testApp.app.get(MonitorsService);
    await scheduler.sweep(drifted + MINUTE);
    await scheduler.sweep(drifted + HOUR + MINUTE);
    const alert = (await testApp.http().get(`${base}/alerts?status=UNRESOLVED`).expect(200)).body.items[0];
    expect(alert).toMatchObject({ monitorId: monitor.id, status: "OPEN", value: 1 });

    // → webhook delivered and signed → acknowledged.
    await testApp.app.get(WebhookDispatcher).deliverDue(drifted + HOUR + MINUTE);
    const opened = receiver.received.find((item) => item.headers["x-lifecycle-event"] === "alert.opened" && JSON.parse(item.body).data.alert.id === alert.id)!;
    expect(verifySignature(webhook.secret, opened.body, opened.headers["x-lifecycle-signature"] as string)).toBe(true);
    await testApp.http().post(`${base}/alerts/${alert.id}/acknowledge`).send({ note: "new card issuer since noon" }).expect(200);

    // The alert is a reason to iterate already: the Monitoring gate passes on it.
    const gate = (await testApp.http().get(`${base}/stages`).expect(200)).body.stages.find((stage: { stage: string }) => stage.stage === "MONITORING").gate;
    expect(gate).toMatchObject({ passed: true, checks: [{ id: "live_monitored", passed: true }, { id: "window_evaluated", passed: true }, { id: "reason_to_iterate", passed: true, reason: expect.stringContaining("an acknowledged alert on scorer (data set drift)") }] });

    // → iteration opened from it (bad input first: nothing is written).
    expectError(await testApp.http().post(`${base}/iterations`).send({ triggers: [{ kind: "ALERT" }] }), 400, "VALIDATION_FAILED", "triggers.0.alertId");
    expectError(await testApp.http().post(`${base}/iterations`).send({ triggers: [{ kind: "ALERT", alertId: "00000000-0000-4000-8000-000000000000" }] }), 400, "VALIDATION_FAILED", "triggers.0.alertId");
    expectError(await testApp.http().post(`${base}/iterations`).send({ triggers: [{ kind: "REQUIREMENT" }] }), 400, "VALIDATION_FAILED", "triggers.0.note");
    expect((await testApp.http().get(`${base}/iterations`).expect(200)).body.total).toBe(0);
    const iteration = (
      await testApp.http().post(`${base}/iterations`).send({ triggers: [{ kind: "ALERT", alertId: alert.id }] }).expect(201)
    ).body;
    expect(iteration).toMatchObject({ number: 2, status: "PLANNED", hypothesis: null, triggers: [{ kind: "ALERT", alertId: alert.id, monitorId: monitor.id, valueBefore: 1, summary: expect.stringContaining("Alert on scorer") }] });
    expect(iteration.kpisBefore).toContainEqual(expect.objectContaining({ kpiId: kpi.id, value: 88 }));
    expectError(await testApp.http().post(`${base}/iterations`).send({ triggers: [{ kind: "REQUIREMENT", note: "again" }] }), 409, "ITERATION_ALREADY_OPEN");
    await testApp.app.get(WebhookDispatcher).deliverDue(Date.now());
    expect(receiver.events("iteration.opened").some((item) => item.body.data.iteration.id === iteration.id)).toBe(true);

    await move(base, { to: "ITERATION" }).expect(201);
    // The Iteration gate wants a plan too.
    const unplanned = await move(base, { to: "DATA" }).expect(409);
    expect(unplanned.body.message).toContain("Iteration 2 has no hypothesis, no planned change.");
    await testApp.http().patch(`${base}/iterations/${iteration.id}`).send({ hypothesis: "Training on November's transactions brings the new issuer in", changes: [{ kind: "NEW_DATA", description: "Add November's labelled transactions" }] }).expect(200);
    await testApp.http().post(`${base}/iterations/${iteration.id}/triggers`).send({ kind: "REQUIREMENT", note: "Finance wants issuer-level reporting" }).expect(201);
    const loop = await move(base, { to: "MODEL_DEVELOPMENT" }).expect(201);
    expect(loop.body.project).toMatchObject({ iteration: 2, currentStage: "MODEL_DEVELOPMENT" });
    const started = (await testApp.http().get(`${base}/iterations/${iteration.id}`).expect(200)).body;
    expect(started).toMatchObject({ status: "STARTED", loopedTo: "MODEL_DEVELOPMENT", startedAt: expect.any(String) });
    expect(started.triggers).toHaveLength(2);

    // The Model development gate of iteration 2 needs a run of iteration 2.
    const stale = await move(base, { to: "DEPLOYMENT" }).expect(409);
    expect(stale.body.message).toContain("No finished run of iteration 2 has a test evaluation yet");
    expectError(await testApp.http().post(`${base}/iterations/${iteration.id}/close`).send({}), 409, "ITERATION_NOT_DEPLOYED");
    const retrained = await addCandidateRun(testApp, project.id);
    await move(base, { to: "DEPLOYMENT" }).expect(201);

    // A new version live: the iteration closes with the KPIs and the monitor after.
    const version = await approvedVersion(testApp, project.id, retrained.id);
    await testApp.http().post(`${url}/traffic`).send({ variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersionId: version.id }] }).expect(200);
    await testApp.http().post(`${base}/kpis/${kpi.id}/measurements`).send({ value: 96 }).expect(201);
    const closed = (await testApp.http().post(`${base}/iterations/${iteration.id}/close`).send({ note: "drift gone after retraining" }).expect(200)).body;
    expect(closed).toMatchObject({ status: "CLOSED", outcome: "scorer v2 in scorer", closeNote: "drift gone after retraining", closedBy: expect.any(String) });
    expect(closed.kpisAfter).toContainEqual(expect.objectContaining({ kpiId: kpi.id, value: 96 }));
    expect(closed.triggers[0]).toMatchObject({ valueBefore: 1, valueAfter: 1 });
    expectError(await testApp.http().post(`${base}/iterations/${iteration.id}/close`).send({}), 409, "ITERATION_NOT_STARTED");
    expectError(await testApp.http().patch(`${base}/iterations/${iteration.id}`).send({ hypothesis: "rewrite" }), 409, "ITERATION_CLOSED");

    const timeline = (await testApp.http().get(`${base}/iterations`).expect(200)).body;
    expect(timeline).toMatchObject({ total: 1, items: [{ number: 2, status: "CLOSED" }] });
  });

  it("starts a bare iteration when the Iteration gate is overridden, so the timeline has every pass", async () => {
    const { base } = await makeLiveProject(testApp);
    await move(base, { to: "ITERATION", override: true, reason: "monitored elsewhere" }).expect(201);
    await move(base, { to: "DATA", override: true, reason: "quarterly retrain" }).expect(201);
    const { items } = (await testApp.http().get(`${base}/iterations`).expect(200)).body;
    expect(items).toEqual([expect.objectContaining({ number: 2, status: "STARTED", loopedTo: "DATA", hypothesis: null, triggers: [] })]);
    expectError(await testApp.http().get(`${base}/iterations/00000000-0000-4000-8000-000000000000`), 404, "ITERATION_NOT_FOUND");
  });
});
