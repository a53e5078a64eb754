// Starts one Postgres for the whole run (DATABASE_URL's server when set, else an
// embedded one in a temporary folder) and migrates a template database that each
// test file clones.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, ensureDatabase, withDatabase } from "../apps/api/src/database/admin";
import { startEmbeddedPostgres } from "../apps/api/src/database/embedded-postgres";
import { applyMigrations } from "../apps/api/src/database/migrate";

export const TEMPLATE_DATABASE = "lifecycle_test_template";

export default async function globalSetup(): Promise<void> {
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "lifecycle-test-")), "postgres");
    const server = await startEmbeddedPostgres(dataDir);
    serverUrl = server.serverUrl;
    (globalThis as { __stopTestPostgres?: () => Promise<void> }).__stopTestPostgres = server.stop;
  }
  await dropDatabase(serverUrl, TEMPLATE_DATABASE);
  await ensureDatabase(serverUrl, TEMPLATE_DATABASE);
  await applyMigrations(withDatabase(serverUrl, TEMPLATE_DATABASE));
  process.env.LIFECYCLE_TEST_SERVER_URL = serverUrl;
  process.env.LIFECYCLE_TEST_TEMPLATE = TEMPLATE_DATABASE;
}
