import { corsOriginsFromEnv } from "../src/app.setup";
import { countRows, expectError } from "./support/factories";
import { createTestApp, TEST_PASSWORD, type TestApp } from "./support/test-app";

describe("CORS", () => {
  it("is off by default: no browser on another origin may call the API", async () => {
    const testApp = await createTestApp();
    try {
      const preflight = await testApp.anonymous().options("/api/v1/projects").set("Origin", "https://evil.example").set("Access-Control-Request-Method", "POST");
      expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
      const read = await testApp.http().get("/api/v1/projects").set("Origin", "https://evil.example").expect(200);
      expect(read.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await testApp.close();
    }
  });

  it("allows exactly the origins in its allow-list", async () => {
    const testApp = await createTestApp({ corsOrigins: corsOriginsFromEnv(" https://tools.example.com, https://lab.example.com ") });
    try {
      const allowed = await testApp.anonymous().options("/api/v1/projects").set("Origin", "https://lab.example.com").set("Access-Control-Request-Method", "POST");
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://lab.example.com");
      expect(allowed.headers["access-control-allow-credentials"]).toBe("true");
      const refused = await testApp.anonymous().options("/api/v1/projects").set("Origin", "https://evil.example").set("Access-Control-Request-Method", "POST");
      expect(refused.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await testApp.close();
    }
  });
});

describe("request size and shape", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp?.close());

  it("refuses a body over 1 MB with 413, writing nothing", async () => {
    const before = await countRows(testApp);
    const response = await testApp.http().post("/api/v1/projects").set("content-type", "application/json").send(JSON.stringify({ name: "x", description: "y".repeat(1_100_000) }));
    expectError(response, 413, "PAYLOAD_TOO_LARGE");
    expect(await countRows(testApp)).toEqual(before);
  });

  it("never puts a stack trace or SQL in an error", async () => {
    const response = await testApp.http().get("/api/v1/projects/%E0%A4%A");
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.body)).not.toMatch(/at .+\(.+:\d+:\d+\)|SELECT|node_modules/);
  });
});

describe("behind a TLS-terminating proxy", () => {
  it("marks the session cookie Secure when told to trust the proxy", async () => {
    const testApp = await createTestApp({ trustProxy: "loopback" });
    try {
      const user = await testApp.createUser();
      const response = await testApp.anonymous().post("/api/v1/auth/sign-in").set("X-Forwarded-Proto", "https").send({ email: user.email, password: TEST_PASSWORD }).expect(204);
      expect(response.headers["set-cookie"]?.[0]).toContain("; Secure");
      const plain = await testApp.anonymous().post("/api/v1/auth/sign-in").send({ email: user.email, password: TEST_PASSWORD }).expect(204);
      expect(plain.headers["set-cookie"]?.[0]).not.toContain("Secure");
    } finally {
      await testApp.close();
    }
  });
});
