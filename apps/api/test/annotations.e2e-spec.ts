import { expectError, makeDeployment } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/** Annotation queues: predictions sampled and dealt to experts, claimed in turn, answered with scores or a choice. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const HOUR = 3_600_000;

async function reviewedDeployment() {
  const made = await makeDeployment(testApp, "faq-bot");
  const ann = await testApp.createUser({ name: "Ann Expert" });
  const bo = await testApp.createUser({ name: "Bo Expert" });
  for (const user of [ann, bo]) await testApp.http().post(`${made.base}/members`).send({ email: user.email, role: "CONTRIBUTOR" }).expect(201);
  const start = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;
  const records = Array.from({ length: 30 }, (_, k) => ({ predictionId: `q${k}`, timestamp: new Date(start + k * 60_000).toISOString(), features: { question: `How do I do thing ${k}?`, lang: "en" }, prediction: { text: `Do it like ${k}.` } }));
  await testApp.http().post(`${made.url}/records`).send({ records }).expect(200);
  await testApp.http().post(`${made.base}/score-configs`).send({ name: "correct", type: "BOOLEAN" }).expect(201);
  await testApp.http().post(`${made.base}/score-configs`).send({ name: "helpfulness", type: "NUMERIC", min: 1, max: 5 }).expect(201);
  return { ...made, ann, bo, start };
}

describe("annotation queues", () => {
  it("samples predictions with their records, deals them to experts, and turns answers into expert scores", async () => {
    const { base, url, id: deploymentId, ann, bo } = await reviewedDeployment();
    const queues = `${base}/annotation-queues`;
    expectError(await testApp.http().post(queues).send({ name: "Weekly review", kind: "PREDICTIONS" }), 400, "VALIDATION_FAILED", "scoreConfigs");
    expectError(await testApp.http().post(queues).send({ name: "Weekly review", kind: "PREDICTIONS", scoreConfigs: ["correct", "tone"] }), 400, "VALIDATION_FAILED", "scoreConfigs.1");
    const queue = (await testApp.http().post(queues).send({ name: "Weekly review", kind: "PREDICTIONS", scoreConfigs: ["correct", "helpfulness"], description: "Is the answer right?" }).expect(201)).body;
    expect(queue).toMatchObject({ kind: "PREDICTIONS", progress: { total: 0, pending: 0, done: 0, skipped: 0 }, scoreConfigs: [{ name: "correct" }, { name: "helpfulness" }] });
    expectError(await testApp.http().post(queues).send({ name: "Weekly review", kind: "PAIRS" }), 409, "ANNOTATION_QUEUE_NAME_TAKEN", "name");
    // A config a queue asks for may not be deleted.
    const configs = (await testApp.http().get(`${base}/score-configs`).expect(200)).body.items;
    expectError(await testApp.http().delete(`${base}/score-configs/${configs[0].id}`), 409, "SCORE_CONFIG_IN_USE");

    const items = `${queues}/${queue.id}/items`;
    expectError(await testApp.http().post(items).send({ predictionIds: ["q1"] }), 400, "VALIDATION_FAILED", "deploymentId");
    expectError(await testApp.http().post(items).send({ deploymentId, predictionIds: ["q1", "nope"] }), 400, "VALIDATION_FAILED", "predictionIds.1");
    const stranger = await testApp.createUser();
    expectError(await testApp.http().post(items).send({ deploymentId, predictionIds: ["q1"], assignees: [ann.id, stranger.id] }), 400, "VALIDATION_FAILED", "assignees.1");
    expectError(await testApp.http().post(items).send({ pairs: [{ prompt: "p", a: { response: "x", label: "1" }, b: { response: "y", label: "2" } }] }), 400, "VALIDATION_FAILED", "pairs");

    const named = (await testApp.http().post(items).send({ deploymentId, predictionIds: ["q3", "q4", "q3"], assignees: [ann.id, bo.id] }).expect(201)).body;
    expect(named).toMatchObject({ added: 2, alreadyQueued: 0, progress: { total: 2, pending: 2 } });
    const again = (await testApp.http().post(items).send({ deploymentId, predictionIds: ["q3"] }).expect(201)).body;
    expect(again).toMatchObject({ added: 0, alreadyQueued: 1 });
    // A sample draws predictions the queue does not have yet; dealt on in turn (Ann, Bo, Ann, Bo …).
    const sampled = (await testApp.http().post(items).send({ deploymentId, sample: { count: 4 }, assignees: [ann.id, bo.id] }).expect(201)).body;
    expect(sampled).toMatchObject({ added: 4, progress: { total: 6, pending: 6 } });
    const all = (await testApp.http().get(items).expect(200)).body.items as Array<{ predictionId: string; position: number; assignee: { name: string }; record: { features: { question: string }; prediction: { text: string } } }>;
    expect(all.map((item) => item.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(all.map((item) => item.predictionId)).size).toBe(6);
    expect(all.map((item) => item.assignee.name)).toEqual(["Ann Expert", "Bo Expert", "Ann Expert", "Bo Expert", "Ann Expert", "Bo Expert"]);
    expect(all[0]!.record).toMatchObject({ features: { question: "How do I do thing 3?", lang: "en" }, prediction: { text: "Do it like 3." } });
    const summary = (await testApp.http().get(`${queues}/${queue.id}`).expect(200)).body;
    expect(summary.reviewers).toEqual([
      { userId: ann.id, name: "Ann Expert", pending: 3, done: 0 },
      { userId: bo.id, name: "Bo Expert", pending: 3, done: 0 },
    ]);

    // Ann claims her first item; answering checks every score; Bo may not answer Ann's item.
    const claimed = (await ann.http().post(`${queues}/${queue.id}/claim`).expect(200)).body;
    expect(claimed.item).toMatchObject({ predictionId: "q3", assignee: { id: ann.id } });
    expect((await ann.http().post(`${queues}/${queue.id}/claim`).expect(200)).body.item.id).toBe(claimed.item.id);
    const answer = `${items}/${claimed.item.id}/annotation`;
    expectError(await ann.http().post(answer).send({ scores: [{ config: "correct", value: true }] }), 400, "VALIDATION_FAILED", "scores");
    expectError(await ann.http().post(answer).send({ scores: [{ config: "correct", value: true }, { config: "helpfulness", value: 7 }] }), 400, "VALIDATION_FAILED", "scores.1.value");
    expectError(await ann.http().post(answer).send({ choice: "A" }), 400, "VALIDATION_FAILED", "choice");
    expectError(await bo.http().post(answer).send({ scores: [{ config: "correct", value: true }, { config: "helpfulness", value: 4 }] }), 409, "ANNOTATION_ITEM_TAKEN");
    expect((await testApp.http().get(`${url}/scores`).expect(200)).body.total).toBe(0);

    const done = (await ann.http().post(answer).send({ scores: [{ config: "correct", value: false, comment: "cites the old policy" }, { config: "helpfulness", value: 2 }] }).expect(201)).body;
    expect(done).toMatchObject({ status: "DONE", completedBy: "Ann Expert", result: { scores: [{ config: "correct", value: false, comment: "cites the old policy" }, { config: "helpfulness", value: 2, comment: null }], choice: null } });
    expectError(await ann.http().post(answer).send({ scores: [{ config: "correct", value: true }, { config: "helpfulness", value: 4 }] }), 409, "ANNOTATION_ITEM_DONE");
    const scores = (await testApp.http().get(`${url}/scores?predictionId=q3`).expect(200)).body.items;
    expect(scores).toHaveLength(2);
    expect(scores).toContainEqual(expect.objectContaining({ config: "correct", value: false, source: "DOMAIN_EXPERT", author: "Ann Expert", comment: "cites the old policy" }));

    // Skipped items are set aside; the next claim moves on, and a skipped item can be put back.
    const next = (await ann.http().post(`${queues}/${queue.id}/claim`).expect(200)).body.item;
    expect(next.position).toBe(3);
    await ann.http().patch(`${items}/${next.id}`).send({ status: "SKIPPED" }).expect(200);
    expect((await ann.http().post(`${queues}/${queue.id}/claim`).expect(200)).body.item.position).toBe(5);
    await ann.http().patch(`${items}/${next.id}`).send({ status: "PENDING", assigneeId: bo.id }).expect(200);
    expectError(await ann.http().patch(`${items}/${claimed.item.id}`).send({ status: "SKIPPED" }), 409, "ANNOTATION_ITEM_DONE");
    expect((await testApp.http().get(`${items}?assignee=${bo.id}&status=PENDING`).expect(200)).body.total).toBe(4);
    expect((await ann.http().get(`${items}?assignee=me&status=DONE`).expect(200)).body.total).toBe(1);
    expect((await testApp.http().get(`${queues}/${queue.id}`).expect(200)).body.progress).toEqual({ total: 6, pending: 5, done: 1, skipped: 0 });
    expectError(await testApp.http().post(`${queues}/00000000-0000-4000-8000-000000000000/claim`), 404, "ANNOTATION_QUEUE_NOT_FOUND");
    expectError(await ann.http().post(`${items}/00000000-0000-4000-8000-000000000000/annotation`).send({ scores: [{ config: "correct", value: true }, { config: "helpfulness", value: 4 }] }), 404, "ANNOTATION_ITEM_NOT_FOUND");
  });

  it("two reviewers claiming at once never get the same unassigned item", async () => {
    const { base, id: deploymentId, ann, bo } = await reviewedDeployment();
    const queue = (await testApp.http().post(`${base}/annotation-queues`).send({ name: "Open review", kind: "PREDICTIONS", scoreConfigs: ["correct"] }).expect(201)).body;
    await testApp.http().post(`${base}/annotation-queues/${queue.id}/items`).send({ deploymentId, sample: { count: 2 } }).expect(201);
    const claims = await Promise.all([ann, bo].map((user) => user.http().post(`${base}/annotation-queues/${queue.id}/claim`).expect(200)));
    const [first, second] = claims.map((claim) => claim.body.item);
    expect(first.id).not.toBe(second.id);
    expect([first.assignee.id, second.assignee.id].sort()).toEqual([ann.id, bo.id].sort());
    expect((await ann.http().post(`${base}/annotation-queues/${queue.id}/claim`).expect(200)).body.item.id).toBe(first.assignee.id === ann.id ? first.id : second.id);
  });

  it("turns a pairs queue's choices into expert preferences that count in the win rates", async () => {
    const { base, ann } = await reviewedDeployment();
    const queue = (await testApp.http().post(`${base}/annotation-queues`).send({ name: "Answer 1 or answer 2", kind: "PAIRS" }).expect(201)).body;
    const items = `${base}/annotation-queues/${queue.id}/items`;
    await testApp
      .http()
      .post(items)
      .send({ pairs: [{ prompt: "How do refunds work?", a: { response: "Within 30 days.", label: "prompt v2" }, b: { response: "Ask support.", label: "prompt v3" } }], assignees: [ann.id] })
      .expect(201);
    const { item } = (await ann.http().post(`${base}/annotation-queues/${queue.id}/claim`).expect(200)).body;
    expect(item).toMatchObject({ record: null, pair: { prompt: "How do refunds work?", a: { response: "Within 30 days.", version: "prompt v2" }, b: { version: "prompt v3" } } });
    expectError(await ann.http().post(`${items}/${item.id}/annotation`).send({}), 400, "VALIDATION_FAILED", "choice");
    await ann.http().post(`${items}/${item.id}/annotation`).send({ choice: "A", reason: "states the policy" }).expect(201);
    const preferences = (await testApp.http().get(`${base}/preferences?source=DOMAIN_EXPERT`).expect(200)).body.items;
    expect(preferences).toEqual([expect.objectContaining({ prompt: "How do refunds work?", choice: "A", reason: "states the policy", author: "Ann Expert", a: expect.objectContaining({ label: "prompt v2" }) })]);
    expect((await testApp.http().get(`${base}/preferences/win-rates`).expect(200)).body.variants.map((variant: { version: string; winRate: number }) => [variant.version, variant.winRate])).toEqual([
      ["prompt v2", 1],
      ["prompt v3", 0],
    ]);
    expect((await ann.http().post(`${base}/annotation-queues/${queue.id}/claim`).expect(200)).body).toEqual({ item: null, progress: { total: 1, pending: 0, done: 1, skipped: 0 } });
  });
});
