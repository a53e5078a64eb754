import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { findRepositoryRoot } from "./paths";

/** Migration folders that the database has not recorded as applied. */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const folder = path.join(findRepositoryRoot(), "prisma", "migrations");
  const all = readdirSync(folder).filter((name) => existsSync(path.join(folder, name, "migration.sql")));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: table } = await client.query<{ exists: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`);
    if (!table[0]?.exists) return all;
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return all.filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations with the Prisma CLI (its WebAssembly engine; nothing
 * is downloaded). The CLI takes a second or so to load, so it runs only when a
 * migration is pending.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  if ((await pendingMigrations(databaseUrl)).length === 0) return;
  const root = findRepositoryRoot();
  const cli = require.resolve("prisma/build/index.js", { paths: [root] });
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    throw new Error(`Migrations failed (prisma migrate deploy exited ${code}):\n${output.join("")}`);
  }
}
