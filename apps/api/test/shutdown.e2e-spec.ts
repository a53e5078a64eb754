// SIGTERM lets the requests under way finish before the server exits.
import http from "node:http";
import { Client } from "pg";
import { startServer, type RunningServer } from "./support/server-process";

jest.setTimeout(60_000);

const ADMIN = "shutdown-test-admin-token";
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ LIFECYCLE_ADMIN_TOKEN: ADMIN });
});
afterAll(() => server?.stop());

async function call(method: string, route: string, body: unknown) {
  const response = await fetch(`${server.url}${route}`, { method, headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  return response.json() as Promise<{ id: string }>;
}

it("finishes a request under way when told to stop, then exits cleanly", async () => {
  const project = await call("POST", "/api/v1/projects", { name: "Draining" });
  const kpi = await call("POST", `/api/v1/projects/${project.id}/kpis`, { name: "K", direction: "HIGHER_IS_BETTER" });

  const { port } = new URL(server.url);
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method: "POST", path: `/api/v1/projects/${project.id}/kpis/${kpi.id}/measurements`, headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json", "transfer-encoding": "chunked" } },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.write('{"value": 0.9, ');
    // Half the body is on the wire: now stop the server, then send the rest.
    setTimeout(() => {
      server.process.kill("SIGTERM");
      setTimeout(() => request.end('"note": "in flight"}'), 500);
    }, 200);
  });
  const exited = new Promise<number | null>((resolve) => server.process.once("exit", resolve));

  const { status, body } = await answer;
  expect(status).toBe(201);
  expect(JSON.parse(body)).toMatchObject({ value: 0.9, note: "in flight" });
  expect(await exited).toBe(0);
  expect(server.output()).toContain("SIGTERM received, shutting down");
  expect(server.output()).toContain("Stopped");

  const client = new Client({ connectionString: server.databaseUrl });
  await client.connect();
  const { rows } = await client.query("SELECT count(*)::int AS count FROM kpi_measurements WHERE note = 'in flight'");
  await client.end();
  expect(rows[0].count).toBe(1);
});
