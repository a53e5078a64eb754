// Issue 11: on the built server (what `npm start` runs, with the dashboard served beside the API), bodies the
// parser refuses answered 404 "Cannot POST" and NUL characters answered 500.
import { startServer, type RunningServer } from "./support/server-process";

const ADMIN = "built-server-admin-token";
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ LIFECYCLE_ADMIN_TOKEN: ADMIN });
});
afterAll(() => server?.stop());

async function post(route: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${route}`, { method: "POST", body, headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/json", ...headers } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("the built server", () => {
  it.each([
    ["malformed JSON", "{bad", {}, 400, "MALFORMED_REQUEST"],
    ["a body over the limit", JSON.stringify({ name: "a".repeat(1_200_000) }), {}, 413, "PAYLOAD_TOO_LARGE"],
    ["an unknown charset", JSON.stringify({ name: "x" }), { "Content-Type": "application/json; charset=latin9" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["an unknown encoding", JSON.stringify({ name: "x" }), { "Content-Encoding": "zstd9" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a NUL character in a field", JSON.stringify({ name: "a\u0000b" }), {}, 400, "VALIDATION_FAILED"],
    ["a lone surrogate in a field", '{"name":"a\\ud800b"}', {}, 400, "VALIDATION_FAILED"],
  ])("answers %s with a 4xx in the error shape, writing nothing", async (_what, body, headers, status, code) => {
    const answer = await post("/api/v1/projects", body, headers);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ statusCode: status, code, correlationId: expect.any(String) });
    const list = await fetch(`${server.url}/api/v1/projects`, { headers: { Authorization: `Bearer ${ADMIN}` } });
    expect(((await list.json()) as { total: number }).total).toBe(0);
  });

  it("answers malformed JSON on the MLflow routes in MLflow's shape", async () => {
    expect(await post("/api/2.0/mlflow/experiments/create", "{bad")).toEqual({ status: 400, body: { error_code: "BAD_REQUEST", message: expect.stringContaining("could not be parsed") } });
  });

  it("answers NUL characters in a path or a query with 400, not 500", async () => {
    for (const route of ["/api/v1/projects/%00x", "/api/v1/projects?q=%00abc", "/api/2.0/mlflow/experiments/get-by-name?experiment_name=a%00"]) {
      const response = await fetch(`${server.url}${route}`, { headers: { Authorization: `Bearer ${ADMIN}` } });
      expect(response.status).toBe(400);
    }
  });

  it("still serves the dashboard and its client-side routes", async () => {
    for (const route of ["/", "/projects/anything"]) expect(await (await fetch(`${server.url}${route}`)).text()).toContain('<div id="root">');
  });
});
