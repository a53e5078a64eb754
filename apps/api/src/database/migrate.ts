import { spawn } from "node:child_process";
import { findRepositoryRoot } from "./paths";

/** Applies pending migrations with the Prisma CLI (its WebAssembly engine; nothing is downloaded). */
export async function applyMigrations(databaseUrl: string): Promise<void> {
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

