import { readFileSync } from "node:fs";
import path from "node:path";
import { buildOpenApiDocument } from "../src/app.setup";
import { serialiseOpenApi } from "../src/openapi/write-openapi";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

describe("health", () => {
  it("reports the app and a reachable database", async () => {
    const response = await testApp.http().get("/api/health").expect(200);
    expect(response.body).toMatchObject({ status: "ok", version: expect.any(String), database: { status: "up", embedded: false, latencyMs: expect.any(Number) } });
  });
});

describe("OpenAPI", () => {
  it("serves the document and Swagger UI", async () => {
    const document = await testApp.http().get("/api/openapi.json").expect(200);
    expect(document.body.info.title).toBe("Lifecycle API");
    expect(Object.keys(document.body.paths)).toContain("/api/v1/projects/{projectId}/transitions");
    await testApp.http().get("/api/docs").expect(200);
    // An Authorize button that takes an API token, sent with every "Try it out".
    expect(document.body.components.securitySchemes.token).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.body.security).toEqual([{ token: [] }]);
  });

  it("lists the MLflow-compatible endpoints in a document of their own, picked in the docs' top bar", async () => {
    const mlflow = (await testApp.anonymous().get("/api/mlflow-openapi.json").expect(200)).body as { info: { title: string }; paths: Record<string, Record<string, { tags: string[]; summary: string }>>; components: { securitySchemes: Record<string, { scheme: string }> } };
    expect(mlflow.info.title).toBe("MLflow-compatible API");
    expect(mlflow.paths["/api/2.0/mlflow/runs/log-batch"]!.post).toMatchObject({ tags: ["MLflow tracking"], summary: "Log batch" });
    expect(mlflow.paths["/api/2.0/mlflow/registered-models/create"]!.post!.tags).toEqual(["MLflow model registry"]);
    expect(Object.keys(mlflow.paths["/api/2.0/mlflow-artifacts/artifacts/{path}"]!).sort()).toEqual(["delete", "get", "put"]);
    expect(mlflow.components.securitySchemes.basic!.scheme).toBe("basic");
    // Every route the MLflow controllers serve is in it: a request to each listed path is answered by MLflow's handler, not a 404.
    const operations = Object.values(mlflow.paths).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
    expect(operations).toBeGreaterThan(50);
    const init = (await testApp.http().get("/api/docs/swagger-ui-init.js").expect(200)).text;
    expect(init).toContain("/api/mlflow-openapi.json");
    expect(init).toContain("MLflow-compatible API");
  });

  it("matches the committed apps/api/openapi.json (run `npm run openapi` after changing the API)", () => {
    const committed = readFileSync(path.join(__dirname, "..", "openapi.json"), "utf8");
    expect(serialiseOpenApi(buildOpenApiDocument(testApp.app))).toBe(committed);
  });

  it("gives every operation a unique, verb-first operationId", async () => {
    const document = (await testApp.http().get("/api/openapi.json")).body as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(list|get|create|update|delete|add|save|transition|change|remove|revoke|sign|setup|log|restore|accept|decline|review|set|roll|evaluate|acknowledge|resolve|send|rotate|redeliver|open|close|score|annotate|export|record|claim|deactivate|reactivate|unlock|reset)[A-Z]/);
  });
});
