import { EvaluationsRepository } from "../src/modules/evaluations/evaluations.repository";
import { FitSweeper } from "../src/modules/evaluations/fit-sweeper";
import { expectError, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

async function makeRun() {
  const project = await makeProject(testApp);
  const experiment = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "e" }).expect(201)).body;
  const run = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`).send({}).expect(201)).body;
  return { project, run, url: `/api/v1/projects/${project.id}/runs/${run.id}/evaluations` };
}

describe("evaluations", () => {
  it("derive a classification report from a confusion matrix, with binary curves from scores", async () => {
    const { url } = await makeRun();
    const body = {
      kind: "CLASSIFICATION",
      split: "test",
      name: "k=5",
      labels: ["ham", "spam"],
      matrix: [[50, 10], [5, 35]],
      binaryScores: { positiveLabel: "spam", scores: [0.1, 0.4, 0.35, 0.8], actual: [false, false, true, true] },
    };
    const evaluation = (await testApp.http().post(url).send(body).expect(201)).body;
    expect(evaluation).toMatchObject({ split: "test", kind: "CLASSIFICATION", name: "k=5", regression: null, generation: null });
    expect(evaluation.classification).toMatchObject({ total: 100, accuracy: 0.85, labels: ["ham", "spam"], matrix: body.matrix });
    expect(evaluation.classification.perClass[1]).toMatchObject({ label: "spam", support: 40, predicted: 45 });
    expect(evaluation.classification.curves).toMatchObject({ positiveLabel: "spam", rocAuc: 0.75 });
    expect(evaluation.metrics).toMatchObject({ accuracy: 0.85, recall_spam: 0.875, roc_auc: 0.75 });
    expect(evaluation.metrics.f1_macro).toBeCloseTo((70 / 85 + 100 / 115) / 2, 12);
    expect((await testApp.http().get(url).expect(200)).body.items).toEqual([evaluation]);
  });

  it("refuse a matrix that is not square, counts below zero, repeated labels or unpaired scores, and write nothing", async () => {
    const { url } = await makeRun();
    const base = { kind: "CLASSIFICATION", split: "validation", labels: ["a", "b"] };
    expectError(await testApp.http().post(url).send({ ...base, matrix: [[1, 2, 3], [4, 5, 6]] }), 400, "VALIDATION_FAILED", "matrix.0");
    expectError(await testApp.http().post(url).send({ ...base, matrix: [[1, 2]] }), 400, "VALIDATION_FAILED", "matrix");
    expectError(await testApp.http().post(url).send({ ...base, matrix: [[1, -2], [3, 4]] }), 400, "VALIDATION_FAILED", "matrix.0.1");
    expectError(await testApp.http().post(url).send({ ...base, labels: ["a", "a"], matrix: [[1, 2], [3, 4]] }), 400, "VALIDATION_FAILED", "labels.1");
    expectError(await testApp.http().post(url).send({ ...base, matrix: [[1, 2], [3, 4]], binaryScores: { positiveLabel: "b", scores: [0.1, 0.2], actual: [true] } }), 400, "VALIDATION_FAILED", "binaryScores.actual");
    expectError(await testApp.http().post(url).send({ ...base, matrix: [[1, 2], [3, 4]], binaryScores: { positiveLabel: "z", scores: [0.1], actual: [true] } }), 400, "VALIDATION_FAILED", "binaryScores.positiveLabel");
    expectError(await testApp.http().post(url).send({ ...base, split: "train", matrix: [[1, 2], [3, 4]] }), 400, "VALIDATION_FAILED", "split");
    expect(await testApp.prisma.evaluation.count({ where: { runId: url.split("/")[6] } })).toBe(0);
  });

  it("compute regression metrics from pairs or take them computed, refusing unpaired arrays", async () => {
    const { url } = await makeRun();
    const fromPairs = (await testApp.http().post(url).send({ kind: "REGRESSION", split: "test", actual: [3, -0.5, 2, 7], predicted: [2.5, 0, 2, 8] }).expect(201)).body;
    expect(fromPairs.regression).toMatchObject({ count: 4, mae: 0.5, mse: 0.375, mapeExcluded: 0, sample: [[3, 2.5], [-0.5, 0], [2, 2], [7, 8]] });
    expect(fromPairs.regression.r2).toBeCloseTo(0.9486081370449679, 12);
    expect(fromPairs.regression.residuals.counts.reduce((sum: number, count: number) => sum + count, 0)).toBe(4);
    const given = (await testApp.http().post(url).send({ kind: "REGRESSION", split: "validation", values: { mae: 1, mse: 2, rmse: 1.41, r2: 0.5, mape: null } }).expect(201)).body;
    expect(given.metrics).toEqual({ mae: 1, mse: 2, rmse: 1.41, r2: 0.5, mape: null });
    expectError(await testApp.http().post(url).send({ kind: "REGRESSION", split: "test", actual: [1, 2], predicted: [1] }), 400, "VALIDATION_FAILED", "predicted");
    expectError(await testApp.http().post(url).send({ kind: "REGRESSION", split: "test" }), 400, "VALIDATION_FAILED", "values");
  });

  it("read up to a million regression pairs streamed as CSV", async () => {
    const { url } = await makeRun();
    const lines = ["actual,predicted", ...Array.from({ length: 50_000 }, (_, index) => `${index % 100},${(index % 100) + (index % 2 ? 1 : -1)}`)];
    const evaluation = (await testApp.http().post(`${url}/regression-pairs`).query({ split: "test", name: "streamed" }).type("text/csv").send(lines.join("\n")).expect(201)).body;
    expect(evaluation.regression).toMatchObject({ count: 50_000, mae: 1, mse: 1, rmse: 1, mapeExcluded: 500 });
    expect(evaluation.regression.sample).toHaveLength(2000);
    const bad = await testApp.http().post(`${url}/regression-pairs`).query({ split: "test" }).type("text/csv").send("1,2\n3,x\n");
    expectError(bad, 400, "VALIDATION_FAILED", "body");
    expect(bad.body.details[0].message).toMatch(/^Line 2: "3,x"/);
    expectError(await testApp.http().post(`${url}/regression-pairs`).query({ split: "test" }).send({ actual: [1] }), 415, "UNSUPPORTED_MEDIA_TYPE");
  });

  it("keep generation scores and human ratings, and delete an evaluation", async () => {
    const { url } = await makeRun();
    const evaluation = (await testApp.http().post(url).send({ kind: "GENERATION", split: "test", scores: { rouge_l: 0.41, faithfulness: 0.9 }, humanRatings: { count: 50, mean: 4.2, scaleMax: 5 } }).expect(201)).body;
    expect(evaluation.metrics).toEqual({ rouge_l: 0.41, faithfulness: 0.9, human_rating_mean: 4.2 });
    expectError(await testApp.http().post(url).send({ kind: "GENERATION", split: "test", scores: {} }), 400, "VALIDATION_FAILED", "scores");
    await testApp.http().delete(`${url}/${evaluation.id}`).expect(204);
    expectError(await testApp.http().delete(`${url}/${evaluation.id}`), 404, "EVALUATION_NOT_FOUND");
  });

  it("diagnose fit from the train and validation curves, with thresholds the project can change", async () => {
    const { project, run } = await makeRun();
    const base = `/api/v1/projects/${project.id}`;
    const none = (await testApp.http().get(`${base}/runs/${run.id}/fit`).expect(200)).body;
    expect(none).toMatchObject({ metric: null, available: [], diagnosis: null });
    // Validation turns up after step 30 while training keeps falling.
    const metrics = Array.from({ length: 100 }, (_, step) => [
      { key: "loss", split: "train", step, value: 1 / (1 + step / 5) },
      { key: "loss", split: "validation", step, value: 0.3 + ((step - 30) / 60) ** 2 },
      { key: "accuracy", split: "train", step, value: 0.9 },
      { key: "accuracy", split: "validation", step, value: 0.89 },
    ]).flat();
    await testApp.http().post(`${base}/runs/${run.id}/batch`).send({ metrics }).expect(201);
    const fit = (await testApp.http().get(`${base}/runs/${run.id}/fit`).expect(200)).body;
    expect(fit).toMatchObject({ metric: "loss", direction: "LOWER_IS_BETTER", available: ["loss", "accuracy"], diagnosis: { verdict: "OVERFIT", evidence: { bestStep: 30 } } });
    expect((await testApp.http().get(`${base}/runs/${run.id}/fit`).query({ metric: "accuracy" }).expect(200)).body).toMatchObject({ direction: "HIGHER_IS_BETTER", diagnosis: { verdict: "BALANCED" } });
    expect((await testApp.http().get(`${base}/runs/${run.id}`).expect(200)).body.fitVerdict).toBe("BALANCED");
    const found = (await testApp.http().get(`${base}/experiments/${run.experimentId}/runs`).query({ filter: "fit = 'balanced'" }).expect(200)).body.items;
    expect(found.map((item: { id: string }) => item.id)).toEqual([run.id]);
    expect((await testApp.http().get(`${base}/experiments/${run.experimentId}/runs`).query({ filter: "fit = 'overfit'" }).expect(200)).body.items).toEqual([]);
    expectError(await testApp.http().get(`${base}/runs/${run.id}/fit`).query({ metric: "bleu" }), 400, "VALIDATION_FAILED", "metric");

    expect((await testApp.http().get(`${base}/fit-thresholds`).expect(200)).body).toEqual({ minPoints: 5, tail: 0.2, maxGap: 0.2, riseTolerance: 0.05, steepImprovement: 0.05 });
    expect((await testApp.http().put(`${base}/fit-thresholds`).send({ riseTolerance: 5 }).expect(200)).body.riseTolerance).toBe(5);
    expect((await testApp.http().put(`${base}/fit-thresholds`).send({ maxGap: 50 }).expect(200)).body).toMatchObject({ riseTolerance: 5, maxGap: 50 });
    expect((await testApp.http().get(`${base}/runs/${run.id}/fit`).expect(200)).body.diagnosis.verdict).toBe("BALANCED");
    expectError(await testApp.http().put(`${base}/fit-thresholds`).send({ tail: 2 }), 400, "VALIDATION_FAILED", "tail");
  });

  it("diagnoses fit in the background once curves arrive, so a search by fit finds runs nobody opened", async () => {
    const { project, run } = await makeRun();
    const base = `/api/v1/projects/${project.id}`;
    const overfit = Array.from({ length: 60 }, (_, step) => [
      { key: "loss", split: "train", step, value: 1 / (1 + step / 5) },
      { key: "loss", split: "validation", step, value: 0.3 + ((step - 20) / 40) ** 2 },
    ]).flat();
    const search = async () => (await testApp.http().get(`${base}/experiments/${run.experimentId}/runs`).query({ filter: "fit = 'overfit'" }).expect(200)).body.items.map((item: { id: string }) => item.id);
    await testApp.http().post(`${base}/runs/${run.id}/batch`).send({ metrics: overfit.slice(0, 60), tags: [{ key: "stage", value: "sweep" }] }).expect(201);
    await testApp.http().post(`${base}/runs/${run.id}/batch`).send({ metrics: overfit.slice(60) }).expect(201);
    await testApp.http().patch(`${base}/runs/${run.id}`).send({ status: "FINISHED" }).expect(200);
    expect(await search()).toEqual([]);
    const sweeper = testApp.app.get(FitSweeper);
    // The sweep waits for a run's writes to settle, then diagnoses it once (other files' runs are not in this database; this file's may be).
    const flagged = async () => (await testApp.prisma.run.findUniqueOrThrow({ where: { id: run.id }, select: { fitDueAt: true } })).fitDueAt;
    await sweeper.sweep(Date.now() - 60_000);
    expect(await flagged()).not.toBeNull();
    expect(await sweeper.sweep(Date.now() + 60_000)).toBeGreaterThanOrEqual(1);
    expect(await flagged()).toBeNull();
    expect(await search()).toEqual([run.id]);
    expect(await sweeper.sweep(Date.now() + 60_000)).toBe(0);
    // New points flag it again.
    await testApp.http().post(`${base}/runs/${run.id}/batch`).send({ metrics: [{ key: "loss", split: "validation", step: 60, value: 0.9 }] }).expect(201);
    expect(await flagged()).not.toBeNull();
    // Two processes claiming at once: one takes the run, the other nothing.
    const repository = testApp.app.get(EvaluationsRepository);
    const claims = await Promise.all([repository.claimFitDue(new Date(Date.now() + 60_000), 20), repository.claimFitDue(new Date(Date.now() + 60_000), 20)]);
    expect(claims.flat().map((claim) => claim.run_id)).toEqual([run.id]);
  });
});
