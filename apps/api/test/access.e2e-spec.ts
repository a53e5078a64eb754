// Every route × every kind of caller → the expected status. The table must name
// every operation of the OpenAPI document, so a new route cannot ship unguarded.
import { hasRole, PROJECT_ROLES, type ProjectRole } from "@lifecycle/domain";
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from "./support/test-app";

type Access = "public" | "user" | "admin" | ProjectRole;
type Caller = "anonymous" | "outsider" | "VIEWER" | "CONTRIBUTOR" | "LEAD" | "admin";
const CALLERS: Caller[] = ["anonymous", "outsider", ...PROJECT_ROLES, "admin"];

interface Fixture {
  projectId: string;
  experimentId: string;
  runId: string;
  otherRunId: string;
  kpiId: string;
  dataSetId: string;
  versionId: string;
  useId: string;
  evaluationId: string;
  measurementId: string;
  itemId: string;
  memberId: string;
  tokenId: string;
  modelId: string;
  deploymentId: string;
}

interface RouteCase {
  method: "get" | "post" | "patch" | "put" | "delete";
  path: string;
  access: Access;
  /** The status an allowed caller gets. */
  ok: number;
  body?: (fixture: Fixture) => object | string;
  /** For bodies that are not JSON. */
  contentType?: string;
}

const ROUTES: RouteCase[] = [
  { method: "get", path: "/api/health", access: "public", ok: 200 },
  { method: "get", path: "/api/v1/auth/status", access: "public", ok: 200 },
  { method: "post", path: "/api/v1/auth/setup", access: "public", ok: 409, body: () => ({ token: "x", email: "a@b.io", name: "A", password: "a long enough password" }) },
  // A fresh email each time, so that the sign-in rate limit does not join in.
  { method: "post", path: "/api/v1/auth/sign-in", access: "public", ok: 401, body: () => ({ email: `nobody-${Math.random()}@test.local`, password: "wrong" }) },
  { method: "post", path: "/api/v1/auth/sign-out", access: "user", ok: 204 },
  { method: "get", path: "/api/v1/auth/me", access: "user", ok: 200 },
  { method: "post", path: "/api/v1/auth/password-reset", access: "public", ok: 400, body: () => ({ token: "not a live link", password: "a long enough password" }) },
  { method: "post", path: "/api/v1/auth/password", access: "user", ok: 401, body: () => ({ currentPassword: "not it", newPassword: "a long enough password" }) },
  { method: "get", path: "/api/v1/users", access: "admin", ok: 200 },
  { method: "post", path: "/api/v1/users", access: "admin", ok: 201, body: () => ({ email: `new-${Math.random()}@test.local`, name: "New", password: TEST_PASSWORD }) },
  { method: "post", path: "/api/v1/users/{userId}/deactivate", access: "admin", ok: 200 },
  { method: "post", path: "/api/v1/users/{userId}/reactivate", access: "admin", ok: 200 },
  { method: "post", path: "/api/v1/users/{userId}/password-reset", access: "admin", ok: 201 },
  { method: "post", path: "/api/v1/users/{userId}/unlock", access: "admin", ok: 204 },
  { method: "get", path: "/api/v1/tokens", access: "user", ok: 200 },
  { method: "post", path: "/api/v1/tokens", access: "user", ok: 201, body: () => ({ name: "matrix" }) },
  { method: "delete", path: "/api/v1/tokens/{tokenId}", access: "user", ok: 200 },
  { method: "get", path: "/api/v1/security-events", access: "admin", ok: 200 },
  { method: "get", path: "/api/v1/vocabularies", access: "user", ok: 200 },
  { method: "get", path: "/api/v1/projects", access: "user", ok: 200 },
  { method: "post", path: "/api/v1/projects", access: "user", ok: 201, body: () => ({ name: "Matrix project" }) },
  { method: "get", path: "/api/v1/projects/{projectId}", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ version: 1, owner: "Matrix" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}", access: "LEAD", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/members", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/members", access: "admin", ok: 201, body: () => ({ email: spareUser.email, role: "VIEWER" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/invitations", access: "LEAD", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/invitations", access: "LEAD", ok: 202, body: () => ({ email: `invited-${Math.random()}@test.local`, role: "VIEWER" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/invitations/{invitationId}", access: "LEAD", ok: 404 },
  { method: "get", path: "/api/v1/invitations", access: "user", ok: 200 },
  { method: "post", path: "/api/v1/invitations/{invitationId}/accept", access: "user", ok: 404 },
  { method: "delete", path: "/api/v1/invitations/{invitationId}", access: "user", ok: 404 },
  { method: "patch", path: "/api/v1/projects/{projectId}/members/{userId}", access: "LEAD", ok: 200, body: () => ({ role: "CONTRIBUTOR" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/members/{userId}", access: "LEAD", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/kpis", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/kpis", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: "Matrix KPI", direction: "HIGHER_IS_BETTER" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/kpis/{kpiId}", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}/kpis/{kpiId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ unit: "%" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/kpis/{kpiId}", access: "CONTRIBUTOR", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements", access: "CONTRIBUTOR", ok: 201, body: () => ({ value: 1 }) },
  { method: "patch", path: "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ note: "checked" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/kpis/{kpiId}/measurements/{measurementId}", access: "CONTRIBUTOR", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/framing", access: "VIEWER", ok: 200 },
  { method: "put", path: "/api/v1/projects/{projectId}/framing", access: "CONTRIBUTOR", ok: 200, body: () => ({ taskType: "regression" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/stages", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}/stages/{stage}", access: "CONTRIBUTOR", ok: 200, body: () => ({ notes: "matrix" }) },
  { method: "post", path: "/api/v1/projects/{projectId}/stages/{stage}/checklist", access: "CONTRIBUTOR", ok: 201, body: () => ({ label: "matrix" }) },
  { method: "patch", path: "/api/v1/projects/{projectId}/checklist/{itemId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ done: true }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/checklist/{itemId}", access: "CONTRIBUTOR", ok: 204 },
  { method: "post", path: "/api/v1/projects/{projectId}/transitions", access: "LEAD", ok: 201, body: () => ({ to: "PROBLEM_FRAMING", override: true, reason: "matrix" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/transitions", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/experiments", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/experiments", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: "Matrix experiment" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/experiments/{experimentId}", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}/experiments/{experimentId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ description: "matrix" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/experiments/{experimentId}", access: "LEAD", ok: 204 },
  { method: "post", path: "/api/v1/projects/{projectId}/experiments/{experimentId}/runs", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: "matrix" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/experiments/{experimentId}/runs", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/compare?runIds={runId},{otherRunId}", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}/runs/{runId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ notes: "matrix" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/runs/{runId}", access: "CONTRIBUTOR", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/runs/{runId}/restore", access: "CONTRIBUTOR", ok: 201 },
  { method: "post", path: "/api/v1/projects/{projectId}/runs/{runId}/batch", access: "CONTRIBUTOR", ok: 201, body: () => ({ metrics: [{ key: "loss", value: 1 }] }) },
  { method: "post", path: "/api/v1/projects/{projectId}/runs/{runId}/metrics", access: "CONTRIBUTOR", ok: 201, body: () => ({ key: "loss", value: 1 }) },
  { method: "post", path: "/api/v1/projects/{projectId}/runs/{runId}/params", access: "CONTRIBUTOR", ok: 201, body: () => ({ key: "k", value: 5 }) },
  { method: "put", path: "/api/v1/projects/{projectId}/runs/{runId}/tags", access: "CONTRIBUTOR", ok: 200, body: () => ({ key: "team", value: "nlp" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/runs/{runId}/tags/{key}", access: "CONTRIBUTOR", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}/metrics/{key}/history", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/metrics/sampled?runIds={runId}&keys=loss", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/data-sets", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/data-sets", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: "Images", kind: "IMAGE", labelling: "UNLABELLED" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/data-sets/{dataSetId}", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}/data-sets/{dataSetId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ owner: "Ana" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/data-sets/{dataSetId}", access: "LEAD", ok: 409 },
  { method: "post", path: "/api/v1/projects/{projectId}/data-sets/{dataSetId}/versions", access: "CONTRIBUTOR", ok: 201, body: () => ({ fingerprint: "g", itemCount: 2, splits: [{ name: "train", count: 2 }] }) },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}/data", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/runs/{runId}/data", access: "CONTRIBUTOR", ok: 201, body: (fixture) => ({ versionId: fixture.versionId, split: "test", purpose: "EVALUATION" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/runs/{runId}/data/{useId}", access: "CONTRIBUTOR", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}/evaluations", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}/fit", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/fit-thresholds", access: "VIEWER", ok: 200 },
  { method: "put", path: "/api/v1/projects/{projectId}/fit-thresholds", access: "LEAD", ok: 200, body: () => ({ maxGap: 0.3 }) },
  { method: "post", path: "/api/v1/projects/{projectId}/runs/{runId}/evaluations", access: "CONTRIBUTOR", ok: 201, body: () => ({ kind: "GENERATION", split: "validation", scores: { rouge_l: 0.4 } }) },
  { method: "post", path: "/api/v1/projects/{projectId}/runs/{runId}/evaluations/regression-pairs?split=test", access: "CONTRIBUTOR", ok: 201, body: () => "actual,predicted\n1,1.5\n2,1.5\n", contentType: "text/csv" },
  { method: "delete", path: "/api/v1/projects/{projectId}/runs/{runId}/evaluations/{evaluationId}", access: "CONTRIBUTOR", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}/artifacts", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}/inputs", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/experiments/{experimentId}/restore", access: "CONTRIBUTOR", ok: 409 },
  { method: "post", path: "/api/v1/projects/{projectId}/experiments/{experimentId}/move", access: "LEAD", ok: 404, body: () => ({ toProject: "no-such-project" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/runs/{runId}/artifacts/content?path=notes.txt", access: "VIEWER", ok: 200 },
  { method: "put", path: "/api/v1/projects/{projectId}/runs/{runId}/artifacts/content?path=plots/a.png", access: "CONTRIBUTOR", ok: 200, body: () => "png bytes", contentType: "application/octet-stream" },
  { method: "delete", path: "/api/v1/projects/{projectId}/runs/{runId}/artifacts/content?path=notes.txt", access: "CONTRIBUTOR", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/models", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/models", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: `matrix-${Math.random()}` }) },
  { method: "get", path: "/api/v1/projects/{projectId}/models/{modelId}", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}/models/{modelId}", access: "CONTRIBUTOR", ok: 200, body: () => ({ description: "matrix" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/models/{modelId}", access: "LEAD", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/models/{modelId}/versions", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/models/{modelId}/versions", access: "CONTRIBUTOR", ok: 201, body: () => ({ source: "s3://matrix/2" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}", access: "VIEWER", ok: 200 },
  { method: "patch", path: "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}", access: "CONTRIBUTOR", ok: 200, body: () => ({ description: "matrix" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}", access: "LEAD", ok: 204 },
  { method: "post", path: "/api/v1/projects/{projectId}/models/{modelId}/versions/{version}/review", access: "LEAD", ok: 200, body: () => ({ decision: "REJECTED", reason: "matrix" }) },
  { method: "put", path: "/api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}", access: "CONTRIBUTOR", ok: 200, body: () => ({ version: 1 }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}", access: "CONTRIBUTOR", ok: 204 },
  { method: "get", path: "/api/v1/projects/{projectId}/models/{modelId}/aliases/{alias}", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/models/{modelId}/alias-history", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: `matrix-${Math.random()}`, target: "BATCH", environment: "DEV", variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, baseModel: "base" }] }) },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/traffic", access: "CONTRIBUTOR", ok: 200, body: () => ({ variants: [{ name: "q", role: "PRIMARY", trafficPercent: 100, baseModel: "base" }] }) },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/status", access: "CONTRIBUTOR", ok: 200, body: () => ({ status: "DEPLOYING" }) },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/rollback", access: "CONTRIBUTOR", ok: 409, body: () => ({ reason: "matrix" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/events", access: "VIEWER", ok: 200 },
  {
    method: "post",
    path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/records",
    access: "CONTRIBUTOR",
    ok: 200,
    body: () => ({ records: [{ predictionId: "p", timestamp: new Date().toISOString(), features: { x: 1 }, prediction: { label: "a" } }] }),
  },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/records", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/actuals", access: "CONTRIBUTOR", ok: 200, body: () => ({ actuals: [{ predictionId: "p", label: "a" }] }) },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/performance", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/traffic", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/drift", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines", access: "CONTRIBUTOR", ok: 400, body: () => ({ name: "matrix", from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" }) },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/upload?name=matrix", access: "CONTRIBUTOR", ok: 201, body: () => "x,y\n1,a\n", contentType: "text/csv" },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId}", access: "VIEWER", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/baselines/{baselineId}/activate", access: "CONTRIBUTOR", ok: 404 },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: "matrix", figure: "volume", operator: "lt", alert: 1 }) },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}", access: "VIEWER", ok: 404 },
  { method: "delete", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}", access: "CONTRIBUTOR", ok: 404 },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluations", access: "VIEWER", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/monitors/{monitorId}/evaluate", access: "CONTRIBUTOR", ok: 404 },
  { method: "get", path: "/api/v1/projects/{projectId}/alerts", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/alerts/{alertId}/acknowledge", access: "CONTRIBUTOR", ok: 404, body: () => ({ note: "matrix" }) },
  { method: "post", path: "/api/v1/projects/{projectId}/alerts/{alertId}/resolve", access: "CONTRIBUTOR", ok: 404, body: () => ({}) },
  { method: "get", path: "/api/v1/projects/{projectId}/score-configs", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/score-configs", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: "matrix", type: "BOOLEAN" }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/score-configs/{configId}", access: "CONTRIBUTOR", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores", access: "CONTRIBUTOR", ok: 400, body: () => ({ scores: [{ config: "matrix", value: true }] }) },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/deployments/{deploymentId}/scores/summary?config=matrix", access: "VIEWER", ok: 400 },
  { method: "post", path: "/api/v1/projects/{projectId}/preferences", access: "CONTRIBUTOR", ok: 201, body: () => ({ preferences: [{ prompt: "p", a: { response: "x", label: "1" }, b: { response: "y", label: "2" }, choice: "A" }] }) },
  { method: "get", path: "/api/v1/projects/{projectId}/preferences", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/preferences/win-rates", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/preference-exports", access: "CONTRIBUTOR", ok: 409, body: () => ({ dataSetName: "matrix" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/preference-exports", access: "VIEWER", ok: 200 },
  { method: "get", path: "/api/v1/projects/{projectId}/preference-exports/{exportId}/content", access: "VIEWER", ok: 404 },
  { method: "get", path: "/api/v1/projects/{projectId}/annotation-queues", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/annotation-queues", access: "CONTRIBUTOR", ok: 201, body: () => ({ name: "matrix", kind: "PAIRS" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/annotation-queues/{queueId}", access: "VIEWER", ok: 404 },
  { method: "delete", path: "/api/v1/projects/{projectId}/annotation-queues/{queueId}", access: "CONTRIBUTOR", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items", access: "CONTRIBUTOR", ok: 404, body: () => ({ pairs: [{ prompt: "p", a: { response: "x", label: "1" }, b: { response: "y", label: "2" } }] }) },
  { method: "get", path: "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items", access: "VIEWER", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/annotation-queues/{queueId}/claim", access: "CONTRIBUTOR", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}/annotation", access: "CONTRIBUTOR", ok: 404, body: () => ({ choice: "A" }) },
  { method: "patch", path: "/api/v1/projects/{projectId}/annotation-queues/{queueId}/items/{itemId}", access: "CONTRIBUTOR", ok: 404, body: () => ({ status: "SKIPPED" }) },
  { method: "get", path: "/api/v1/projects/{projectId}/iterations", access: "VIEWER", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/iterations", access: "CONTRIBUTOR", ok: 201, body: () => ({ triggers: [{ kind: "REQUIREMENT", note: "matrix" }] }) },
  { method: "get", path: "/api/v1/projects/{projectId}/iterations/{iterationId}", access: "VIEWER", ok: 404 },
  { method: "patch", path: "/api/v1/projects/{projectId}/iterations/{iterationId}", access: "CONTRIBUTOR", ok: 404, body: () => ({ hypothesis: "matrix" }) },
  { method: "post", path: "/api/v1/projects/{projectId}/iterations/{iterationId}/triggers", access: "CONTRIBUTOR", ok: 404, body: () => ({ kind: "FEEDBACK", note: "matrix" }) },
  { method: "post", path: "/api/v1/projects/{projectId}/iterations/{iterationId}/close", access: "CONTRIBUTOR", ok: 404, body: () => ({}) },
  { method: "get", path: "/api/v1/projects/{projectId}/webhooks", access: "LEAD", ok: 200 },
  { method: "post", path: "/api/v1/projects/{projectId}/webhooks", access: "LEAD", ok: 201, body: () => ({ name: "matrix", url: "http://127.0.0.1:9/matrix" }) },
  { method: "patch", path: "/api/v1/projects/{projectId}/webhooks/{webhookId}", access: "LEAD", ok: 404, body: () => ({ active: false }) },
  { method: "delete", path: "/api/v1/projects/{projectId}/webhooks/{webhookId}", access: "LEAD", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret", access: "LEAD", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/webhooks/{webhookId}/test", access: "LEAD", ok: 404 },
  { method: "get", path: "/api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries", access: "LEAD", ok: 404 },
  { method: "post", path: "/api/v1/projects/{projectId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver", access: "LEAD", ok: 404 },
];

function expectedStatus(route: RouteCase, caller: Caller): number {
  if (route.access === "public") return route.ok;
  if (caller === "anonymous") return 401;
  if (route.access === "user") return route.ok;
  if (route.access === "admin") return caller === "admin" ? route.ok : 403;
  if (caller === "admin") return route.ok;
  if (caller === "outsider") return 404;
  return hasRole(caller, route.access) ? route.ok : 403;
}

let testApp: TestApp;
let users: Record<Exclude<Caller, "anonymous" | "admin">, TestUser>;
let spareUser: TestUser;
let sharedFixture: Fixture;
/** Users to re-role or remove, one per case that needs one (hashing passwords is slow: make them once). */
const removable: TestUser[] = [];

beforeAll(async () => {
  testApp = await createTestApp();
  users = { outsider: await testApp.createUser(), VIEWER: await testApp.createUser(), CONTRIBUTOR: await testApp.createUser(), LEAD: await testApp.createUser() };
  spareUser = await testApp.createUser();
  for (let index = 0; index < ROUTES.filter((route) => route.path.includes("{userId}")).length * CALLERS.length; index += 1) removable.push(await testApp.createUser());
  await users.outsider.http().post("/api/v1/projects").send({ name: "Outsider's own" }).expect(201);
  sharedFixture = await makeFixture(null, null);
});
afterAll(() => testApp?.close());

function userFor(caller: Caller): TestUser | null {
  return caller === "admin" ? testApp.admin : caller === "anonymous" ? null : users[caller];
}

/**
 * A project with a member of each role, a KPI with a measurement and a checklist
 * item; reads share one, every change gets its own.
 */
async function makeFixture(route: RouteCase | null, caller: Caller | null): Promise<Fixture> {
  if (route?.method === "get") return sharedFixture;
  const lead = users.LEAD;
  const project = (await lead.http().post("/api/v1/projects").send({ name: "Matrix" }).expect(201)).body;
  // Members are added directly by an admin (leads invite, and the invitee accepts).
  const members = `/api/v1/projects/${project.id}/members`;
  await testApp.http().post(members).send({ email: users.VIEWER.email, role: "VIEWER" }).expect(201);
  await testApp.http().post(members).send({ email: users.CONTRIBUTOR.email, role: "CONTRIBUTOR" }).expect(201);
  let memberId = users.VIEWER.id;
  if (route?.path.includes("{userId}")) {
    const target = removable.pop()!;
    await testApp.http().post(members).send({ email: target.email, role: "VIEWER" }).expect(201);
    memberId = target.id;
  }
  const kpi = (await lead.http().post(`/api/v1/projects/${project.id}/kpis`).send({ name: "K", direction: "HIGHER_IS_BETTER" }).expect(201)).body;
  const measurement = (await lead.http().post(`/api/v1/projects/${project.id}/kpis/${kpi.id}/measurements`).send({ value: 1 }).expect(201)).body;
  const board = (await lead.http().get(`/api/v1/projects/${project.id}/stages`).expect(200)).body;
  const experiment = (await lead.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "E" }).expect(201)).body;
  const run = (await lead.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`).send({ tags: { loss: "a tag to remove" } }).expect(201)).body;
  const otherRun = (await lead.http().post(`/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`).send({}).expect(201)).body;
  const dataSet = (await lead.http().post(`/api/v1/projects/${project.id}/data-sets`).send({ name: "D", kind: "TABLE", labelling: "LABELLED" }).expect(201)).body;
  const version = (
    await lead.http().post(`/api/v1/projects/${project.id}/data-sets/${dataSet.id}/versions`).send({ fingerprint: "f", itemCount: 3, splits: [{ name: "train", count: 1 }, { name: "validation", count: 1 }, { name: "test", count: 1 }] }).expect(201)
  ).body.versions[0];
  const use = (await lead.http().post(`/api/v1/projects/${project.id}/runs/${run.id}/data`).send({ versionId: version.id, split: "train", purpose: "TRAINING" }).expect(201)).body;
  const evaluation = (await lead.http().post(`/api/v1/projects/${project.id}/runs/${run.id}/evaluations`).send({ kind: "GENERATION", split: "test", scores: { bleu: 0.3 } }).expect(201)).body;
  await lead.http().put(`/api/v1/projects/${project.id}/runs/${run.id}/artifacts/content?path=notes.txt`).send(Buffer.from("notes")).expect(200);
  const model = (await lead.http().post(`/api/v1/projects/${project.id}/models`).send({ name: "matrix-model" }).expect(201)).body;
  await lead.http().post(`/api/v1/projects/${project.id}/models/${model.id}/versions`).send({ source: "s3://matrix/1" }).expect(201);
  await lead.http().put(`/api/v1/projects/${project.id}/models/${model.id}/aliases/champion`).send({ version: 1 }).expect(200);
  const deployment = (await lead.http().post(`/api/v1/projects/${project.id}/deployments`).send({ name: "matrix", target: "BATCH", environment: "DEV", variants: [{ name: "p", role: "PRIMARY", trafficPercent: 100, baseModel: "base" }] }).expect(201)).body;
  let tokenId = "00000000-0000-4000-8000-000000000000";
  const owner = caller ? userFor(caller) : null;
  if (route?.path.includes("{tokenId}") && owner) tokenId = (await owner.http().post("/api/v1/tokens").send({ name: "to revoke" }).expect(201)).body.id;
  return { projectId: project.id, experimentId: experiment.id, runId: run.id, otherRunId: otherRun.id, dataSetId: dataSet.id, versionId: version.id, useId: use.id, evaluationId: evaluation.id, kpiId: kpi.id, measurementId: measurement.id, itemId: board.stages[0].checklist[0].id, memberId, tokenId, modelId: model.id, deploymentId: deployment.id };
}

function fill(path: string, fixture: Fixture): string {
  return path
    .replace("{projectId}", fixture.projectId)
    .replace("{kpiId}", fixture.kpiId)
    .replace("{experimentId}", fixture.experimentId)
    .replace("{runId}", fixture.runId)
    .replace("{otherRunId}", fixture.otherRunId)
    .replace("{dataSetId}", fixture.dataSetId)
    .replace("{useId}", fixture.useId)
    .replace("{evaluationId}", fixture.evaluationId)
    .replace("{key}", "loss")
    .replace("{measurementId}", fixture.measurementId)
    .replace("{itemId}", fixture.itemId)
    .replace("{userId}", fixture.memberId)
    .replace("{tokenId}", fixture.tokenId)
    .replace("{invitationId}", "00000000-0000-4000-8000-000000000001")
    .replace("{modelId}", fixture.modelId)
    .replace("{deploymentId}", fixture.deploymentId)
    .replace("{baselineId}", "00000000-0000-4000-8000-000000000002")
    .replace("{monitorId}", "00000000-0000-4000-8000-000000000003")
    .replace("{alertId}", "00000000-0000-4000-8000-000000000004")
    .replace("{webhookId}", "00000000-0000-4000-8000-000000000005")
    .replace("{iterationId}", "00000000-0000-4000-8000-000000000007")
    .replace("{configId}", "00000000-0000-4000-8000-000000000008")
    .replace("{exportId}", "00000000-0000-4000-8000-000000000009")
    .replace("{queueId}", "00000000-0000-4000-8000-00000000000a")
    .replace("{deliveryId}", "00000000-0000-4000-8000-000000000006")
    .replace("{version}", "1")
    .replace("{alias}", "champion")
    .replace("{stage}", "DATA");
}

it("covers every operation of the API", async () => {
  const document = (await testApp.anonymous().get("/api/openapi.json").expect(200)).body as { paths: Record<string, Record<string, unknown>> };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
  expect(ROUTES.map((route) => `${route.method} ${route.path.split("?")[0]}`).sort()).toEqual(operations.sort());
});

describe.each(ROUTES)("$method $path ($access)", (route) => {
  it.each(CALLERS)("answers %s as the table says", async (caller) => {
    const fixture = await makeFixture(route, caller);
    const agent = caller === "anonymous" ? testApp.anonymous() : caller === "admin" ? testApp.http() : users[caller].http();
    const path = fill(route.path, fixture);
    const pending = agent[route.method](path);
    const response = route.body ? await pending.type(route.contentType ?? "json").send(route.body(fixture)) : await pending;
    expect({ caller, status: response.status }).toEqual({ caller, status: expectedStatus(route, caller) });
    if (response.status >= 400) expect(response.body).toMatchObject({ statusCode: response.status, code: expect.any(String), correlationId: expect.any(String) });
  });
});
