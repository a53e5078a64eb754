import { WEBHOOK_EVENTS, WEBHOOK_RETRY_DELAYS_MS } from "@lifecycle/domain";
import { MonitorsService } from "../src/modules/monitoring/monitors.service";
import { WebhookDispatcher } from "../src/modules/webhooks/webhook-dispatcher";
import { verifySignature } from "../src/modules/webhooks/webhook-signature";
import { expectError, makeDeployment, makeProject } from "./support/factories";
import { monitoredDeployment } from "./support/monitoring";
import { createTestApp, type TestApp } from "./support/test-app";
import { WebhookReceiver, type Payload } from "./support/webhook-receiver";

/** Outgoing webhooks, sent to a real HTTP receiver: signed, retried with back-off, logged, tested on demand. */
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
const dispatcher = () => testApp.app.get(WebhookDispatcher);

async function addWebhook(base: string, body: Record<string, unknown> = {}) {
  return (await testApp.http().post(`${base}/webhooks`).send({ name: "ops", url: receiver.url, ...body }).expect(201)).body as { id: string; secret: string; events: string[] };
}

describe("webhooks", () => {
  it("are created with a secret shown once, listed without it, and refuse bad input naming the field", async () => {
    const project = await makeProject(testApp);
    const base = `/api/v1/projects/${project.id}`;
    const created = await addWebhook(base);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.events).toEqual([...WEBHOOK_EVENTS]);
    const listed = (await testApp.http().get(`${base}/webhooks`).expect(200)).body.items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty("secret");
    expect(listed[0]).toMatchObject({ name: "ops", url: receiver.url, active: true, secretHint: created.secret.slice(-4), lastDelivery: null });

    expectError(await testApp.http().post(`${base}/webhooks`).send({ name: "x", url: "ftp://example.com/" }), 400, "VALIDATION_FAILED", "url");
    expectError(await testApp.http().post(`${base}/webhooks`).send({ name: "x", url: "https://u:p@example.com/" }), 400, "VALIDATION_FAILED", "url");
    expectError(await testApp.http().post(`${base}/webhooks`).send({ name: "x", url: receiver.url, events: ["alert.exploded"] }), 400, "VALIDATION_FAILED", "events.0");
    expectError(await testApp.http().post(`${base}/webhooks`).send({ name: "x", url: receiver.url, events: [] }), 400, "VALIDATION_FAILED", "events");
    expectError(await testApp.http().post(`${base}/webhooks`).send({ name: "ops", url: receiver.url }), 409, "WEBHOOK_NAME_TAKEN", "name");
    expectError(await testApp.http().patch(`${base}/webhooks/${created.id}`).send({}), 400, "VALIDATION_FAILED");
    expect((await testApp.http().get(`${base}/webhooks`).expect(200)).body.items).toHaveLength(1);

    const rotated = (await testApp.http().post(`${base}/webhooks/${created.id}/rotate-secret`).expect(200)).body;
    expect(rotated.secret).not.toBe(created.secret);
    const paused = (await testApp.http().patch(`${base}/webhooks/${created.id}`).send({ active: false, events: ["alert.opened"] }).expect(200)).body;
    expect(paused).toMatchObject({ active: false, events: ["alert.opened"] });
    await testApp.http().delete(`${base}/webhooks/${created.id}`).expect(204);
    expectError(await testApp.http().delete(`${base}/webhooks/${created.id}`), 404, "WEBHOOK_NOT_FOUND");
  });

  it("sends an opened alert signed over its body, retries a failed attempt after its back-off, and logs every status code", async () => {
    const { base, url, drifted } = await monitoredDeployment(testApp);
    const webhook = await addWebhook(base, { events: ["alert.opened", "alert.acknowledged", "alert.resolved"] });
    await testApp.http().post(`${url}/monitors`).send({ name: "data set drift", figure: "dataset_drift_share", operator: "gte", alert: 0.5, window: "1h", cadence: "1h" }).expect(201);
    const scheduler = testApp.app.get(MonitorsService);
    const now = drifted + HOUR + MINUTE;
    await scheduler.sweep(now);

    receiver.answer(500);
    expect(await dispatcher().deliverDue(now)).toBe(1);
    const [first] = receiver.events("alert.opened");
    expect(first).toBeDefined();
    const raw = receiver.received.find((item) => item.headers["x-lifecycle-event"] === "alert.opened")!;
    expect(verifySignature(webhook.secret, raw.body, raw.headers["x-lifecycle-signature"] as string)).toBe(true);
    expect(verifySignature(webhook.secret, `${raw.body} `, raw.headers["x-lifecycle-signature"] as string)).toBe(false);
    expect(first!.headers["x-lifecycle-delivery"]).toBe(first!.body.id);
    expect(first!.body).toMatchObject({ event: "alert.opened", project: { slug: expect.any(String) }, data: { alert: { status: "OPEN", monitorName: "data set drift", value: 1 }, monitor: { figure: "dataset_drift_share", state: "ALERT" } } });

    let log = (await testApp.http().get(`${base}/webhooks/${webhook.id}/deliveries`).expect(200)).body;
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({ event: "alert.opened", status: "PENDING", attempts: [{ statusCode: 500, error: null, response: "receiver is down" }], body: raw.body });
    expect(Date.parse(log.items[0].nextAttemptAt)).toBeGreaterThanOrEqual(now + WEBHOOK_RETRY_DELAYS_MS[0]);

    // Not due before its back-off; due after it, and the same bytes are sent again.
    expect(await dispatcher().deliverDue(now + 1_000)).toBe(0);
    expect(await dispatcher().deliverDue(now + WEBHOOK_RETRY_DELAYS_MS[0] + 5_000)).toBe(1);
    const attempts = receiver.received.filter((item) => item.headers["x-lifecycle-event"] === "alert.opened");
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.body).toBe(raw.body);
    log = (await testApp.http().get(`${base}/webhooks/${webhook.id}/deliveries`).expect(200)).body;
    expect(log.items[0]).toMatchObject({ status: "DELIVERED", nextAttemptAt: null, deliveredAt: expect.any(String) });
    expect(log.items[0].attempts.map((attempt: { statusCode: number }) => attempt.statusCode)).toEqual([500, 200]);
    expect((await testApp.http().get(`${base}/webhooks`).expect(200)).body.items[0].lastDelivery).toMatchObject({ status: "DELIVERED", statusCode: 200 });

    // Acknowledged and resolved by people: each is sent too.
    const alertId = first!.body.data.alert.id as string;
    await testApp.http().post(`${base}/alerts/${alertId}/acknowledge`).send({ note: "on it" }).expect(200);
    await testApp.http().post(`${base}/alerts/${alertId}/resolve`).send({ note: "retrained" }).expect(200);
    expect(await dispatcher().deliverDue(Date.now())).toBe(2);
    expect(receiver.events("alert.acknowledged")[0]!.body.data.alert).toMatchObject({ id: alertId, status: "ACKNOWLEDGED", acknowledgeNote: "on it" });
    expect(receiver.events("alert.resolved")[0]!.body.data.alert).toMatchObject({ id: alertId, status: "RESOLVED", resolveNote: "retrained" });
    expect((await testApp.http().get(`${base}/webhooks/${webhook.id}/deliveries?status=DELIVERED`).expect(200)).body.total).toBe(3);
  });

  it("marks a delivery failed once its attempts are used up, and redelivers it on demand", async () => {
    const { base, url } = await makeDeployment(testApp);
    const webhook = await addWebhook(base, { events: ["deployment.status_changed"] });
    await testApp.http().post(`${url}/status`).send({ status: "DEPLOYING" }).expect(200);
    let at = Date.now();
    receiver.answer(503, 503, 503, 503, 503, 503, 503, 503);
    for (let attempt = 0; attempt < 8; attempt += 1) {
      expect(await dispatcher().deliverDue(at)).toBe(1);
      at += (WEBHOOK_RETRY_DELAYS_MS[attempt] ?? 0) + 1_000;
    }
    const failed = (await testApp.http().get(`${base}/webhooks/${webhook.id}/deliveries`).expect(200)).body.items[0];
    expect(failed).toMatchObject({ status: "FAILED", nextAttemptAt: null });
    expect(failed.attempts).toHaveLength(8);
    expect(await dispatcher().deliverDue(at + 100 * HOUR)).toBe(0);

    const again = (await testApp.http().post(`${base}/webhooks/${webhook.id}/deliveries/${failed.id}/redeliver`).expect(200)).body;
    expect(again).toMatchObject({ status: "DELIVERED" });
    expect(again.attempts).toHaveLength(9);
    expect(receiver.events("deployment.status_changed").at(-1)!.body.data).toMatchObject({ change: { kind: "STATUS_CHANGED", fromStatus: "PLANNED", toStatus: "DEPLOYING" } });
    expectError(await testApp.http().post(`${base}/webhooks/${webhook.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`), 404, "DELIVERY_NOT_FOUND");
  });

  it("sends a test now and says what the receiver answered, or why nothing did", async () => {
    const project = await makeProject(testApp);
    const base = `/api/v1/projects/${project.id}`;
    const webhook = await addWebhook(base);
    const ok = (await testApp.http().post(`${base}/webhooks/${webhook.id}/test`).expect(200)).body;
    expect(ok).toMatchObject({ event: "ping", status: "DELIVERED", attempts: [{ statusCode: 200, response: "thanks" }] });
    const ping = receiver.events("ping").at(-1)!;
    expect(ping.body.data.webhook).toEqual({ id: webhook.id, name: "ops" });

    receiver.answer(404);
    expect((await testApp.http().post(`${base}/webhooks/${webhook.id}/test`).expect(200)).body).toMatchObject({ status: "FAILED", attempts: [{ statusCode: 404 }] });

    const closed = await WebhookReceiver.start();
    const gone = closed.url;
    await closed.close();
    const unreachable = await addWebhook(base, { name: "gone", url: gone });
    const answer = (await testApp.http().post(`${base}/webhooks/${unreachable.id}/test`).expect(200)).body;
    expect(answer).toMatchObject({ status: "FAILED", attempts: [{ statusCode: null, error: expect.stringContaining("ECONNREFUSED") }] });
  });

  it("sends registry and deployment events to the webhooks that receive them, and nothing for work that was rolled back", async () => {
    const { project, base, url } = await makeDeployment(testApp);
    const deployments = await addWebhook(base, { name: "deploys", events: ["deployment.created", "deployment.traffic_shifted", "deployment.rolled_back"] });
    const registry = await addWebhook(base, { name: "registry", events: ["model_version.registered", "model_alias.moved"] });
    const before = receiver.received.length;

    const model = (await testApp.http().post(`${base}/models`).send({ name: "scorer-model" }).expect(201)).body;
    await testApp.http().post(`${base}/models/${model.id}/versions`).send({ source: "s3://models/scorer/1" }).expect(201);
    await testApp.http().put(`${base}/models/${model.id}/aliases/champion`).send({ version: 1 }).expect(200);
    await testApp.http().post(`${url}/traffic`).send({ variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 90, baseModel: "gbm" }, { name: "canary", role: "CANARY", trafficPercent: 10, baseModel: "gbm-2" }] }).expect(200);
    await testApp.http().post(`${url}/rollback`).send({ reason: "canary slower" }).expect(200);
    // A deployment that cannot be created (its name is taken) sends nothing.
    await testApp.http().post(`${base}/deployments`).send({ name: "scorer", target: "REAL_TIME", environment: "DEV", variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, baseModel: "gbm" }] }).expect(409);
    await dispatcher().deliverDue(Date.now());

    const mine = receiver.received.slice(before).map((item) => JSON.parse(item.body) as Payload);
    expect(mine.every((item: Payload) => item.project.id === project.id)).toBe(true);
    expect(mine.map((item) => item.event).sort()).toEqual(["deployment.rolled_back", "deployment.traffic_shifted", "model_alias.moved", "model_version.registered"]);
    expect(mine.find((item) => item.event === "model_version.registered")!.data).toMatchObject({ model: { name: "scorer-model" }, version: { version: 1, source: "s3://models/scorer/1", approval: "PENDING" } });
    expect(mine.find((item) => item.event === "model_alias.moved")!.data).toMatchObject({ alias: "champion", fromVersion: null, toVersion: 1 });
    expect(mine.find((item) => item.event === "deployment.traffic_shifted")!.data.deployment.variants.map((variant: { name: string }) => variant.name)).toEqual(["primary", "canary"]);
    expect(mine.find((item) => item.event === "deployment.rolled_back")!.data.change).toMatchObject({ kind: "ROLLED_BACK", reason: "canary slower" });
    expect((await testApp.http().get(`${base}/webhooks/${deployments.id}/deliveries`).expect(200)).body.total).toBe(2);
    expect((await testApp.http().get(`${base}/webhooks/${registry.id}/deliveries`).expect(200)).body.total).toBe(2);
  });

  it("sends a paused webhook no events until it is resumed", async () => {
    const { base, url } = await makeDeployment(testApp);
    const webhook = await addWebhook(base, { events: ["deployment.status_changed"] });
    await testApp.http().patch(`${base}/webhooks/${webhook.id}`).send({ active: false }).expect(200);
    await testApp.http().post(`${url}/status`).send({ status: "DEPLOYING" }).expect(200);
    // Paused: the event is not even queued for it.
    expect((await testApp.http().get(`${base}/webhooks/${webhook.id}/deliveries`).expect(200)).body.total).toBe(0);
    await testApp.http().patch(`${base}/webhooks/${webhook.id}`).send({ active: true }).expect(200);
    await testApp.http().post(`${url}/status`).send({ status: "LIVE" }).expect(200);
    expect(await dispatcher().deliverDue(Date.now())).toBe(1);
    expect((await testApp.http().get(`${base}/webhooks/${webhook.id}/deliveries`).expect(200)).body.items[0]).toMatchObject({ status: "DELIVERED" });
  });
});
