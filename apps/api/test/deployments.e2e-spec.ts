import { addCandidateRun, addDataVersion, expectError, makeKpi, makeReadyProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/** Deployments: variants and traffic, production only with approved versions, status, rollback, and the Deployment gate. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

/** A project at the Deployment stage with a model: version 1 from a run that meets the KPI (approved), version 2 external (pending). */
async function deployableProject() {
  const project = await makeReadyProject(testApp);
  await makeKpi(testApp, project.id, { name: "Accuracy", metricKey: "accuracy", target: 0.9, baseline: 0.5 });
  await addDataVersion(testApp, project.id);
  const run = await addCandidateRun(testApp, project.id, { kind: "GENERATION", split: "test", scores: { accuracy: 0.95 } });
  const base = `/api/v1/projects/${project.id}`;
  for (const to of ["PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT", "DEPLOYMENT"]) await testApp.http().post(`${base}/transitions`).send({ to }).expect(201);
  await testApp.http().put(`${base}/runs/${run.id}/artifacts/content?path=model/MLmodel`).set("Content-Type", "application/octet-stream").send(Buffer.from("flavors: {}\n")).expect(200);
  const model = (await testApp.http().post(`${base}/models`).send({ name: "spam" }).expect(201)).body;
  const v1 = (await testApp.http().post(`${base}/models/${model.id}/versions`).send({ runId: run.id }).expect(201)).body;
  await testApp.http().post(`${base}/models/${model.id}/versions/1/review`).send({ decision: "APPROVED", reason: "meets accuracy" }).expect(200);
  const v2 = (await testApp.http().post(`${base}/models/${model.id}/versions`).send({ source: "s3://spam/2" }).expect(201)).body;
  return { project, base, v1: v1.id as string, v2: v2.id as string, modelId: model.id as string };
}

describe("deployments", () => {
  it("deploys an approved version, shifts traffic to a canary, rolls back in one call, and keeps the timeline", async () => {
    const { base, v1, v2, project } = await deployableProject();
    const created = (
      await testApp.http().post(`${base}/deployments`).send({ name: "inbox-api", target: "REAL_TIME", environment: "PRODUCTION", endpointUrl: "https://api.example.com/spam", capacity: { minReplicas: 2, maxReplicas: 4 }, variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersionId: v1 }] }).expect(201)
    ).body;
    expect(created).toMatchObject({ status: "PLANNED", environment: "PRODUCTION", capacity: { minReplicas: 2, maxReplicas: 4 }, variants: [{ name: "primary", trafficPercent: 100, modelVersion: { id: v1, modelName: "spam", version: 1, approval: "APPROVED" } }] });
    const deployment = `${base}/deployments/${created.id}`;

    // The Deployment gate waits for it to be live.
    expect((await testApp.http().post(`${base}/transitions`).send({ to: "MONITORING" })).body.details[0].message).toBe("Nothing qualifies yet: inbox-api is planned, not live.");
    await testApp.http().post(`${deployment}/status`).send({ status: "LIVE", reason: "rolled out" }).expect(200);

    // A pending version may not take production traffic, not even as a canary, without a lead's override.
    const canary = [{ name: "primary", role: "PRIMARY", trafficPercent: 90, modelVersionId: v1 }, { name: "canary", role: "CANARY", trafficPercent: 10, modelVersionId: v2 }];
    expectError(await testApp.http().post(`${deployment}/traffic`).send({ variants: canary }), 409, "DEPLOYMENT_NEEDS_APPROVAL");
    expectError(await testApp.http().post(`${deployment}/traffic`).send({ variants: canary, override: true }), 400, "VALIDATION_FAILED", "reason");
    const shifted = (await testApp.http().post(`${deployment}/traffic`).send({ variants: canary, override: true, reason: "a 10 % trial agreed with support" }).expect(200)).body;
    expect(shifted.variants.map((variant: { name: string; trafficPercent: number }) => [variant.name, variant.trafficPercent])).toEqual([["primary", 90], ["canary", 10]]);
    expect(await testApp.prisma.securityEvent.count({ where: { type: "DEPLOYMENT_OVERRIDDEN", projectId: project.id } })).toBe(1);
    // With an unapproved canary taking traffic, the gate does not count it.
    expect((await testApp.http().post(`${base}/transitions`).send({ to: "MONITORING" })).body.details[0].message).toContain("spam v2, which is pending, not approved");

    const rolledBack = (await testApp.http().post(`${deployment}/rollback`).send({ reason: "canary raised false positives" }).expect(200)).body;
    expect(rolledBack).toMatchObject({ status: "ROLLED_BACK", variants: [{ name: "primary", trafficPercent: 100, modelVersion: { id: v1 } }] });
    const events = (await testApp.http().get(`${deployment}/events`).expect(200)).body;
    expect(events.items.map((event: { kind: string }) => event.kind)).toEqual(["ROLLED_BACK", "TRAFFIC_SHIFTED", "STATUS_CHANGED", "CREATED"]);
    expect(events.items[0]).toMatchObject({ reason: "canary raised false positives", fromStatus: "LIVE", toStatus: "ROLLED_BACK", variants: [{ name: "primary" }] });
    expect(events.items[1]).toMatchObject({ override: true, reason: "a 10 % trial agreed with support" });

    // Now the gate passes, naming the deployment, and the project moves on to Monitoring.
    const moved = (await testApp.http().post(`${base}/transitions`).send({ to: "MONITORING" }).expect(201)).body;
    expect(moved.transition.gate.checks[0]).toMatchObject({ id: "live_in_production", passed: true, reason: "inbox-api serves spam v1 (100 %) in production." });
    expect(moved.project.currentStage).toBe("MONITORING");
    // The project (and so its board card) says what serves production.
    expect((await testApp.http().get(base).expect(200)).body.liveInProduction).toEqual({ deploymentName: "inbox-api", status: "ROLLED_BACK", modelName: "spam", version: 1, customization: null });
    const listed = (await testApp.http().get(`/api/v1/projects?q=${encodeURIComponent(project.name)}`).expect(200)).body.items;
    expect(listed.find((item: { id: string }) => item.id === project.id).liveInProduction).toMatchObject({ modelName: "spam", version: 1 });
    await testApp.http().post(`${deployment}/status`).send({ status: "RETIRED", reason: "replaced" }).expect(200);
    expect((await testApp.http().get(base).expect(200)).body.liveInProduction).toBeNull();
  });

  it("refuses variant sets that do not add up, unknown versions and moves the status table forbids, writing nothing", async () => {
    const { base, v1, v2 } = await deployableProject();
    const body = { name: "batch-scoring", target: "BATCH", environment: "STAGING", schedule: "0 2 * * *" };
    expectError(await testApp.http().post(`${base}/deployments`).send({ ...body, variants: [{ name: "p", role: "PRIMARY", trafficPercent: 90, modelVersionId: v1 }] }), 400, "VALIDATION_FAILED", "variants");
    expectError(await testApp.http().post(`${base}/deployments`).send({ ...body, variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, modelVersionId: v1 }, { name: "s", role: "SHADOW", trafficPercent: 5, modelVersionId: v2 }] }), 400, "VALIDATION_FAILED", "variants.1.trafficPercent");
    expectError(await testApp.http().post(`${base}/deployments`).send({ ...body, variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, modelVersionId: "00000000-0000-4000-8000-000000000000" }] }), 400, "VALIDATION_FAILED", "variants.0.modelVersionId");
    expect(await testApp.prisma.deployment.count({ where: { name: "batch-scoring" } })).toBe(0);

    // Staging takes a pending version; a shadow takes a sampling share, not traffic.
    const created = (await testApp.http().post(`${base}/deployments`).send({ ...body, variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, modelVersionId: v2 }, { name: "s", role: "SHADOW", samplingPercent: 5, modelVersionId: v1 }] }).expect(201)).body;
    expect(created.variants[1]).toMatchObject({ role: "SHADOW", trafficPercent: null, samplingPercent: 5 });
    expectError(await testApp.http().post(`${base}/deployments`).send({ ...body, variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, modelVersionId: v2 }] }), 409, "DEPLOYMENT_NAME_TAKEN", "name");
    expectError(await testApp.http().post(`${base}/deployments/${created.id}/status`).send({ status: "ROLLED_BACK" }), 409, "STATUS_CHANGE_NOT_ALLOWED", "status");
    expectError(await testApp.http().post(`${base}/deployments/${created.id}/rollback`).send({ reason: "nothing before" }), 409, "NOTHING_TO_ROLL_BACK");
    expectError(await testApp.http().post(`${base}/deployments/${created.id}/traffic`).send({ version: 99, variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, modelVersionId: v1 }] }), 409, "STALE_VERSION", "version");
    // A version that serves cannot be deleted.
    const versionDelete = await testApp.http().delete(`${base}/models/${(await testApp.prisma.modelVersion.findUniqueOrThrow({ where: { id: v2 } })).modelId}/versions/2`);
    expectError(versionDelete, 409, "MODEL_IN_USE");
    await testApp.http().post(`${base}/deployments/${created.id}/status`).send({ status: "RETIRED" }).expect(200);
    expectError(await testApp.http().post(`${base}/deployments/${created.id}/status`).send({ status: "LIVE" }), 409, "STATUS_CHANGE_NOT_ALLOWED");
    expect((await testApp.http().get(`${base}/deployments`).expect(200)).body.total).toBe(0);
    expect((await testApp.http().get(`${base}/deployments?includeRetired=true`).expect(200)).body.total).toBe(1);
  });
});
