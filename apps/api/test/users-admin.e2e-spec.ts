import { expectError } from "./support/factories";
import { createTestApp, TEST_ADMIN_TOKEN, TEST_PASSWORD, type TestApp } from "./support/test-app";

/** Admins deactivate and reactivate users, issue one-time password-reset links, and unlock accounts. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const signIn = (email: string, password = TEST_PASSWORD) => testApp.anonymous().post("/api/v1/auth/sign-in").send({ email, password });

describe("user administration", () => {
  it("deactivates a user — sessions end, tokens stop, sign-in is refused — and reactivates them", async () => {
    const user = await testApp.createUser({ name: "Leaving Lee" });
    const agent = testApp.anonymous();
    await agent.post("/api/v1/auth/sign-in").send({ email: user.email, password: TEST_PASSWORD }).expect(204);
    await agent.get("/api/v1/auth/me").expect(200);
    await user.http().get("/api/v1/projects").expect(200);

    const deactivated = (await testApp.http().post(`/api/v1/users/${user.id}/deactivate`).expect(200)).body;
    expect(deactivated).toMatchObject({ id: user.id, active: false, deactivatedAt: expect.any(String) });
    expectError(await agent.get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
    expectError(await user.http().get("/api/v1/projects"), 401, "UNAUTHENTICATED");
    expectError(await signIn(user.email), 403, "ACCOUNT_DEACTIVATED");
    // A wrong password says nothing of the account.
    expectError(await signIn(user.email, "not the password"), 401, "INVALID_CREDENTIALS");
    expect((await testApp.http().get("/api/v1/users").expect(200)).body.items).toContainEqual(expect.objectContaining({ id: user.id, active: false }));

    expect((await testApp.http().post(`/api/v1/users/${user.id}/reactivate`).expect(200)).body).toMatchObject({ active: true, deactivatedAt: null });
    await user.http().get("/api/v1/projects").expect(200);
    expect((await signIn(user.email)).status).toBe(204);
    const log = (await testApp.http().get("/api/v1/security-events").expect(200)).body.items.map((event: { type: string }) => event.type);
    expect(log).toEqual(expect.arrayContaining(["USER_DEACTIVATED", "USER_REACTIVATED"]));
  });

  it("never deactivates the caller or the last active admin, and only admins may", async () => {
    const other = await testApp.createUser();
    expectError(await other.http().post(`/api/v1/users/${testApp.admin.id}/deactivate`), 403, "FORBIDDEN");
    expectError(await testApp.admin.http().post(`/api/v1/users/${testApp.admin.id}/deactivate`), 409, "CANNOT_DEACTIVATE_SELF");
    expectError(await testApp.http().post("/api/v1/users/00000000-0000-4000-8000-000000000000/deactivate"), 404, "USER_NOT_FOUND");
    const second = await testApp.createUser({ isAdmin: true });
    // With two admins, one may deactivate the other; the last one standing is kept (here the environment's token asks).
    const environment = () => testApp.anonymous().set("authorization", `Bearer ${TEST_ADMIN_TOKEN}`);
    await environment().post(`/api/v1/users/${second.id}/deactivate`).expect(200);
    expectError(await environment().post(`/api/v1/users/${testApp.admin.id}/deactivate`), 409, "LAST_ADMIN");
    await environment().post(`/api/v1/users/${second.id}/reactivate`).expect(200);
    await second.http().post(`/api/v1/users/${testApp.admin.id}/deactivate`).expect(200);
    await second.http().post(`/api/v1/users/${testApp.admin.id}/reactivate`).expect(200);
  });

  it("issues a one-time password-reset link that sets a new password, ends the sessions and works once", async () => {
    const user = await testApp.createUser({ name: "Forgetful Flo" });
    const agent = testApp.anonymous();
    await agent.post("/api/v1/auth/sign-in").send({ email: user.email, password: TEST_PASSWORD }).expect(204);
    const link = (await testApp.http().post(`/api/v1/users/${user.id}/password-reset`).expect(201)).body;
    expect(link).toMatchObject({ url: expect.stringMatching(/\/reset-password\?token=[\w-]+$/), expiresAt: expect.any(String) });
    const token = new URL(link.url).searchParams.get("token")!;
    // A second link replaces the first.
    const newer = (await testApp.http().post(`/api/v1/users/${user.id}/password-reset`).expect(201)).body;
    const newerToken = new URL(newer.url).searchParams.get("token")!;
    expectError(await testApp.anonymous().post("/api/v1/auth/password-reset").send({ token, password: "a brand new password" }), 400, "VALIDATION_FAILED", "token");
    expectError(await testApp.anonymous().post("/api/v1/auth/password-reset").send({ token: newerToken, password: "short" }), 400, "VALIDATION_FAILED", "password");

    await testApp.anonymous().post("/api/v1/auth/password-reset").send({ token: newerToken, password: "a brand new password" }).expect(204);
    expectError(await agent.get("/api/v1/auth/me"), 401, "UNAUTHENTICATED");
    expectError(await signIn(user.email), 401, "INVALID_CREDENTIALS");
    await signIn(user.email, "a brand new password").then((response) => expect(response.status).toBe(204));
    expectError(await testApp.anonymous().post("/api/v1/auth/password-reset").send({ token: newerToken, password: "yet another password" }), 400, "VALIDATION_FAILED", "token");
  });

  it("unlocks an account locked by wrong passwords from one address", async () => {
    const user = await testApp.createUser();
    for (let attempt = 0; attempt < 5; attempt += 1) expectError(await signIn(user.email, "wrong password"), 401, "INVALID_CREDENTIALS");
    expectError(await signIn(user.email, TEST_PASSWORD), 429, "TOO_MANY_REQUESTS");
    const before = (await testApp.http().get("/api/v1/users").expect(200)).body.items.find((item: { id: string }) => item.id === user.id);
    expect(before.failedSignIns).toBe(5);
    await testApp.http().post(`/api/v1/users/${user.id}/unlock`).expect(204);
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(204);
  });
});
