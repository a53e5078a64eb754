// Measures how long `npm start`'s server takes to answer /api/health: cold (a new
// data folder: initdb, migrations) and warm (the same folder again), N times each.
// Prints the figures and one line of JSON. Run after a build: `npm run bench:start`.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 3);

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startOnce(dataDir) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: "127.0.0.1", LIFECYCLE_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, "apps/api/dist/main.js")], { cwd: root, env, stdio: "ignore" });
  for (;;) {
    if (child.exitCode !== null) throw new Error("the server exited before it was healthy");
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const ready = performance.now() - started;
  const stopping = performance.now();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
  return { readyMs: ready, stopMs: performance.now() - stopping };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cold = [];
const warm = [];
const stop = [];
for (let run = 0; run < runs; run += 1) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lifecycle-bench-"));
  const first = await startOnce(dataDir);
  const second = await startOnce(dataDir);
  cold.push(first.readyMs);
  warm.push(second.readyMs);
  stop.push(second.stopMs);
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`run ${run + 1}: cold ${(first.readyMs / 1000).toFixed(2)} s, warm ${(second.readyMs / 1000).toFixed(2)} s, stop ${(second.stopMs / 1000).toFixed(2)} s`);
}
const summary = { runs, cold_start_s: +(median(cold) / 1000).toFixed(2), warm_start_s: +(median(warm) / 1000).toFixed(2), shutdown_s: +(median(stop) / 1000).toFixed(2) };
console.log(`median of ${runs}: cold ${summary.cold_start_s} s, warm ${summary.warm_start_s} s, shutdown ${summary.shutdown_s} s`);
console.log(JSON.stringify(summary));
