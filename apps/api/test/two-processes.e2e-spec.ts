// Issue 16: several API processes on one database. Two built servers share a database; what one process knows
// (failed sign-ins, a kept page of metric history) must hold in the other.
import { startServer, type RunningServer } from "./support/server-process";

const ADMIN = "two-process-admin-token";
let first: RunningServer;
let second: RunningServer;
beforeAll(async () => {
  first = await startServer({ LIFECYCLE_ADMIN_TOKEN: ADMIN });
  second = await startServer({ LIFECYCLE_ADMIN_TOKEN: ADMIN }, { databaseUrl: first.databaseUrl });
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

async function call(server: RunningServer, method: string, route: string, body?: unknown) {
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe("two processes on one database", () => {
  it("accept the first admin's setup link that either process printed, on the other", async () => {
    const link = /setup\?token=(\S+)/.exec(first.output())?.[1];
    expect(link).toEqual(expect.any(String));
    const body = { token: link, email: `founder-${Date.now()}@test.local`, name: "Founder", password: "a long enough password" };
    const setup = (server: RunningServer) => fetch(`${server.url}/api/v1/auth/setup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await setup(second)).status).toBe(204);
    expect((await setup(first)).status).toBe(409);
  });

  it("hold the sign-in limits across both: failures on either count towards the lock on each", async () => {
    const email = `twice-${Date.now()}@test.local`;
    expect((await call(first, "POST", "/api/v1/users", { email, name: "Twice", password: "the right password 123" })).status).toBe(201);
    const signIn = (server: RunningServer, password: string) =>
      fetch(`${server.url}/api/v1/auth/sign-in`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) }).then((response) => response.status);
    // Five failures, alternating between the processes: the pair's limit is five.
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push(await signIn(attempt % 2 === 0 ? first : second, "wrong"));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(await signIn(first, "wrong")).toBe(429);
    expect(await signIn(second, "wrong")).toBe(429);
    // Locked on both, even with the right password.
    expect(await signIn(second, "the right password 123")).toBe(429);
  });

  it("never serve a kept history page stale after the other process wrote to the series", async () => {
    const experiment = await call(first, "POST", "/api/2.0/mlflow/experiments/create", { name: `history ${Date.now()}` });
    const run = await call(first, "POST", "/api/2.0/mlflow/runs/create", { experiment_id: experiment.body.experiment_id, start_time: 1 });
    const runId = run.body.run.info.run_id as string;
    // 1,500 points: a page big enough to be kept.
    for (const offset of [0, 1000]) {
      const metrics = Array.from({ length: offset === 0 ? 1000 : 500 }, (_, index) => ({ key: "loss", value: 1 / (offset + index + 1), timestamp: 1, step: offset + index }));
      expect((await call(first, "POST", "/api/2.0/mlflow/runs/log-batch", { run_id: runId, metrics })).status).toBe(200);
    }
    const history = (server: RunningServer) => call(server, "GET", `/api/2.0/mlflow/metrics/get-history?run_id=${runId}&metric_key=loss&max_results=25000`);
    expect((await history(first)).body.metrics).toHaveLength(1500);
    expect((await history(first)).body.metrics).toHaveLength(1500);
    expect((await call(second, "POST", "/api/2.0/mlflow/runs/log-batch", { run_id: runId, metrics: [{ key: "loss", value: 0.0001, timestamp: 2, step: 1500 }] })).status).toBe(200);
    const after = (await history(first)).body.metrics as Array<{ step: number; value: number }>;
    expect(after).toHaveLength(1501);
    expect(after.at(-1)).toEqual(expect.objectContaining({ step: 1500, value: 0.0001 }));
  });

  it("purge a project deleted through either process in the background, the queue shared", async () => {
    const project = await call(first, "POST", "/api/v1/projects", { name: `purge ${Date.now()}` });
    const experiment = await call(first, "POST", `/api/v1/projects/${project.body.id}/experiments`, { name: "e" });
    const run = await call(first, "POST", `/api/v1/projects/${project.body.id}/experiments/${experiment.body.id}/runs`, { name: "r" });
    const metrics = Array.from({ length: 2000 }, (_, step) => ({ key: "loss", value: step, step }));
    expect((await call(second, "POST", `/api/v1/projects/${project.body.id}/runs/${run.body.id}/batch`, { metrics })).status).toBe(201);
    expect((await call(second, "DELETE", `/api/v1/projects/${project.body.id}`)).status).toBe(204);
    const { Client } = await import("pg");
    const db = new Client({ connectionString: first.databaseUrl });
    await db.connect();
    try {
      // The purge runs in the background: wait for the queue to empty (bounded by this test's time limit).
      for (;;) {
        const { rows } = await db.query("SELECT (SELECT count(*) FROM metric_purges)::int AS queued, (SELECT count(*) FROM metric_points WHERE run_id = $1)::int AS points", [run.body.id]);
        if (rows[0].queued === 0) {
          expect(rows[0].points).toBe(0);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await db.end();
    }
  });
});
