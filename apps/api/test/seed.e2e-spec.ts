import { seedPortfolio } from "../src/seed/run-seed";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

describe("the demo seed", () => {
  it("moves every project through its gates on evidence, and the spam project leaves Model development only once a run meets its KPI", async () => {
    const lines: string[] = [];
    await seedPortfolio(testApp.app, (line) => lines.push(line));
    expect(lines).toEqual(
      expect.arrayContaining([
        "Spam email classifier: MODEL_DEVELOPMENT, iteration 1, KPIs ON_TRACK",
        "Product-image defect detection: MONITORING, iteration 1, KPIs MET",
        "Demand-forecast regression: DEPLOYMENT, iteration 1, KPIs AT_RISK",
        "FAQ chatbot on a foundation model: MONITORING, iteration 2, KPIs ON_TRACK",
      ]),
    );
    // Seeding again leaves the projects alone.
    await seedPortfolio(testApp.app, (line) => lines.push(line));
    expect(lines.filter((line) => line.endsWith("already there"))).toHaveLength(7);

    // The defect-detection deployment has a day of production: steady, then a new camera drifts the images.
    const defects = "/api/v1/projects/product-image-defects";
    const live = (await testApp.http().get(`${defects}/deployments`).query({ environment: "PRODUCTION" }).expect(200)).body.items[0];
    // The day ends with the hour of its newest record (whatever the clock says now).
    const newest = (await testApp.http().get(`${defects}/deployments/${live.id}/records`).query({ pageSize: 1 }).expect(200)).body.items[0];
    const to = new Date(Math.floor(Date.parse(newest.timestamp) / 3_600_000) * 3_600_000 + 3_600_000).toISOString();
    const drift = (await testApp.http().get(`${defects}/deployments/${live.id}/drift`).query({ to }).expect(200)).body;
    expect(drift.baseline.name).toBe("training split v1");
    expect(drift.windows.map((window: { count: number }) => window.count)).toEqual(Array.from({ length: 24 }, () => 400));
    const verdicts = drift.windows.map((window: { dataset: { datasetDrifted: boolean } }) => window.dataset.datasetDrifted);
    expect(verdicts.slice(0, 12).filter(Boolean)).toHaveLength(0);
    expect(verdicts.slice(-4)).toEqual([true, true, true, true]);
    // Inspectors' labels for half the images: production accuracy falls with the drift, beside the test figures.
    const performance = (await testApp.http().get(`${defects}/deployments/${live.id}/performance`).query({ to }).expect(200)).body;
    expect(performance.windows.every((window: { labelled: number }) => window.labelled === 200)).toBe(true);
    const accuracy = performance.windows.map((window: { report: { report: { accuracy: number } } }) => window.report.report.accuracy);
    expect(Math.min(...accuracy.slice(0, 12))).toBeGreaterThan(Math.max(...accuracy.slice(-3)));
    expect(performance.reference.modelVersion).toMatch(/^product-image-defects v\d$/);
    // Its drift monitor alerted on the last hour: the alert is open on the board card.
    expect((await testApp.http().get(defects).expect(200)).body.openAlerts).toBe(1);
    const alerts = (await testApp.http().get(`${defects}/alerts`).expect(200)).body.items;
    expect(alerts).toMatchObject([{ monitorName: "Image drift", status: "OPEN" }]);

    // The FAQ chatbot went round the loop: a latency alert and feedback opened iteration 2, its run went live, and it closed with the KPI improved.
    const faq = "/api/v1/projects/faq-chatbot-rag";
    const [iteration] = (await testApp.http().get(`${faq}/iterations`).expect(200)).body.items;
    expect(iteration).toMatchObject({ number: 2, status: "CLOSED", loopedTo: "MODEL_DEVELOPMENT", outcome: "faq-chatbot-rag v2 in faq-chatbot-rag-prod" });
    expect(iteration.triggers.map((trigger: { kind: string }) => trigger.kind)).toEqual(["ALERT", "FEEDBACK", "REQUIREMENT"]);
    const latency = (list: Array<{ name: string; value: number }>) => list.find((kpi) => kpi.name === "Answer latency p95")!.value;
    expect(latency(iteration.kpisBefore)).toBeGreaterThan(3_000);
    expect(latency(iteration.kpisAfter)).toBeLessThan(1_500);
    expect(iteration.triggers[0].valueAfter).toBeLessThan(iteration.triggers[0].valueBefore);
    expect((await testApp.http().get(faq).expect(200)).body.openAlerts).toBe(0);

    // Its feedback: users' scores, pairwise preferences that favour v2, their DPO export pinned as a data set version, the editors' queues.
    const rates = (await testApp.http().get(`${faq}/preferences/win-rates`).expect(200)).body;
    expect(rates.preferences).toBe(36);
    expect(rates.variants[0]).toMatchObject({ version: "faq-chatbot-rag v2" });
    expect(rates.variants[0].winRate).toBeGreaterThan(0.6);
    const [dpo] = (await testApp.http().get(`${faq}/preference-exports`).expect(200)).body.items;
    expect(dpo).toMatchObject({ dataSetName: "FAQ answer preferences (DPO)", version: 1 });
    expect(dpo.pairs + dpo.ties).toBe(36);
    const queues = (await testApp.http().get(`${faq}/annotation-queues`).expect(200)).body.items;
    expect(queues.map((queue: { name: string; progress: { total: number; done: number } }) => [queue.name, queue.progress.total, queue.progress.done])).toEqual([
      ["Answer 1 or answer 2", 6, 0],
      ["Editors' weekly review", 12, 5],
    ]);
    const deployment = (await testApp.http().get(`${faq}/deployments`).expect(200)).body.items[0];
    expect((await testApp.http().get(`${faq}/deployments/${deployment.id}/scores?source=DOMAIN_EXPERT&pageSize=1`).expect(200)).body.total).toBe(10);
    expect((await testApp.http().get(`${faq}/deployments/${deployment.id}/scores?config=helpfulness&source=END_USER&pageSize=1`).expect(200)).body.total).toBe(80);

    const spam = "/api/v1/projects/spam-email-classifier";
    const gate = (await testApp.http().get(`${spam}/stages`).expect(200)).body.stages[3].gate;
    expect(gate.checks[0]).toMatchObject({ id: "candidate_run", passed: false, reason: "No run qualifies yet. Closest, knn-k7: Spam caught needs recall ≥ 97 %." });
    const refused = await testApp.http().post(`${spam}/transitions`).send({ to: "DEPLOYMENT" });
    expect(refused.status).toBe(409);

    // A better test evaluation of the balanced run is the evidence the gate asks for.
    const experiments = (await testApp.http().get(`${spam}/experiments`).expect(200)).body.items;
    const runs = (await testApp.http().get(`${spam}/experiments/${experiments[0].id}/runs`).query({ filter: "name = 'knn-k7'" }).expect(200)).body.items;
    expect(runs[0]).toMatchObject({ name: "knn-k7", fitVerdict: "BALANCED" });
    await testApp.http().post(`${spam}/runs/${runs[0].id}/evaluations`).send({ kind: "CLASSIFICATION", split: "test", name: "threshold 0.4", labels: ["ham", "spam"], matrix: [[4_950, 90], [40, 2_120]] }).expect(201);
    const moved = await testApp.http().post(`${spam}/transitions`).send({ to: "DEPLOYMENT" }).expect(201);
    expect(moved.body.transition.gate.checks[0].reason).toBe("knn-k7 meets Spam caught on test with a balanced fit.");
  });
});
