// Random and malformed payloads to every endpoint that takes a body: the answer
// is always a 4xx in the error shape, never a 5xx, and the database is unchanged.
import fc from "fast-check";
import { makeKpi, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(120_000);

interface Schema {
  type?: string;
  enum?: unknown[];
  format?: string;
  maxLength?: number;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  $ref?: string;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
}

interface Operation {
  method: "post" | "put" | "patch";
  path: string;
  schema: Schema;
}

/** A body each operation accepts, so that every generated body breaks exactly one rule. */
const VALID_BODIES: Record<string, object> = {
  "post /api/v1/auth/setup": { token: "x", email: "a@b.io", name: "A", password: "a long enough password" },
  "post /api/v1/auth/sign-in": { email: "a@b.io", password: "x" },
  "post /api/v1/auth/password-reset": { token: "x", password: "a long enough password" },
  "post /api/v1/auth/password": { currentPassword: "x", newPassword: "a long enough password" },
  "post /api/v1/users": { email: "a@b.io", name: "A", password: "a long enough password" },
  "post /api/v1/tokens": { name: "t" },
  "post /api/v1/projects": { name: "p" },
  "patch /api/v1/projects/{projectId}": { version: 1 },
  "post /api/v1/projects/{projectId}/members": { email: "a@b.io", role: "VIEWER" },
  "post /api/v1/projects/{projectId}/invitations": { email: "a@b.io", role: "VIEWER" },
  "patch /api/v1/projects/{projectId}/members/{userId}": { role: "VIEWER" },
  "post /api/v1/projects/{projectId}/kpis": { name: "k", direction: "HIGHER_IS_BETTER" },
  "patch /api/v1/projects/{projectId}/kpis/{kpiId}": {},
  "post /api/v1/projects/{projectId}/kpis/{kpiId}/measurements": { value: 1 },
  "patch /api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId}": { value: 2 },
  "put /api/v1/projects/{projectId}/framing": {},
  "patch /api/v1/projects/{projectId}/stages/{stage}": {},
  "post /api/v1/projects/{projectId}/stages/{stage}/checklist": { label: "l" },
  "patch /api/v1/projects/{projectId}/checklist/{itemId}": {},
  "post /api/v1/projects/{projectId}/transitions": { to: "PROBLEM_FRAMING" },
  "post /api/v1/projects/{projectId}/experiments": { name: "e" },
  "patch /api/v1/projects/{projectId}/experiments/{experimentId}": {},
  "post /api/v1/projects/{projectId}/experiments/{experimentId}/runs": {},
  "patch /api/v1/projects/{projectId}/runs/{runId}": {},
  "post /api/v1/projects/{projectId}/runs/{runId}/batch": { metrics: [{ key: "loss", value: 1 }] },
  "post /api/v1/projects/{projectId}/runs/{runId}/metrics": { key: "loss", value: 1 },
  "post /api/v1/projects/{projectId}/runs/{runId}/params": { key: "k", value: 1 },
  "put /api/v1/projects/{projectId}/runs/{runId}/tags": { key: "team", value: "nlp" },
  "post /api/v1/projects/{projectId}/data-sets": { name: "d", kind: "TABLE", labelling: "LABELLED" },
  "patch /api/v1/projects/{projectId}/data-sets/{dataSetId}": {},
  "post /api/v1/projects/{projectId}/data-sets/{dataSetId}/versions": { fingerprint: "f", itemCount: 1, splits: [{ name: "train", count: 1 }] },
  "post /api/v1/projects/{projectId}/runs/{runId}/data": { versionId: "00000000-0000-4000-8000-000000000000", split: "train", purpose: "TRAINING" },
  "post /api/v1/projects/{projectId}/runs/{runId}/evaluations": { kind: "GENERATION", split: "test", scores: { bleu: 0.2 } },
  "put /api/v1/projects/{projectId}/fit-thresholds": {},
  "post /api/v1/projects/{projectId}/experiments/{experimentId}/move": { toProject: "elsewhere" },
  "post /api/v1/projects/{projectId}/models": { name: "m" },
  "patch /api/v1/projects/{projectId}/models/{modelId}": {},
  "post /api/v1/projects/{projectId}/models/{modelId}/versions": { source: "s3://m/1" },
  "patch /api/v1/projects/{projectId}/models/{modelId}/versions/{version}": {},
  "post /api/v1/projects/{projectId}/models/{modelId}/versions/{version}/review": { decision: "REJECTED", reason: "r" },
  "put /api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}": { version: 1 },
  "post /api/v1/projects/{projectId}/deployments": { name: "d", target: "BATCH", environment: "DEV", variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, baseModel: "b" }] },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/traffic": { variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, baseModel: "b" }] },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/status": { status: "DEPLOYING" },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/rollback": { reason: "r" },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/records": { records: [{ predictionId: "p", timestamp: "2026-12-01T00:00:00Z", features: { x: 1 }, prediction: { label: "a" } }] },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/actuals": { actuals: [{ predictionId: "p", label: "a" }] },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/baselines": { name: "b", from: "2026-12-01T00:00:00Z", to: "2026-12-02T00:00:00Z" },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/monitors": { name: "m", figure: "volume", operator: "lt", alert: 1 },
  "post /api/v1/projects/{projectId}/alerts/{alertId}/acknowledge": { note: "n" },
  "post /api/v1/projects/{projectId}/alerts/{alertId}/resolve": { note: "n" },
  "post /api/v1/projects/{projectId}/score-configs": { name: "s", type: "NUMERIC", min: 1, max: 5 },
  "post /api/v1/projects/{projectId}/deployments/{deploymentId}/scores": { scores: [{ config: "s", value: 3 }] },
  "post /api/v1/projects/{projectId}/preferences": { preferences: [{ prompt: "p", a: { response: "x", label: "1" }, b: { response: "y", label: "2" }, choice: "A" }] },
  "post /api/v1/projects/{projectId}/preference-exports": { dataSetName: "d" },
  "post /api/v1/projects/{projectId}/annotation-queues": { name: "q", kind: "PAIRS" },
  "post /api/v1/projects/{projectId}/annotation-queues/{queueId}/items": { pairs: [{ prompt: "p", a: { response: "x", label: "1" }, b: { response: "y", label: "2" } }] },
  "post /api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}/annotation": { choice: "A" },
  "patch /api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}": { status: "SKIPPED" },
  "post /api/v1/projects/{projectId}/iterations": { hypothesis: "h", changes: [{ kind: "NEW_DATA", description: "d" }], triggers: [{ kind: "REQUIREMENT", note: "n" }] },
  "patch /api/v1/projects/{projectId}/iterations/{iterationId}": { hypothesis: "h" },
  "post /api/v1/projects/{projectId}/iterations/{iterationId}/triggers": { kind: "FEEDBACK", note: "n" },
  "post /api/v1/projects/{projectId}/iterations/{iterationId}/close": { note: "n" },
  "post /api/v1/projects/{projectId}/webhooks": { name: "w", url: "http://127.0.0.1:9/w" },
  "patch /api/v1/projects/{projectId}/webhooks/{webhookId}": { active: false },
};

let testApp: TestApp;
let operations: Operation[];
let ids: Record<string, string>;

beforeAll(async () => {
  testApp = await createTestApp();
  const document = (await testApp.anonymous().get("/api/openapi.json").expect(200)).body as {
    paths: Record<string, Record<string, { requestBody?: { content: { "application/json"?: { schema: Schema } } } }>>;
    components: { schemas: Record<string, Schema> };
  };
  const resolve = (schema: Schema): Schema => (schema.$ref ? document.components.schemas[schema.$ref.split("/").pop()!]! : schema);
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, operation]) => operation.requestBody?.content["application/json"])
      .map(([method, operation]) => ({ method: method as Operation["method"], path, schema: resolve(operation.requestBody!.content["application/json"]!.schema) })),
  );
  const project = await makeProject(testApp);
  const kpi = await makeKpi(testApp, project.id);
  const measurement = (await testApp.http().post(`/api/v1/projects/${project.id}/kpis/${kpi.id}/measurements`).send({ value: 1 }).expect(201)).body;
  const board = (await testApp.http().get(`/api/v1/projects/${project.id}/stages`).expect(200)).body;
  const member = await testApp.createUser();
  await testApp.http().post(`/api/v1/projects/${project.id}/members`).send({ email: member.email, role: "VIEWER" }).expect(201);
  const experiment = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "Fixture" }).expect(201)).body;
  const run = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`).send({}).expect(201)).body;
  const dataSet = (await testApp.http().post(`/api/v1/projects/${project.id}/data-sets`).send({ name: "Fixture", kind: "TABLE", labelling: "LABELLED" }).expect(201)).body;
  const model = (await testApp.http().post(`/api/v1/projects/${project.id}/models`).send({ name: "fixture" }).expect(201)).body;
  await testApp.http().post(`/api/v1/projects/${project.id}/models/${model.id}/versions`).send({ source: "s3://fixture/1" }).expect(201);
  const deployment = (await testApp.http().post(`/api/v1/projects/${project.id}/deployments`).send({ name: "fixture", target: "BATCH", environment: "DEV", variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, baseModel: "b" }] }).expect(201)).body;
  ids = { deploymentId: deployment.id, modelId: model.id, version: "1", alias: "champion", projectId: project.id, experimentId: experiment.id, runId: run.id, dataSetId: dataSet.id, kpiId: kpi.id, measurementId: measurement.id, itemId: board.stages[0].checklist[0].id, userId: member.id, stage: "DATA" };
});
afterAll(() => testApp?.close());

/** Everything a stray write would change. */
async function fingerprint(): Promise<unknown> {
  const [row] = await testApp.prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(`
    SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT coalesce(sum(version), 0) FROM projects)::int AS versions,
           (SELECT max(updated_at) FROM projects) AS projects_updated, (SELECT count(*) FROM kpis)::int AS kpis,
           (SELECT max(updated_at) FROM kpis) AS kpis_updated, (SELECT count(*) FROM kpi_measurements)::int AS measurements,
           (SELECT string_agg(value::text || measured_at::text || coalesce(source, '') || coalesce(note, ''), ',' ORDER BY id) FROM kpi_measurements) AS measurement_values,
           (SELECT count(*) FROM problem_framings)::int AS framings, (SELECT count(*) FROM checklist_items)::int AS checklist,
           (SELECT count(*) FILTER (WHERE done) FROM checklist_items)::int AS ticked, (SELECT count(*) FROM stage_transitions)::int AS transitions,
           (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM api_tokens)::int AS tokens, (SELECT count(*) FROM sessions)::int AS sessions,
           (SELECT count(*) FROM project_members)::int AS members, (SELECT string_agg(role::text, ',' ORDER BY user_id) FROM project_members) AS roles,
           (SELECT string_agg(coalesce(notes, '') || status::text, ',' ORDER BY stage) FROM project_stages) AS stages,
           (SELECT count(*) FROM experiments)::int AS experiments, (SELECT max(updated_at) FROM experiments) AS experiments_updated,
           (SELECT count(*) FROM runs)::int AS runs, (SELECT max(updated_at) FROM runs) AS runs_updated, (SELECT count(*) FROM metric_points)::int AS points,
           (SELECT count(*) FROM run_params)::int AS params, (SELECT count(*) FROM run_tags)::int AS tags,
           (SELECT count(*) FROM data_sets)::int AS data_sets, (SELECT max(updated_at) FROM data_sets) AS data_sets_updated,
           (SELECT count(*) FROM data_set_versions)::int AS versions, (SELECT count(*) FROM run_data_uses)::int AS data_uses,
           (SELECT count(*) FROM evaluations)::int AS evaluations, (SELECT string_agg(coalesce(fit_thresholds::text, ''), ',') FROM projects) AS fit_thresholds,
           (SELECT count(*) FROM registered_models)::int AS models, (SELECT max(updated_at) FROM registered_models) AS models_updated,
           (SELECT count(*) FROM model_versions)::int AS model_versions, (SELECT max(updated_at) FROM model_versions) AS model_versions_updated,
           (SELECT count(*) FROM model_alias_moves)::int AS alias_moves, (SELECT count(*) FROM deployments)::int AS deployments,
           (SELECT max(updated_at) FROM deployments) AS deployments_updated, (SELECT count(*) FROM deployment_events)::int AS deployment_events`);
  return row;
}

const JSON_TYPES = ["string", "number", "integer", "boolean", "array", "object"];

/** A JSON value that every alternative of a union refuses: another kind, or a string outside the allowed words. */
function wrongForUnion(alternatives: Schema[]): fc.Arbitrary<unknown> {
  const kinds = new Set(alternatives.flatMap((alternative) => (alternative.type === "integer" ? ["integer", "number"] : [alternative.type ?? "object"])));
  const choices: Array<fc.Arbitrary<unknown>> = [];
  if (!kinds.has("boolean")) choices.push(fc.boolean());
  if (!kinds.has("array")) choices.push(fc.array(fc.jsonValue(), { maxLength: 3 }));
  if (!kinds.has("object")) choices.push(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }));
  if (!kinds.has("number")) choices.push(fc.integer());
  const words = alternatives.filter((alternative) => alternative.type === "string");
  if (words.length && words.every((alternative) => alternative.enum)) choices.push(fc.string({ maxLength: 20 }).filter((value) => !words.some((alternative) => alternative.enum!.includes(value))));
  if (!words.length) choices.push(fc.string({ maxLength: 20 }));
  if (!alternatives.some((alternative) => alternative.nullable)) choices.push(fc.constant(null));
  return fc.oneof(...choices);
}

/** A JSON value that the property's schema refuses. */
function wrongValue(schema: Schema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return wrongForUnion(schema.anyOf);
  const choices: Array<fc.Arbitrary<unknown>> = [];
  const type = schema.type ?? "object";
  const other = JSON_TYPES.filter((candidate) => candidate !== type && !(type === "number" && candidate === "integer") && !(type === "integer" && candidate === "number"));
  for (const candidate of other) {
    if (candidate === "string") choices.push(fc.string({ unit: "grapheme", maxLength: 40 }));
    if (candidate === "number" || candidate === "integer") choices.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
    if (candidate === "boolean") choices.push(fc.boolean());
    if (candidate === "array") choices.push(fc.array(fc.jsonValue(), { maxLength: 3 }));
    if (candidate === "object") choices.push(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }));
  }
  if (!schema.nullable && type !== "object") choices.push(fc.constant(null));
  if (schema.enum) choices.push(fc.string({ unit: "grapheme", maxLength: 20 }).filter((value) => !schema.enum!.includes(value)));
  if (schema.format === "uuid") choices.push(fc.string({ maxLength: 20 }));
  if (schema.format === "date" || schema.format === "date-time") choices.push(fc.constantFrom("2026-02-30", "yesterday", "2026-13-01T00:00:00Z", "𝟚𝟘𝟚𝟞-𝟘𝟙-𝟘𝟙"));
  if (schema.maxLength !== undefined) choices.push(fc.integer({ min: schema.maxLength + 1, max: schema.maxLength + 5000 }).map((length) => "é".repeat(length)));
  if (type === "number" || type === "integer") choices.push(fc.constantFrom("NaN", "Infinity", "-Infinity", "1e400"));
  if (type === "integer") choices.push(fc.double({ min: 0.01, max: 0.99 }));
  return fc.oneof(...choices);
}

function deeplyNested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level += 1) value = { nested: value };
  return value;
}

/** Bodies the operation must refuse: not an object, or a valid body with one unknown key or one property of the wrong kind. */
function badBody(union: Schema, valid: object): fc.Arbitrary<unknown> {
  // A union of bodies: the variant the valid body is, told by its fixed values (e.g. kind).
  const schema = union.oneOf?.find((variant) => Object.entries(valid).every(([key, value]) => !variant.properties?.[key]?.enum || variant.properties[key]!.enum!.includes(value))) ?? union;
  const properties = Object.entries(schema.properties ?? {});
  const notAnObject = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }));
  const unknownKey = fc
    .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }).filter((key) => !(key in (schema.properties ?? {})) && key !== "__proto__"), fc.jsonValue())
    .map(([key, value]) => ({ ...valid, [key]: value }));
  const deep = fc
    .tuple(fc.constantFrom(...properties.map(([name]) => name)), fc.integer({ min: 50, max: 400 }))
    .map(([name, depth]) => ({ ...valid, [name]: deeplyNested(depth) }));
  const wrongProperty = fc.constantFrom(...properties).chain(([name, property]) => wrongValue(property).map((value) => ({ ...valid, [name]: value })));
  return fc.oneof(notAnObject, unknownKey, wrongProperty, deep);
}

it("has a valid body for every operation with a body", () => {
  expect(operations.map((operation) => `${operation.method} ${operation.path}`).sort()).toEqual(Object.keys(VALID_BODIES).sort());
});

it("answers every malformed body with a 4xx in the error shape and writes nothing", async () => {
  const before = await fingerprint();
  for (const operation of operations) {
    const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => ids[name] ?? name);
    await fc.assert(
      fc.asyncProperty(badBody(operation.schema, VALID_BODIES[`${operation.method} ${operation.path}`]!), async (body) => {
        const response = await testApp.http()[operation.method](path).set("content-type", "application/json").send(JSON.stringify(body));
        const shaped = typeof response.body?.code === "string" && typeof response.body?.correlationId === "string" && response.body.statusCode === response.status;
        if (response.status !== 400 || !shaped) {
          throw new Error(`${operation.method.toUpperCase()} ${operation.path} answered ${response.status} ${JSON.stringify(response.body)} to ${JSON.stringify(body).slice(0, 300)}`);
        }
      }),
      { numRuns: 30 },
    );
    const raw = await testApp.http()[operation.method](path).set("content-type", "application/json").send('{"unterminated": ');
    expect(raw.status).toBe(400);
  }
  expect(await fingerprint()).toEqual(before);
});
