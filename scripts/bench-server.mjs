// What the benchmarks share: their own server on a fresh embedded Postgres, an
// admin token, JSON calls, and percentiles.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
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

/**
 * Streams an artifact of `mb` MB up through the MLflow artifact proxy and back, generated and checked as it goes
 * (neither side holds it), sampling the server's resident memory every 20 ms. Throws if the bytes come back different.
 */
export async function artifactRoundTrip({ base, token, pid, experimentId, runId, mb }) {
  const auth = { authorization: `Bearer ${token}` };
  const rssMb = () => {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  };
  function watchMemory() {
    const baseline = rssMb();
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, rssMb());
    }, 20);
    return () => {
      clearInterval(timer);
      return { baseline, growth: Math.max(0, peak - baseline) };
    };
  }
  const sent = createHash("sha256");
  async function* generate() {
    for (let index = 0; index < mb; index += 1) {
      // A new buffer each time: the one before may still be on its way.
      const chunk = Buffer.alloc(1024 * 1024, index % 251);
      chunk.writeUInt32LE(index, 0);
      sent.update(chunk);
      yield chunk;
    }
  }
  const artifactUrl = `${base}/api/2.0/mlflow-artifacts/artifacts/${experimentId}/${runId}/artifacts/model/weights.bin`;
  let stopWatching = watchMemory();
  let begun = performance.now();
  const upload = await fetch(artifactUrl, { method: "PUT", headers: { ...auth, "content-type": "application/octet-stream" }, body: Readable.from(generate()), duplex: "half" });
  if (upload.status !== 200) throw new Error(`upload → ${upload.status} ${await upload.text()}`);
  const uploadSeconds = (performance.now() - begun) / 1000;
  const uploadMemory = stopWatching();
  stopWatching = watchMemory();
  begun = performance.now();
  const download = await fetch(artifactUrl, { headers: auth });
  if (download.status !== 200) throw new Error(`download → ${download.status}`);
  const received = createHash("sha256");
  let receivedBytes = 0;
  for await (const part of download.body) {
    received.update(part);
    receivedBytes += part.length;
  }
  const downloadSeconds = (performance.now() - begun) / 1000;
  const downloadMemory = stopWatching();
  if (receivedBytes !== mb * 1024 * 1024 || received.digest("hex") !== sent.digest("hex")) throw new Error("the artifact came back different");
  return { uploadSeconds, uploadMemory, downloadSeconds, downloadMemory };
}
