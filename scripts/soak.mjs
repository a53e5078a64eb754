// Soak: N clients record KPI measurements for a while against a real server,
// Postgres is restarted in the middle, and at the end every acknowledged write
// must be there exactly once. Retries reuse their Idempotency-Key.
//   npm run soak -- [clients=8] [seconds=30]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { startEmbeddedPostgres } = require(path.join(root, "apps/api/dist/database/embedded-postgres.js"));
const { ensureDatabase, withDatabase } = require(path.join(root, "apps/api/dist/database/admin.js"));

const clients = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 30);
const restartAfter = (seconds * 1000) / 3;
const adminToken = randomBytes(24).toString("hex");

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const folder = mkdtempSync(path.join(os.tmpdir(), "lifecycle-soak-"));
const dataDir = path.join(folder, "postgres");
let postgres = await startEmbeddedPostgres(dataDir);
await ensureDatabase(postgres.serverUrl, "lifecycle");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [path.join(root, "apps/api/dist/main.js")], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: withDatabase(postgres.serverUrl, "lifecycle"), PORT: String(port), HOST: "127.0.0.1", LIFECYCLE_ADMIN_TOKEN: adminToken },
  stdio: ["ignore", "ignore", "inherit"],
});

async function call(method, route, body, headers = {}) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}

for (let attempt = 0; ; attempt += 1) {
  const healthy = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
  if (healthy) break;
  if (attempt > 300) throw new Error("the server did not start");
  await sleep(100);
}
const project = (await call("POST", "/api/v1/projects", { name: "Soak" })).body;
const kpi = (await call("POST", `/api/v1/projects/${project.id}/kpis`, { name: "Soak", direction: "HIGHER_IS_BETTER" })).body;
const url = `/api/v1/projects/${project.id}/kpis/${kpi.id}/measurements`;

const started = Date.now();
const deadline = started + seconds * 1000;
const acknowledged = new Set();
const statuses = new Map();
const latencies = [];
let requests = 0;

async function client(id) {
  for (let sequence = 0; Date.now() < deadline; sequence += 1) {
    const key = `c${id}-${sequence}`;
    // Retry the same write with the same key until it is acknowledged (or we give up well after the end).
    for (let attempt = 0; Date.now() < deadline + 60_000; attempt += 1) {
      const begun = performance.now();
      let status;
      try {
        status = (await call("POST", url, { value: sequence, note: key }, { "idempotency-key": key })).status;
      } catch {
        status = "network";
      }
      requests += 1;
      latencies.push(performance.now() - begun);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 201) {
        acknowledged.add(key);
        break;
      }
      await sleep(Math.min(1000, 50 * 2 ** attempt));
    }
  }
}

async function restartPostgres() {
  await sleep(restartAfter);
  const stopping = performance.now();
  await postgres.stop();
  console.log(`[soak] Postgres stopped at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await sleep(2000);
  postgres = await startEmbeddedPostgres(dataDir, () => {}, postgres.port);
  console.log(`[soak] Postgres back after ${((performance.now() - stopping) / 1000).toFixed(1)} s`);
}

console.log(`[soak] ${clients} clients for ${seconds} s against ${base}, Postgres restarted after ${(restartAfter / 1000).toFixed(0)} s`);
await Promise.all([restartPostgres(), ...Array.from({ length: clients }, (_, id) => client(id))]);

const seen = new Map();
for (let page = 1; ; page += 1) {
  const { body } = await call("GET", `${url}?page=${page}&pageSize=200`);
  for (const item of body.items) seen.set(item.note, (seen.get(item.note) ?? 0) + 1);
  if (page * 200 >= body.total) break;
}
const lost = [...acknowledged].filter((key) => !seen.has(key)).length;
const duplicated = [...seen.values()].filter((count) => count > 1).length;
latencies.sort((a, b) => a - b);
const percentile = (share) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))]?.toFixed(1);

const exited = new Promise((resolve) => server.once("exit", resolve));
server.kill("SIGTERM");
await exited;
await postgres.stop();
rmSync(folder, { recursive: true, force: true });

console.log(`[soak] requests: ${requests}, acknowledged writes: ${acknowledged.size}, rows: ${[...seen.values()].reduce((sum, count) => sum + count, 0)}`);
console.log(`[soak] by status: ${[...statuses.entries()].map(([status, count]) => `${status}: ${count}`).join(", ")}`);
console.log(`[soak] latency p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms`);
console.log(`lost: ${lost}, duplicated: ${duplicated}`);
console.log(JSON.stringify({ clients, seconds, requests, acknowledged: acknowledged.size, statuses: Object.fromEntries(statuses), p50_ms: Number(percentile(0.5)), p99_ms: Number(percentile(0.99)), lost, duplicated }));
process.exit(lost === 0 && duplicated === 0 ? 0 : 1);
