import { expectError, makeProject } from "./support/factories";
import { createTestApp, type TestApp, type TestUser } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

async function projectLedBy(lead: TestUser) {
  return (await lead.http().post("/api/v1/projects").send({ name: `Led by ${lead.name}` }).expect(201)).body as { id: string; version: number };
}

describe("members", () => {
  it("makes the creator the lead, lets an admin add members directly and the lead re-role and remove them", async () => {
    const lead = await testApp.createUser();
    const colleague = await testApp.createUser();
    const project = await projectLedBy(lead);
    const url = `/api/v1/projects/${project.id}/members`;

    expect((await lead.http().get(url).expect(200)).body.items).toEqual([expect.objectContaining({ userId: lead.id, role: "LEAD" })]);
    const added = await testApp.http().post(url).send({ email: colleague.email.toUpperCase(), role: "VIEWER" }).expect(201);
    expect(added.body).toMatchObject({ userId: colleague.id, email: colleague.email, role: "VIEWER" });
    expectError(await testApp.http().post(url).send({ email: colleague.email, role: "LEAD" }), 409, "MEMBER_EXISTS", "email");
    expectError(await testApp.http().post(url).send({ email: "ghost@test.local", role: "VIEWER" }), 404, "USER_NOT_FOUND", "email");
    expectError(await testApp.http().post(url).send({ email: colleague.email, role: "OWNER" }), 400, "VALIDATION_FAILED", "role");
    expectError(await lead.http().post(`/api/v1/projects/${project.id}/invitations`).send({ email: colleague.email, role: "OWNER" }), 400, "VALIDATION_FAILED", "role");

    expect((await colleague.http().get(`/api/v1/projects/${project.id}`).expect(200)).body.myRole).toBe("VIEWER");
    await lead.http().patch(`${url}/${colleague.id}`).send({ role: "CONTRIBUTOR" }).expect(200);
    expect((await colleague.http().get(`/api/v1/projects/${project.id}`).expect(200)).body.myRole).toBe("CONTRIBUTOR");

    await lead.http().delete(`${url}/${colleague.id}`).expect(204);
    expectError(await colleague.http().get(`/api/v1/projects/${project.id}`), 404, "PROJECT_NOT_FOUND");
    expectError(await lead.http().delete(`${url}/${colleague.id}`), 404, "MEMBER_NOT_FOUND");

    const events = await testApp.http().get("/api/v1/security-events").expect(200);
    const types = events.body.items.filter((event: { projectId: string }) => event.projectId === project.id).map((event: { type: string }) => event.type);
    expect(types).toEqual(["MEMBER_REMOVED", "MEMBER_ROLE_CHANGED", "MEMBER_ADDED"]);
  });

  it("never leaves a project without a lead", async () => {
    const lead = await testApp.createUser();
    const project = await projectLedBy(lead);
    const url = `/api/v1/projects/${project.id}/members`;
    expectError(await lead.http().patch(`${url}/${lead.id}`).send({ role: "VIEWER" }), 409, "LAST_LEAD");
    expectError(await lead.http().delete(`${url}/${lead.id}`), 409, "LAST_LEAD");
    const second = await testApp.createUser();
    await testApp.http().post(url).send({ email: second.email, role: "LEAD" }).expect(201);
    await lead.http().patch(`${url}/${lead.id}`).send({ role: "VIEWER" }).expect(200);
  });

  it("lists only the projects a user belongs to, and all of them for an admin", async () => {
    const alice = await testApp.createUser();
    const bob = await testApp.createUser();
    const mine = await projectLedBy(alice);
    const theirs = await projectLedBy(bob);
    const ids = async (user: TestUser) => (await user.http().get("/api/v1/projects?pageSize=200").expect(200)).body.items.map((item: { id: string }) => item.id);
    expect(await ids(alice)).toEqual([mine.id]);
    expect(await ids(bob)).toEqual([theirs.id]);
    const all = (await testApp.http().get("/api/v1/projects?pageSize=200").expect(200)).body.items;
    expect(all.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(all.find((item: { id: string }) => item.id === mine.id).myRole).toBe("LEAD");
  });

  it("lets only a lead archive or close a project", async () => {
    const lead = await testApp.createUser();
    const contributor = await testApp.createUser();
    const project = await projectLedBy(lead);
    await testApp.http().post(`/api/v1/projects/${project.id}/members`).send({ email: contributor.email, role: "CONTRIBUTOR" }).expect(201);
    await contributor.http().patch(`/api/v1/projects/${project.id}`).send({ version: project.version, owner: "Me" }).expect(200);
    expectError(await contributor.http().patch(`/api/v1/projects/${project.id}`).send({ version: project.version + 1, status: "ARCHIVED" }), 403, "FORBIDDEN", "status");
    await lead.http().patch(`/api/v1/projects/${project.id}`).send({ version: project.version + 1, status: "ARCHIVED" }).expect(200);
  });

  it("admins see projects with no members (e.g. seeded ones)", async () => {
    const project = await makeProject(testApp);
    expect((await testApp.http().get(`/api/v1/projects/${project.id}`).expect(200)).body.myRole).toBe("LEAD");
  });
});
