import { AuthService } from "../src/modules/auth/auth.service";
import { expectError } from "./support/factories";
import { createTestApp, TEST_ADMIN_TOKEN, TEST_PASSWORD, type TestApp } from "./support/test-app";

type Agent = ReturnType<TestApp["anonymous"]>;

async function signIn(testApp: TestApp, email: string, password = TEST_PASSWORD): Promise<{ agent: Agent; csrf: string }> {
  const agent = testApp.anonymous();
  await agent.post("/api/v1/auth/sign-in").send({ email, password }).expect(204);
  const me = await agent.get("/api/v1/auth/me").expect(200);
  return { agent, csrf: me.body.csrfToken };
}

describe("first admin", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ withAdmin: false });
  });
  afterAll(() => testApp?.close());

  it("is created once, through the one-time setup token, and signs the admin in", async () => {
    expect((await testApp.anonymous().get("/api/v1/auth/status").expect(200)).body).toEqual({ setupRequired: true });
    const token = await testApp.app.get(AuthService).prepareSetupToken();
    const body = { token, email: "Founder@Example.com", name: "Founder", password: "a long enough password" };

    expectError(await testApp.anonymous().post("/api/v1/auth/setup").send({ ...body, token: "guess" }), 403, "FORBIDDEN", "token");
    expectError(await testApp.anonymous().post("/api/v1/auth/setup").send({ ...body, password: "short" }), 400, "VALIDATION_FAILED", "password");

    const agent = testApp.anonymous();
    const response = await agent.post("/api/v1/auth/setup").send(body).expect(204);
    expect(response.headers["set-cookie"]?.[0]).toMatch(/^lifecycle_session=.+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    const me = await agent.get("/api/v1/auth/me").expect(200);
    expect(me.body).toMatchObject({ name: "Founder", isAdmin: true, method: "session", user: { email: "founder@example.com", isAdmin: true } });

    expectError(await testApp.anonymous().post("/api/v1/auth/setup").send(body), 409, "SETUP_NOT_AVAILABLE");
    expect((await testApp.anonymous().get("/api/v1/auth/status").expect(200)).body).toEqual({ setupRequired: false });
    expect(await testApp.app.get(AuthService).prepareSetupToken()).toBeNull();
  });
});

describe("sessions", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp?.close());

  it("refuses a wrong password, and logs the failure", async () => {
    const user = await testApp.createUser();
    expectError(await testApp.anonymous().post("/api/v1/auth/sign-in").send({ email: user.email, password: "wrong password" }), 401, "INVALID_CREDENTIALS");
    expectError(await testApp.anonymous().post("/api/v1/auth/sign-in").send({ email: "nobody@test.local", password: "whatever" }), 401, "INVALID_CREDENTIALS");
    const events = await testApp.http().get("/api/v1/security-events?type=SIGN_IN_FAILED").expect(200);
    expect(events.body.items.map((event: { actorName: string }) => event.actorName)).toEqual(expect.arrayContaining([user.email, "nobody@test.local"]));
  });

  it("signs in with any letter case of the email, and needs the CSRF token for changes", async () => {
    const user = await testApp.createUser();
    const { agent, csrf } = await signIn(testApp, user.email.toUpperCase());
    expect(csrf).toEqual(expect.any(String));
    await agent.get("/api/v1/projects").expect(200);
    expectError(await agent.post("/api/v1/projects").send({ name: "No CSRF" }), 403, "CSRF_TOKEN_INVALID");
    expectError(await agent.post("/api/v1/projects").set("x-csrf-token", "forged").send({ name: "Forged" }), 403, "CSRF_TOKEN_INVALID");
    const created = await agent.post("/api/v1/projects").set("x-csrf-token", csrf).send({ name: "With CSRF" }).expect(201);
    expect(created.body.myRole).toBe("LEAD");
  });

  it("ends the session on sign-out", async () => {
    const user = await testApp.createUser();
    const { agent, csrf } = await signIn(testApp, user.email);
    const response = await agent.post("/api/v1/auth/sign-out").set("x-csrf-token", csrf).expect(204);
    expect(response.headers["set-cookie"]?.[0]).toMatch(/^lifecycle_session=;/);
    expectError(await agent.get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
  });

  it("changes a password, ending the user's other sessions", async () => {
    const user = await testApp.createUser();
    const first = await signIn(testApp, user.email);
    const second = await signIn(testApp, user.email);
    expectError(
      await first.agent.post("/api/v1/auth/password").set("x-csrf-token", first.csrf).send({ currentPassword: "wrong", newPassword: "another long password" }),
      401,
      "INVALID_CREDENTIALS",
      "currentPassword",
    );
    await first.agent.post("/api/v1/auth/password").set("x-csrf-token", first.csrf).send({ currentPassword: TEST_PASSWORD, newPassword: "another long password" }).expect(204);
    await first.agent.get("/api/v1/auth/me").expect(200);
    expectError(await second.agent.get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
    expectError(await testApp.anonymous().post("/api/v1/auth/sign-in").send({ email: user.email, password: TEST_PASSWORD }), 401, "INVALID_CREDENTIALS");
    await signIn(testApp, user.email, "another long password");
  });

  it("slows down password guessing with 429 after five failures", async () => {
    const user = await testApp.createUser();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expectError(await testApp.anonymous().post("/api/v1/auth/sign-in").send({ email: user.email, password: `guess ${attempt}` }), 401, "INVALID_CREDENTIALS");
    }
    expectError(await testApp.anonymous().post("/api/v1/auth/sign-in").send({ email: user.email, password: TEST_PASSWORD }), 429, "TOO_MANY_REQUESTS");
  });

  it.each([
    [{ email: "not-an-email", password: "x" }, "email"],
    [{ email: "a@b.io" }, "password"],
    [{ email: "a@b.io", password: "x", remember: true }, "remember"],
  ])("rejects sign-in %j with 400 naming %s", async (body, path) => {
    expectError(await testApp.anonymous().post("/api/v1/auth/sign-in").send(body), 400, "VALIDATION_FAILED", path);
  });

  it("sets security headers", async () => {
    const response = await testApp.anonymous().get("/api/v1/auth/status").expect(200);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });
});

describe("API tokens", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp?.close());

  it("are shown once, stored hashed, usable, recorded as used, and revocable", async () => {
    const user = await testApp.createUser();
    const created = await user.http().post("/api/v1/tokens").send({ name: "training script" }).expect(201);
    const { token, prefix, id } = created.body;
    expect(token).toMatch(/^lc_[\w-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(prefix).toHaveLength(11);
    const stored = await testApp.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token.slice(3));

    const listed = await user.http().get("/api/v1/tokens").expect(200);
    expect(listed.body.items.find((item: { id: string }) => item.id === id)).toEqual({ ...created.body, token: undefined, lastUsedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const me = await testApp.anonymous().get("/api/v1/auth/me").set("Authorization", `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ method: "token", name: user.name, csrfToken: null });
    const used = await user.http().get("/api/v1/tokens").expect(200);
    expect(used.body.items.find((item: { id: string }) => item.id === id).lastUsedAt).toEqual(expect.any(String));

    const revoked = await user.http().delete(`/api/v1/tokens/${id}`).expect(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expectError(await testApp.anonymous().get("/api/v1/auth/me").set("Authorization", `Bearer ${token}`), 401, "UNAUTHENTICATED");
    const events = await testApp.http().get("/api/v1/security-events").expect(200);
    expect(events.body.items.map((event: { type: string }) => event.type)).toEqual(expect.arrayContaining(["TOKEN_CREATED", "TOKEN_REVOKED"]));
  });

  it("stop working after their last day", async () => {
    const user = await testApp.createUser();
    const created = await user.http().post("/api/v1/tokens").send({ name: "short-lived", expiresOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }).expect(201);
    await testApp.anonymous().get("/api/v1/auth/me").set("Authorization", `Bearer ${created.body.token}`).expect(200);
    await testApp.prisma.apiToken.update({ where: { id: created.body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectError(await testApp.anonymous().get("/api/v1/auth/me").set("Authorization", `Bearer ${created.body.token}`), 401, "UNAUTHENTICATED");
    expectError(await user.http().post("/api/v1/tokens").send({ name: "past", expiresOn: "2020-01-01" }), 400, "VALIDATION_FAILED", "expiresOn");
  });

  it("cannot be revoked by another user", async () => {
    const owner = await testApp.createUser();
    const other = await testApp.createUser();
    const created = await owner.http().post("/api/v1/tokens").send({ name: "mine" }).expect(201);
    expectError(await other.http().delete(`/api/v1/tokens/${created.body.id}`), 404, "TOKEN_NOT_FOUND");
  });

  it("accept the LIFECYCLE_ADMIN_TOKEN as an admin that owns no tokens", async () => {
    const env = () => testApp.anonymous().set("Authorization", `Bearer ${TEST_ADMIN_TOKEN}`);
    expect((await env().get("/api/v1/auth/me").expect(200)).body).toMatchObject({ user: null, isAdmin: true, method: "env" });
    await env().get("/api/v1/users").expect(200);
    expectError(await env().post("/api/v1/tokens").send({ name: "x" }), 403, "FORBIDDEN");
  });

  it.each(["Bearer nope", "Bearer lc_unknown", "Basic abc", "Bearer"])("refuse the Authorization header %j", async (header) => {
    expectError(await testApp.anonymous().get("/api/v1/projects").set("Authorization", header), 401, "UNAUTHENTICATED");
  });
});

describe("users and the security log", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp?.close());

  it("lets admins create users, who can then sign in", async () => {
    const created = await testApp.http().post("/api/v1/users").send({ email: "New.Person@Test.local", name: "New Person", password: "a long enough password" }).expect(201);
    expect(created.body).toMatchObject({ email: "new.person@test.local", isAdmin: false });
    expectError(await testApp.http().post("/api/v1/users").send({ email: "new.person@test.local", name: "Again", password: "a long enough password" }), 409, "EMAIL_TAKEN", "email");
    await signIn(testApp, "new.person@test.local", "a long enough password");
    const users = await testApp.http().get("/api/v1/users").expect(200);
    expect(users.body.items.map((user: { email: string }) => user.email)).toContain("new.person@test.local");
    const events = await testApp.http().get("/api/v1/security-events?type=USER_CREATED").expect(200);
    expect(events.body.items[0]).toMatchObject({ type: "USER_CREATED", actorName: "Test Admin", detail: { email: "new.person@test.local", isAdmin: false } });
  });

  it("keeps users and the log for admins", async () => {
    const user = await testApp.createUser();
    expectError(await user.http().get("/api/v1/users"), 403, "FORBIDDEN");
    expectError(await user.http().post("/api/v1/users").send({ email: "x@y.io", name: "X", password: "a long enough password" }), 403, "FORBIDDEN");
    expectError(await user.http().get("/api/v1/security-events"), 403, "FORBIDDEN");
  });

  it("records gate overrides", async () => {
    const project = (await testApp.http().post("/api/v1/projects").send({ name: "Override me" }).expect(201)).body;
    await testApp.http().post(`/api/v1/projects/${project.id}/transitions`).send({ to: "PROBLEM_FRAMING", override: true, reason: "Sponsor said so" }).expect(201);
    const events = await testApp.http().get("/api/v1/security-events?type=GATE_OVERRIDDEN").expect(200);
    expect(events.body.items[0]).toMatchObject({
      projectId: project.id,
      actorName: "Test Admin",
      detail: { from: "GOALS_KPIS", to: "PROBLEM_FRAMING", reason: "Sponsor said so", failed: ["business_goal", "kpi_with_target"] },
    });
  });
});
