// Model registry and deployments (issue 12): what registering, moving aliases, searching and deploying cost at the
// sizes a team reaches — a model retrained nightly for three years (1,000 versions), an alias moved 2,000 times,
// 100 models in a project, MLflow clients searching all of it. Its own server on a fresh embedded Postgres;
// prints its figures, ending with one line of JSON.
//   npm run bench:registry
import { ms, percentile, startBenchServer } from "./bench-server.mjs";

const { base, token, call, stop } = await startBenchServer();
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

async function timedCall(method, route, body) {
  const begun = performance.now();
  const response = await fetch(`${base}${route}`, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${text.slice(0, 300)}`);
  return { took: performance.now() - begun, json: text ? JSON.parse(text) : null };
}
const summary = (took) => ({ p50: ms(percentile(took, 0.5)), p95: ms(percentile(took, 0.95)), n: took.length });
async function timed(rounds, work) {
  const took = [];
  let last;
  for (let round = 0; round < rounds; round += 1) {
    const result = await work(round);
    took.push(result.took);
    last = result.json;
  }
  return { ...summary(took), last };
}
const figures = {};
const report = (name, label, result, extra = "") => {
  figures[name] = { p50: result.p50, p95: result.p95, n: result.n };
  console.log(`[bench] ${label}: p50 ${result.p50} ms, p95 ${result.p95} ms (${result.n} calls)${extra}`);
};

const project = await call("POST", "/api/v1/projects", { name: "Registry bench" });
const p = `/api/v1/projects/${project.id}`;
const experiment = await call("POST", `${p}/experiments`, { name: "nightly retrain" });
// One run with params, curves and a test evaluation: every version registered from it captures that evidence.
const run = await call("POST", `${p}/experiments/${experiment.id}/runs`, { name: "retrain" });
await call("POST", `${p}/runs/${run.id}/batch`, { params: Array.from({ length: 40 }, (_, index) => ({ key: `param_${index}`, value: index * 0.1 })), metrics: Array.from({ length: 200 }, (_, step) => [{ key: "loss", split: "train", step, value: 1 / (step + 1) }, { key: "loss", split: "validation", step, value: 1.1 / (step + 1) + 0.01 }]).flat() });
await call("POST", `${p}/runs/${run.id}/evaluations`, { kind: "CLASSIFICATION", split: "test", labels: ["ham", "spam"], matrix: [[90, 10], [8, 92]] });
await call("PATCH", `${p}/runs/${run.id}`, { status: "FINISHED" });
await fetch(`${base}${p}/runs/${run.id}/artifacts/content?path=model/MLmodel`, { method: "PUT", headers: { authorization: headers.authorization, "content-type": "application/octet-stream" }, body: "flavors:\n  sklearn: {}\n" });
await fetch(`${base}${p}/runs/${run.id}/artifacts/content?path=model/model.pkl`, { method: "PUT", headers: { authorization: headers.authorization, "content-type": "application/octet-stream" }, body: Buffer.alloc(256 * 1024, 1) });

// 1. 100 registered models (native API).
const created = await timed(100, (index) => timedCall("POST", `${p}/models`, { name: `model-${String(index).padStart(3, "0")}`, description: "bench", tags: { team: "nlp" } }));
report("create_model", "create a registered model", created);

// 2. 1,000 versions of one model, registered as mlflow.register_model does (model-versions/create with runs:/…).
await timedCall("POST", "/api/2.0/mlflow/registered-models/create", { name: "big", tags: [{ key: "project", value: project.slug }] }).catch(() => null);
const registered = await timed(1000, () => timedCall("POST", "/api/2.0/mlflow/model-versions/create", { name: "big", source: `runs:/${run.id}/model`, run_id: run.id }));
report("mlflow_create_version", "MLflow model-versions/create from runs:/<id>/model (evidence captured, artifacts sized)", registered);
const big = (await timedCall("GET", `${p}/models?q=big`)).json.items.find((model) => model.name === "big");

// 3. 2,000 alias moves on one alias, alternating between versions (native API, each into the append-only history).
const started = new Date();
const moved = await timed(2000, (index) => timedCall("PUT", `${p}/models/${big.id}/aliases/champion`, { version: (index % 1000) + 1, reason: `nightly ${index}` }));
report("move_alias", "move an alias (with its history row)", moved);
const midway = new Date((started.getTime() + Date.now()) / 2).toISOString();

// 4. Reads, 30 each.
report("list_models", "list models, first page of 50 (of 101)", await timed(30, () => timedCall("GET", `${p}/models?pageSize=50`)));
report("list_versions_first", "list versions of a 1,000-version model, first page of 50", await timed(30, () => timedCall("GET", `${p}/models/${big.id}/versions?pageSize=50`)));
report("list_versions_last", "list versions of a 1,000-version model, last page of 50", await timed(30, () => timedCall("GET", `${p}/models/${big.id}/versions?pageSize=50&page=20`)));
report("get_version", "get one version (evidence, approval problems)", await timed(30, () => timedCall("GET", `${p}/models/${big.id}/versions/500`)));
const at = await timed(30, () => timedCall("GET", `${p}/models/${big.id}/aliases/champion?at=${encodeURIComponent(midway)}`));
report("alias_at", "which version did @champion point to at T, over 2,000 moves", at, ` → v${at.last.version}, ${at.last.periods.length} periods`);
report("alias_history", "alias history, first page of 50 of 2,000", await timed(30, () => timedCall("GET", `${p}/models/${big.id}/alias-history?pageSize=50`)));
report("mlflow_search_models", "MLflow registered-models/search max_results=1000", await timed(30, () => timedCall("GET", "/api/2.0/mlflow/registered-models/search?max_results=1000")));
report("mlflow_search_models_like", "MLflow registered-models/search filter name LIKE 'model-0%'", await timed(30, () => timedCall("GET", `/api/2.0/mlflow/registered-models/search?filter=${encodeURIComponent("name LIKE 'model-0%'")}`)));
const versions = await timed(10, () => timedCall("GET", `/api/2.0/mlflow/model-versions/search?filter=${encodeURIComponent("name='big'")}&max_results=10000`));
report("mlflow_search_versions_1000", "MLflow model-versions/search name='big' (1,000 versions in one answer)", versions, ` → ${versions.last.model_versions.length} versions`);
report("mlflow_latest_versions", "MLflow get-latest-versions", await timed(30, () => timedCall("POST", "/api/2.0/mlflow/registered-models/get-latest-versions", { name: "big" })));
report("mlflow_alias", "MLflow registered-models/alias (models:/big@champion)", await timed(30, () => timedCall("GET", "/api/2.0/mlflow/registered-models/alias?name=big&alias=champion")));
report("mlflow_download_uri", "MLflow model-versions/get-download-uri", await timed(30, () => timedCall("GET", "/api/2.0/mlflow/model-versions/get-download-uri?name=big&version=1000")));

// 5. Approval and deployments.
const review = await timedCall("POST", `${p}/models/${big.id}/versions/1000/review`, { decision: "APPROVED", reason: "bench", override: true });
figures.review_ms = ms(review.took);
const ids = (await timedCall("GET", `${p}/models/${big.id}/versions?pageSize=2`)).json.items.map((item) => item.id);
for (let index = 0; index < 50; index += 1) {
  await timedCall("POST", `${p}/deployments`, { name: `staging-${index}`, target: "REAL_TIME", environment: "STAGING", variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersionId: ids[1] }] });
}
const production = (await timedCall("POST", `${p}/deployments`, { name: "prod", target: "REAL_TIME", environment: "PRODUCTION", variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersionId: ids[0] }] })).json;
let deployment = (await timedCall("POST", `${p}/deployments/${production.id}/status`, { status: "LIVE" })).json;
const shifts = await timed(30, async (round) => {
  const share = round % 2 ? 90 : 80;
  const result = await timedCall("POST", `${p}/deployments/${production.id}/traffic`, { version: deployment.version, variants: [{ name: "primary", role: "PRIMARY", trafficPercent: share, modelVersionId: ids[0] }, { name: "canary", role: "CANARY", trafficPercent: 100 - share, modelVersionId: ids[0] }] });
  deployment = result.json;
  return result;
});
report("shift_traffic", "shift traffic (variants, event, optimistic lock)", shifts);
report("rollback", "roll back", await timed(10, () => timedCall("POST", `${p}/deployments/${production.id}/rollback`, { reason: "bench" })));
report("list_deployments", "list deployments (51, first page of 50)", await timed(30, () => timedCall("GET", `${p}/deployments?pageSize=50`)));
report("deployment_events", "deployment timeline, first page of 50", await timed(30, () => timedCall("GET", `${p}/deployments/${production.id}/events?pageSize=50`)));
report("stage_board", "stage board (Deployment gate over 51 deployments)", await timed(30, () => timedCall("GET", `${p}/stages`)));
for (let index = 0; index < 199; index += 1) await call("POST", "/api/v1/projects", { name: `Board ${index}` });
report("board_200", "portfolio board, 200 projects with their live version", await timed(20, () => timedCall("GET", "/api/v1/projects?pageSize=200")));

await stop();
console.log(JSON.stringify(figures));
