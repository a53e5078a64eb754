import { MonitorsService } from "../src/modules/monitoring/monitors.service";
import { expectError, makeDeployment } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/** Score configs and feedback scores on a deployment's predictions, over time, and a monitor on their mean. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const HOUR = 3_600_000;

describe("feedback scores", () => {
  it("defines score configs, takes scores checked against them, and summarises them per window", async () => {
    const { base, url } = await makeDeployment(testApp);
    const start = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
    await testApp.http().post(`${url}/records`).send({ records: [0, 1, 2].map((k) => ({ predictionId: `q${k}`, timestamp: new Date(start + k * 1000).toISOString(), features: { topic: "refunds" }, prediction: { text: "Here is how refunds work" } })) }).expect(200);

    expectError(await testApp.http().post(`${base}/score-configs`).send({ name: "helpfulness", type: "NUMERIC", min: 5, max: 1 }), 400, "VALIDATION_FAILED", "max");
    expectError(await testApp.http().post(`${base}/score-configs`).send({ name: "verdict", type: "CATEGORICAL", options: ["ok"] }), 400, "VALIDATION_FAILED", "options");
    const helpfulness = (await testApp.http().post(`${base}/score-configs`).send({ name: "helpfulness", type: "NUMERIC", min: 1, max: 5, description: "1 useless – 5 solved it" }).expect(201)).body;
    await testApp.http().post(`${base}/score-configs`).send({ name: "verdict", type: "CATEGORICAL", options: ["correct", "partly", "wrong"] }).expect(201);
    await testApp.http().post(`${base}/score-configs`).send({ name: "thumbs up", type: "BOOLEAN" }).expect(201);
    expectError(await testApp.http().post(`${base}/score-configs`).send({ name: "helpfulness", type: "TEXT" }), 409, "SCORE_CONFIG_NAME_TAKEN", "name");

    // The whole batch is checked first: one bad score writes nothing.
    const at = (k: number) => new Date(start + k * 60_000).toISOString();
    expectError(await testApp.http().post(`${url}/scores`).send({ scores: [{ config: "helpfulness", value: 4, predictionId: "q0" }, { config: "helpfulness", value: 9 }] }), 400, "VALIDATION_FAILED", "scores.1.value");
    expectError(await testApp.http().post(`${url}/scores`).send({ scores: [{ config: "verdict", value: "meh" }] }), 400, "VALIDATION_FAILED", "scores.0.value");
    expectError(await testApp.http().post(`${url}/scores`).send({ scores: [{ config: "nope", value: 1 }] }), 400, "VALIDATION_FAILED", "scores.0.config");
    expectError(await testApp.http().post(`${url}/scores`).send({ scores: [{ config: "helpfulness", value: 3, predictionId: "never" }] }), 400, "VALIDATION_FAILED", "scores.0.predictionId");
    expect((await testApp.http().get(`${url}/scores`).expect(200)).body.total).toBe(0);

    const accepted = await testApp
      .http()
      .post(`${url}/scores`)
      .send({
        scores: [
          { config: "helpfulness", value: 4, predictionId: "q0", author: "user-17", timestamp: at(1) },
          { config: "helpfulness", value: 2, predictionId: "q1", author: "user-18", comment: "outdated policy", timestamp: at(2) },
          { config: "verdict", value: "wrong", predictionId: "q1", source: "DOMAIN_EXPERT", timestamp: at(3) },
          { config: "verdict", value: "correct", predictionId: "q2", source: "DOMAIN_EXPERT", timestamp: at(4) },
          { config: "thumbs up", value: true, timestamp: at(5) },
        ],
      })
      .expect(201);
    expect(accepted.body).toEqual({ accepted: 5 });
    const expert = (await testApp.http().get(`${url}/scores?source=DOMAIN_EXPERT`).expect(200)).body;
    expect(expert.items.map((score: { value: string }) => score.value)).toEqual(["correct", "wrong"]);
    expect((await testApp.http().get(`${url}/scores?predictionId=q1&config=helpfulness`).expect(200)).body.items).toEqual([expect.objectContaining({ value: 2, author: "user-18", comment: "outdated policy", source: "END_USER" })]);

    const span = { from: new Date(start).toISOString(), to: new Date(start + HOUR).toISOString(), window: "1h" };
    const summary = (await testApp.http().get(`${url}/scores/summary`).query({ ...span, config: "helpfulness" }).expect(200)).body;
    expect(summary.config).toMatchObject({ id: helpfulness.id, scores: 2 });
    expect(summary.windows).toEqual([{ from: span.from, to: span.to, count: 2, mean: 3, counts: {} }]);
    expect((await testApp.http().get(`${url}/scores/summary`).query({ ...span, config: "verdict" }).expect(200)).body.windows[0]).toMatchObject({ count: 2, mean: null, counts: { wrong: 1, correct: 1 } });
    expectError(await testApp.http().get(`${url}/scores/summary`).query({ ...span, config: "nope" }), 400, "VALIDATION_FAILED", "config");
    expectError(await testApp.http().delete(`${base}/score-configs/${helpfulness.id}`), 409, "SCORE_CONFIG_IN_USE");

    // A monitor on the mean helpfulness alerts below 3.5.
    expectError(await testApp.http().post(`${url}/monitors`).send({ name: "helpful", figure: "feedback_mean", operator: "lt", alert: 3.5 }), 400, "VALIDATION_FAILED", "feature");
    const monitor = (await testApp.http().post(`${url}/monitors`).send({ name: "helpful", figure: "feedback_mean", feature: "helpfulness", operator: "lt", alert: 3.5, window: "1h", cadence: "1h" }).expect(201)).body;
    await testApp.app.get(MonitorsService).sweep(start + HOUR + 60_000);
    expect((await testApp.http().get(`${url}/monitors/${monitor.id}`).expect(200)).body).toMatchObject({ state: "ALERT", lastValue: 3 });
  });
});
