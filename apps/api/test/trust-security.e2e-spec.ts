// Issue 11's security reproductions: each got in before its fix.
import { AuthService } from "../src/modules/auth/auth.service";
import { TokensService } from "../src/modules/tokens/tokens.service";
import { expectError, makeProject } from "./support/factories";
import { createTestApp, TEST_PASSWORD, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const API = "/api/2.0/mlflow";

describe("the MLflow imports project", () => {
  it("cannot be squatted: the slug prefix is reserved, and a user's imports project is found by its owner", async () => {
    const victim = await testApp.createUser({ name: "Victim" });
    const attacker = await testApp.createUser({ name: "Attacker" });
    // The attacker creates the project the victim's imports used to be found by.
    const squat = await attacker.http().post("/api/v1/projects").send({ name: "Trap", slug: `mlflow-imports-${victim.id.slice(0, 8)}` });
    expectError(squat, 400, "VALIDATION_FAILED", "slug");
    expectError(await attacker.http().post("/api/v1/projects").send({ name: "Trap", slug: "mlflow-imports" }), 400, "VALIDATION_FAILED", "slug");
    // A name that would derive the prefix gets another slug.
    const named = (await attacker.http().post("/api/v1/projects").send({ name: "MLflow imports" }).expect(201)).body;
    expect(named.slug).toBe("project-mlflow-imports");
    const renamed = await attacker.http().patch(`/api/v1/projects/${named.id}`).send({ version: named.version, slug: `mlflow-imports-${victim.id.slice(0, 8)}` });
    expectError(renamed, 400, "VALIDATION_FAILED", "slug");

    // The victim's MLflow run lands in the victim's own imports project, which the attacker cannot see.
    const { experiment_id } = (await victim.http().post(`${API}/experiments/create`).send({ name: "secrets" }).expect(200)).body;
    const run = (await victim.http().post(`${API}/runs/create`).send({ experiment_id, start_time: 1 }).expect(200)).body.run.info;
    await victim.http().post(`${API}/runs/log-batch`).send({ run_id: run.run_id, params: [{ key: "db_password", value: "hunter2" }] }).expect(200);
    const defaultRun = (await victim.http().post(`${API}/runs/create`).send({ experiment_id: "0", start_time: 1 }).expect(200)).body.run.info;
    await attacker.http().get(`${API}/runs/get`).query({ run_id: run.run_id }).expect(404);
    await attacker.http().get(`${API}/runs/get`).query({ run_id: defaultRun.run_id }).expect(404);
    const victimProjects = (await victim.http().get("/api/v1/projects").expect(200)).body.items;
    expect(victimProjects.map((project: { slug: string }) => project.slug)).toEqual([`mlflow-imports-${victim.id.slice(0, 8)}`]);
  });

  it("the Default experiment and plain names of two users never meet, even when their ids share a prefix slot", async () => {
    const first = await testApp.createUser();
    const second = await testApp.createUser();
    const a = (await first.http().post(`${API}/runs/create`).send({ experiment_id: "0", start_time: 1 }).expect(200)).body.run.info;
    const b = (await second.http().post(`${API}/runs/create`).send({ experiment_id: "0", start_time: 1 }).expect(200)).body.run.info;
    expect(a.experiment_id).not.toBe(b.experiment_id);
    await second.http().get(`${API}/runs/get`).query({ run_id: a.run_id }).expect(404);
  });

  it("a viewer's set_experiment('project/x') is refused instead of creating x in their own project", async () => {
    const project = await makeProject(testApp);
    const viewer = await testApp.createUser();
    await testApp.http().post(`/api/v1/projects/${project.id}/members`).send({ email: viewer.email, role: "VIEWER" }).expect(201);
    await viewer.http().get(`${API}/experiments/get-by-name`).query({ experiment_name: `${project.slug}/x` }).expect(404);
    const created = await viewer.http().post(`${API}/experiments/create`).send({ name: `${project.slug}/x` });
    expect(created.status).toBe(403);
    expect(created.body).toEqual({ error_code: "PERMISSION_DENIED", message: expect.stringContaining(project.slug) });
    expect((await viewer.http().get("/api/v1/projects").expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([project.id]);
  });
});

describe("moving an experiment out of a project", () => {
  it("needs the lead role in the source (a contributor could move it to their own project and delete it there), and is in the security log", async () => {
    const project = await makeProject(testApp);
    const contributor = await testApp.createUser();
    await testApp.http().post(`/api/v1/projects/${project.id}/members`).send({ email: contributor.email, role: "CONTRIBUTOR" }).expect(201);
    const own = (await contributor.http().post("/api/v1/projects").send({ name: "Contributor's own" }).expect(201)).body;
    const experiment = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "keep me" }).expect(201)).body;
    expectError(await contributor.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/move`).send({ toProject: own.id }), 403, "FORBIDDEN");
    await testApp.http().get(`/api/v1/projects/${project.id}/experiments/${experiment.id}`).expect(200);

    await testApp.http().post(`/api/v1/projects/${project.id}/members`).send({ email: contributor.email, role: "CONTRIBUTOR" }).expect(409);
    await testApp.http().patch(`/api/v1/projects/${project.id}/members/${contributor.id}`).send({ role: "LEAD" }).expect(200);
    await contributor.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/move`).send({ toProject: own.id }).expect(200);
    const events = (await testApp.http().get("/api/v1/security-events?type=EXPERIMENT_MOVED").expect(200)).body.items;
    expect(events[0]).toMatchObject({ type: "EXPERIMENT_MOVED", actorName: contributor.name, projectId: project.id, detail: { experimentId: experiment.id, name: "keep me", toProjectId: own.id } });
  });
});

describe("sessions and CSRF", () => {
  it("CSRF refusals on MLflow routes answer 403 PERMISSION_DENIED, not 400", async () => {
    const user = await testApp.createUser();
    const agent = testApp.anonymous();
    await agent.post("/api/v1/auth/sign-in").send({ email: user.email, password: TEST_PASSWORD }).expect(204);
    const refused = await agent.post(`${API}/experiments/create`).send({ name: "no csrf" });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error_code: "PERMISSION_DENIED", message: expect.any(String) });
  });
});

describe("the one-time setup link", () => {
  it("used 8 times at once creates one admin", async () => {
    const fresh = await createTestApp({ withAdmin: false });
    try {
      const token = await fresh.app.get(AuthService).prepareSetupToken();
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, index) => fresh.anonymous().post("/api/v1/auth/setup").send({ token, email: `admin${index}@example.com`, name: `Admin ${index}`, password: "a long enough password" })),
      );
      expect(answers.filter((answer) => answer.status === 204)).toHaveLength(1);
      for (const answer of answers.filter((item) => item.status !== 204)) expect([403, 409]).toContain(answer.status);
      expect(await fresh.prisma.user.count()).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});

describe("KPI figures", () => {
  it("refuses ±1e308 (the write used to succeed and every read then answered 500)", async () => {
    const project = await makeProject(testApp);
    const base = `/api/v1/projects/${project.id}/kpis`;
    expectError(await testApp.http().post(base).send({ name: "Huge", direction: "HIGHER_IS_BETTER", baseline: -1e308, target: 1e308 }), 400, "VALIDATION_FAILED", "baseline");
    const kpi = (await testApp.http().post(base).send({ name: "Fine", direction: "HIGHER_IS_BETTER", baseline: 0, target: 1 }).expect(201)).body;
    expectError(await testApp.http().post(`${base}/${kpi.id}/measurements`).send({ value: 1e308 }), 400, "VALIDATION_FAILED", "value");
    await testApp.http().get(base).expect(200);
    await testApp.http().get(`/api/v1/projects/${project.id}`).expect(200);
  });
});

describe("project tokens", () => {
  it("send plain MLflow names and the Default experiment into their project, shared by the team, and see nothing else", async () => {
    const lead = await testApp.createUser({ name: "Team lead" });
    const project = (await lead.http().post("/api/v1/projects").send({ name: "Churn team" }).expect(201)).body;
    const elsewhere = (await lead.http().post("/api/v1/projects").send({ name: "Lead's other project" }).expect(201)).body;
    const colleague = await testApp.createUser({ name: "Colleague" });
    await testApp.http().post(`/api/v1/projects/${project.id}/members`).send({ email: colleague.email, role: "CONTRIBUTOR" }).expect(201);

    const created = (await lead.http().post("/api/v1/tokens").send({ name: "team scripts", project: project.slug }).expect(201)).body;
    expect(created.project).toEqual({ id: project.id, slug: project.slug, name: "Churn team" });
    const colleagueToken = (await colleague.http().post("/api/v1/tokens").send({ name: "mine", project: project.id }).expect(201)).body.token as string;
    const asLead = () => testApp.anonymous().set("Authorization", `Bearer ${created.token}`);
    const asColleague = () => testApp.anonymous().set("Authorization", `Bearer ${colleagueToken}`);

    // mlflow.set_experiment("sweep"): get-by-name, then create, in the token's project under the plain name.
    await asLead().get(`${API}/experiments/get-by-name`).query({ experiment_name: "sweep" }).expect(404);
    const { experiment_id } = (await asLead().post(`${API}/experiments/create`).send({ name: "sweep" }).expect(200)).body;
    expect((await asLead().get(`${API}/experiments/get`).query({ experiment_id }).expect(200)).body.experiment.name).toBe("sweep");
    expect((await testApp.prisma.experiment.findUniqueOrThrow({ where: { id: experiment_id } })).projectId).toBe(project.id);
    // The colleague's scripts find the same experiment by the same name; "<slug>/sweep" is that one too.
    expect((await asColleague().get(`${API}/experiments/get-by-name`).query({ experiment_name: "sweep" }).expect(200)).body.experiment.experiment_id).toBe(experiment_id);
    expect((await asColleague().get(`${API}/experiments/get-by-name`).query({ experiment_name: `${project.slug}/sweep` }).expect(200)).body.experiment.experiment_id).toBe(experiment_id);
    // mlflow.start_run() with nothing set: the project's Default experiment, the same for both.
    const leadDefault = (await asLead().post(`${API}/runs/create`).send({ experiment_id: "0", start_time: 1 }).expect(200)).body.run.info.experiment_id;
    const colleagueDefault = (await asColleague().post(`${API}/runs/create`).send({ experiment_id: "0", start_time: 1 }).expect(200)).body.run.info.experiment_id;
    expect(leadDefault).toBe(colleagueDefault);
    expect((await testApp.prisma.experiment.findUniqueOrThrow({ where: { id: leadDefault } })).projectId).toBe(project.id);

    // Nothing outside the project exists for the token, though its user leads it.
    const outside = (await lead.http().post(`/api/v1/projects/${elsewhere.id}/experiments`).send({ name: "private" }).expect(201)).body;
    await asLead().get(`/api/v1/projects/${elsewhere.id}`).expect(404);
    await asLead().get(`${API}/experiments/get`).query({ experiment_id: outside.id }).expect(404);
    expect((await asLead().get("/api/v1/projects").expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([project.id]);
    expect((await asLead().post(`${API}/experiments/search`).send({}).expect(200)).body.experiments.every((item: { experiment_id: string }) => item.experiment_id !== outside.id)).toBe(true);
    expect((await asLead().post(`${API}/runs/search`).send({ experiment_ids: [outside.id] }).expect(200)).body).toEqual({});
    // It cannot mint tokens, create projects or act as an admin.
    expectError(await asLead().post("/api/v1/tokens").send({ name: "escalate" }), 403, "FORBIDDEN");
    expectError(await asLead().post("/api/v1/projects").send({ name: "new" }), 403, "FORBIDDEN");
  });

  it("are made only for a project the user can see, and an admin's project token is no admin", async () => {
    const stranger = await testApp.createUser();
    const project = await makeProject(testApp);
    expectError(await stranger.http().post("/api/v1/tokens").send({ name: "x", project: project.id }), 404, "PROJECT_NOT_FOUND", "project");
    const adminProjectToken = (await testApp.http().post("/api/v1/tokens").send({ name: "admin in one project", project: project.id }).expect(201)).body.token as string;
    const asAdminToken = () => testApp.anonymous().set("Authorization", `Bearer ${adminProjectToken}`);
    await asAdminToken().get(`/api/v1/projects/${project.id}`).expect(200);
    expectError(await asAdminToken().get("/api/v1/users"), 403, "FORBIDDEN");
    expectError(await asAdminToken().get("/api/v1/security-events"), 403, "FORBIDDEN");
  });
});

describe("adding members", () => {
  it("a lead's invitation answers the same whether or not the email has an account, and only the invitee can accept it", async () => {
    const lead = await testApp.createUser({ name: "Inviting lead" });
    const project = (await lead.http().post("/api/v1/projects").send({ name: "Invitations" }).expect(201)).body;
    const existing = await testApp.createUser({ name: "Has an account" });
    // Adding directly (which told whether the account exists: 201 or 404) is for admins, who see every user anyway.
    expectError(await lead.http().post(`/api/v1/projects/${project.id}/members`).send({ email: "nobody@example.com", role: "VIEWER" }), 403, "FORBIDDEN");

    const known = await lead.http().post(`/api/v1/projects/${project.id}/invitations`).send({ email: existing.email.toUpperCase(), role: "CONTRIBUTOR" });
    const unknown = await lead.http().post(`/api/v1/projects/${project.id}/invitations`).send({ email: "nobody@example.com", role: "CONTRIBUTOR" });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
    expect(shape(known.body)).toEqual(shape(unknown.body));
    expect(known.body).toMatchObject({ email: existing.email.toLowerCase(), role: "CONTRIBUTOR", invitedBy: "Inviting lead", project: { id: project.id } });
    // Nobody became a member yet: the lead's view of both is the same.
    expect((await lead.http().get(`/api/v1/projects/${project.id}/members`).expect(200)).body.items.map((member: { email: string }) => member.email)).toEqual([lead.email]);
    expect((await lead.http().get(`/api/v1/projects/${project.id}/invitations`).expect(200)).body.items).toHaveLength(2);

    // The invitee sees it, and accepting makes them a member with its role; nobody else can accept it.
    const stranger = await testApp.createUser();
    await stranger.http().post(`/api/v1/invitations/${known.body.id}/accept`).expect(404);
    const mine = (await existing.http().get("/api/v1/invitations").expect(200)).body.items;
    expect(mine.map((invitation: { id: string }) => invitation.id)).toEqual([known.body.id]);
    await existing.http().get(`/api/v1/projects/${project.id}`).expect(404);
    expect((await existing.http().post(`/api/v1/invitations/${known.body.id}/accept`).expect(200)).body).toMatchObject({ userId: existing.id, role: "CONTRIBUTOR" });
    expect((await existing.http().get(`/api/v1/projects/${project.id}`).expect(200)).body.myRole).toBe("CONTRIBUTOR");
    expect((await existing.http().get("/api/v1/invitations").expect(200)).body.items).toEqual([]);

    // A user created later with the invited email finds the invitation waiting; a lead can revoke one.
    const later = (await testApp.http().post("/api/v1/users").send({ email: "nobody@example.com", name: "Later", password: TEST_PASSWORD }).expect(201)).body;
    const laterToken = (await testApp.app.get(TokensService).createToken({ userId: later.id, name: "Later", email: later.email, isAdmin: false, method: "token", sessionId: null, csrfToken: null }, { name: "t" })).token;
    const asLater = () => testApp.anonymous().set("Authorization", `Bearer ${laterToken}`);
    const waiting = (await asLater().get("/api/v1/invitations").expect(200)).body.items;
    expect(waiting).toHaveLength(1);
    await lead.http().delete(`/api/v1/projects/${project.id}/invitations/${waiting[0].id}`).expect(204);
    await asLater().post(`/api/v1/invitations/${waiting[0].id}/accept`).expect(404);
    const events = (await testApp.http().get("/api/v1/security-events?type=MEMBER_INVITED").expect(200)).body.items;
    expect(events.filter((event: { projectId: string }) => event.projectId === project.id)).toHaveLength(2);
  });
});
