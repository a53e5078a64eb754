// Postgres going away and coming back, on a server of this test's own (the
// run's shared server stays up for the other test files).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, withDatabase } from "../src/database/admin";
import { applyMigrations } from "../src/database/migrate";
import { expectError } from "./support/factories";
import { startPostgresProcess, type PostgresProcess } from "./support/postgres-process";
import { createTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(60_000);

let folder: string;
let server: PostgresProcess;
let testApp: TestApp;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "lifecycle-faults-"));
  server = await startPostgresProcess(path.join(folder, "postgres"));
  await ensureDatabase(server.serverUrl, "lifecycle_test_faults");
  const url = withDatabase(server.serverUrl, "lifecycle_test_faults");
  await applyMigrations(url);
  testApp = await createTestApp({ database: { url, drop: async () => {} } });
});

afterAll(async () => {
  await testApp?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

it("answers 503 while Postgres is down, and recovers by itself when it returns", async () => {
  const created = await testApp.http().post("/api/v1/projects").send({ name: "Survives a restart" }).expect(201);

  await server.stop();
  expectError(await testApp.http().get("/api/v1/projects"), 503, "DATABASE_UNAVAILABLE");
  expectError(await testApp.http().post("/api/v1/projects").send({ name: "While down" }), 503, "DATABASE_UNAVAILABLE");
  const health = await testApp.anonymous().get("/api/health").expect(503);
  expect(health.body).toMatchObject({ status: "degraded", database: { status: "down" } });

  server = await startPostgresProcess(path.join(folder, "postgres"), server.port);
  let status = 0;
  for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
    status = (await testApp.http().get(`/api/v1/projects/${created.body.id}`)).status;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(status).toBe(200);
  await testApp.anonymous().get("/api/health").expect(200);
  const names = (await testApp.http().get("/api/v1/projects").expect(200)).body.items.map((item: { name: string }) => item.name);
  expect(names).toEqual(["Survives a restart"]);
});
