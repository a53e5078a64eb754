import path from "node:path";
import { databaseName, ensureDatabase, withDatabase } from "./admin";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";
import { dataDirectory } from "./paths";

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = "lifecycle";

/**
 * DATABASE_URL when it is set; otherwise an embedded Postgres with its data under
 * the data directory, kept across restarts. Migrations are applied either way.
 */
export async function resolveDatabase(log: (message: string) => void): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    log(`Using DATABASE_URL (database "${databaseName(configured)}")`);
    await applyMigrations(configured);
    return { url: configured, embedded: false, close: async () => {} };
  }
  const server = await startEmbeddedPostgres(path.join(dataDirectory(), "postgres"), log);
  try {
    await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE);
    const url = withDatabase(server.serverUrl, EMBEDDED_DATABASE);
    await applyMigrations(url);
    log(`Embedded Postgres ready on port ${server.port}`);
    return { url, embedded: true, close: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
