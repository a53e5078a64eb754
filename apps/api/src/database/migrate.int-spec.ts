import { readdirSync } from "node:fs";
import path from "node:path";
import { createTestDatabase } from "../../test/support/test-database";
import { dropDatabase, ensureDatabase, withDatabase } from "./admin";
import { applyMigrations, pendingMigrations } from "./migrate";
import { findRepositoryRoot } from "./paths";

const migrationFolders = readdirSync(path.join(findRepositoryRoot(), "prisma", "migrations")).filter((name) => !name.endsWith(".toml"));

describe("migrations", () => {
  it("finds every migration pending on an empty database, and none once applied", async () => {
    const serverUrl = process.env.LIFECYCLE_TEST_SERVER_URL!;
    const name = `lifecycle_test_empty_${Date.now()}`;
    await ensureDatabase(serverUrl, name);
    try {
      const url = withDatabase(serverUrl, name);
      expect(await pendingMigrations(url)).toEqual(migrationFolders);
      await applyMigrations(url);
      expect(await pendingMigrations(url)).toEqual([]);
    } finally {
      await dropDatabase(serverUrl, name);
    }
  });

  it("has nothing pending on the migrated template's clones", async () => {
    const database = await createTestDatabase();
    try {
      expect(await pendingMigrations(database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
