// What the benchmarks share: their own server on a fresh embedded Postgres, an
// admin token, JSON calls, and percentiles.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(path.join(root, "apps/api/dist/database/embedded-postgres.js"));
const { ensureDatabase, withDatabase } = require(path.join(root, "apps/api/dist/database/admin.js"));

export const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
export const ms = (value) => Math.round(value * 10) / 10;
const sleep = (delay) => new Promise((resolve) => setTimeout(resolve, delay));
const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts Postgres and the built server (apps/api/dist) in a temporary folder.
 * BENCH_PROFILE=<folder> writes the server's CPU profile there (open it in Chrome's DevTools).
 */
export async function startBenchServer() {
  const folder = mkdtempSync(path.join(os.tmpdir(), "lifecycle-bench-"));
  const postgres = await startEmbeddedPostgres(path.join(folder, "postgres"));
  await ensureDatabase(postgres.serverUrl, "lifecycle");
  const databaseUrl = withDatabase(postgres.serverUrl, "lifecycle");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const token = randomBytes(24).toString("hex");
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const server = spawn(process.execPath, [...profile, path.join(root, "apps/api/dist/main.js")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", LIFECYCLE_ADMIN_TOKEN: token, LIFECYCLE_ARTIFACT_ROOT: path.join(folder, "artifacts") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.on("exit", () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  });
  for (let attempt = 0; !(await fetch(`${base}/api/health`).then((response) => response.ok, () => false)); attempt += 1) {
    if (attempt > 300) throw new Error("the server did not start");
    await sleep(100);
  }
  async function call(method, route, body, headers = {}) {
    const response = await fetch(`${base}${route}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers }, body: body && JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${await response.text()}`);
    return response.json();
  }
  async function stop() {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  return { base, token, databaseUrl, pid: server.pid, call, stop };
}
