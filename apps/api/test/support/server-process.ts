import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "../../src/database/embedded-postgres";
import { createTestDatabase, type TestDatabase } from "./test-database";

const root = path.resolve(__dirname, "../../../..");

export interface RunningServer {
  url: string;
  /** What the server printed so far. */
  output(): string;
  process: ChildProcess;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * The built server (what `npm start` runs) on its own port and test database; with `database`, on that one (a
 * second process of the same deployment), which it then leaves for its first server to drop.
 */
export async function startServer(env: Record<string, string> = {}, shared?: { databaseUrl: string }): Promise<RunningServer> {
  const main = path.join(root, "apps/api/dist/main.js");
  if (!existsSync(main) || !existsSync(path.join(root, "apps/web/dist/index.html"))) {
    throw new Error("The app is not built: run the browser suite through `npm test`, which builds it first.");
  }
  const database: TestDatabase = shared ? { url: shared.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const port = await findFreePort();
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output.join("")}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`The server did not become healthy:\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    output: () => output.join(""),
    databaseUrl: database.url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await database.drop();
    },
  };
}

