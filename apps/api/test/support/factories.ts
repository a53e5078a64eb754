import type { Response } from "supertest";
import type { TestApp } from "./test-app";

let counter = 0;
const unique = (prefix: string) => `${prefix} ${++counter} ${Math.random().toString(36).slice(2, 7)}`;

export async function makeProject(testApp: TestApp, overrides: Record<string, unknown> = {}) {
  const response = await testApp.http().post("/api/v1/projects").send({ name: unique("Project"), ...overrides });
  if (response.status !== 201) throw new Error(`makeProject failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; slug: string; version: number; name: string };
}

export async function makeKpi(testApp: TestApp, projectId: string, overrides: Record<string, unknown> = {}) {
  const response = await testApp
    .http()
    .post(`/api/v1/projects/${projectId}/kpis`)
    .send({ name: unique("KPI"), direction: "HIGHER_IS_BETTER", baseline: 0.8, target: 0.95, ...overrides });
  if (response.status !== 201) throw new Error(`makeKpi failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; name: string };
}

export const COMPLETE_FRAMING = {
  mlAppropriate: true,
  mlRationale: "Hand-written rules miss new spam patterns",
  taskType: "binary_classification",
  learningParadigm: "supervised",
  modelFamily: "knn",
  applicationArea: "text_classification",
  approach: "train_from_scratch",
  successMetric: "F1 on the test split",
};

/** A project that meets the Goals and Framing gates. */
export async function makeReadyProject(testApp: TestApp) {
  const project = await makeProject(testApp, { businessGoal: "Keep spam out of support inboxes" });
  await makeKpi(testApp, project.id);
  await testApp.http().put(`/api/v1/projects/${project.id}/framing`).send(COMPLETE_FRAMING).expect(200);
  return project;
}

/** A data set with one version split into train, validation and test: what the Data gate asks for. */
export async function addDataVersion(testApp: TestApp, projectId: string) {
  const dataSet = (await testApp.http().post(`/api/v1/projects/${projectId}/data-sets`).send({ name: unique("Data"), kind: "TABLE", labelling: "LABELLED", labelSource: "HUMAN" })).body as { id: string };
  const response = await testApp
    .http()
    .post(`/api/v1/projects/${projectId}/data-sets/${dataSet.id}/versions`)
    .send({ fingerprint: "sha256:fixture", itemCount: 100, splits: [{ name: "train", count: 70 }, { name: "validation", count: 15 }, { name: "test", count: 15 }] });
  if (response.status !== 201) throw new Error(`addDataVersion failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; versions: Array<{ id: string }> };
}

/** Balanced train and validation loss curves: what a well-fitted run logs. */
export const BALANCED_CURVES = Array.from({ length: 40 }, (_, step) => [
  { key: "loss", split: "train", step, value: 0.2 + 0.8 * Math.exp(-step / 4) },
  { key: "loss", split: "validation", step, value: 0.22 + 0.8 * Math.exp(-step / 4) },
]).flat();

/** A finished run with balanced curves and a test evaluation: what the Model development gate asks for. */
export async function addCandidateRun(testApp: TestApp, projectId: string, evaluation: object = { kind: "GENERATION", split: "test", scores: { quality: 0.9 } }) {
  const base = `/api/v1/projects/${projectId}`;
  const experiment = (await testApp.http().post(`${base}/experiments`).send({ name: unique("Candidates") })).body as { id: string };
  const run = (await testApp.http().post(`${base}/experiments/${experiment.id}/runs`).send({ name: unique("candidate") })).body as { id: string };
  await testApp.http().post(`${base}/runs/${run.id}/batch`).send({ metrics: BALANCED_CURVES }).expect(201);
  await testApp.http().post(`${base}/runs/${run.id}/evaluations`).send(evaluation).expect(201);
  await testApp.http().patch(`${base}/runs/${run.id}`).send({ status: "FINISHED" }).expect(200);
  return run;
}

/** Asserts the one error shape, its status, code and (when given) the offending field. */
export function expectError(response: Response, statusCode: number, code: string, path?: string) {
  expect(response.status).toBe(statusCode);
  expect(response.body).toMatchObject({ statusCode, code, message: expect.any(String), correlationId: expect.any(String) });
  expect(Object.keys(response.body).sort()).toEqual(expect.arrayContaining(["code", "correlationId", "error", "message", "statusCode"]));
  if (path !== undefined) expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}

export async function countRows(testApp: TestApp) {
  const prisma = testApp.prisma;
  const [projects, kpis, measurements, transitions, checklist, framings] = await Promise.all([
    prisma.project.count(),
    prisma.kpi.count(),
    prisma.kpiMeasurement.count(),
    prisma.stageTransition.count(),
    prisma.checklistItem.count(),
    prisma.problemFraming.count(),
  ]);
  return { projects, kpis, measurements, transitions, checklist, framings };
}

/** A new project with one dev deployment of a base model (no approval needed), for the production data paths. */
export async function makeDeployment(testApp: TestApp, name = "scorer") {
  const project = await makeProject(testApp);
  const base = `/api/v1/projects/${project.id}`;
  const response = await testApp.http().post(`${base}/deployments`).send({ name, target: "REAL_TIME", environment: "DEV", variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, baseModel: "gbm" }] });
  if (response.status !== 201) throw new Error(`makeDeployment failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { project, base, url: `${base}/deployments/${response.body.id}`, id: response.body.id as string };
}

/** Registers a run as a model version and approves it: what production needs. */
export async function approvedVersion(testApp: TestApp, projectId: string, runId: string, modelName = "scorer") {
  const base = `/api/v1/projects/${projectId}`;
  const existing = (await testApp.http().get(`${base}/models?q=${encodeURIComponent(modelName)}`).expect(200)).body.items.find((item: { name: string }) => item.name === modelName);
  const model = existing ?? (await testApp.http().post(`${base}/models`).send({ name: modelName }).expect(201)).body;
  await testApp.http().put(`${base}/runs/${runId}/artifacts/content?path=model/MLmodel`).set("Content-Type", "application/octet-stream").send(Buffer.from("flavors:\n  sklearn: {}\n")).expect(200);
  const version = (await testApp.http().post(`${base}/models/${model.id}/versions`).send({ runId }).expect(201)).body as { id: string; version: number };
  await testApp.http().post(`${base}/models/${model.id}/versions/${version.version}/review`).send({ decision: "APPROVED", reason: "meets the KPIs" }).expect(200);
  return version;
}

/**
 * A project in Monitoring: ready, with data, a candidate run approved as a model version and live in production
 * (all of its traffic), walked through every gate on the way.
 */
export async function makeLiveProject(testApp: TestApp) {
  const project = await makeReadyProject(testApp);
  const base = `/api/v1/projects/${project.id}`;
  await addDataVersion(testApp, project.id);
  const run = await addCandidateRun(testApp, project.id);
  const version = await approvedVersion(testApp, project.id, run.id);
  const deployment = (
    await testApp.http().post(`${base}/deployments`).send({ name: "scorer", target: "REAL_TIME", environment: "PRODUCTION", variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersionId: version.id }] }).expect(201)
  ).body as { id: string };
  await testApp.http().post(`${base}/deployments/${deployment.id}/status`).send({ status: "DEPLOYING" }).expect(200);
  await testApp.http().post(`${base}/deployments/${deployment.id}/status`).send({ status: "LIVE" }).expect(200);
  for (const to of ["PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT", "DEPLOYMENT", "MONITORING"]) {
    await testApp.http().post(`${base}/transitions`).send({ to }).expect(201);
  }
  return { project, base, url: `${base}/deployments/${deployment.id}`, deploymentId: deployment.id, runId: run.id };
}
