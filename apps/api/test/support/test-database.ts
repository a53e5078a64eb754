import { randomBytes } from "node:crypto";
import { cloneDatabase, databaseName, dropDatabase, withDatabase } from "../../src/database/admin";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.LIFECYCLE_TEST_SERVER_URL;
  const template = process.env.LIFECYCLE_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error("The test database server is not set up: run the tests through Jest's global setup (npm test).");
  const name = `lifecycle_test_${randomBytes(6).toString("hex")}`;
  await cloneDatabase(serverUrl, template, name);
  const url = withDatabase(serverUrl, name);
  if (!databaseName(url).includes("test")) throw new Error(`Refusing to run tests against "${databaseName(url)}"`);
  return { url, drop: () => dropDatabase(serverUrl, name) };
}
