import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { startRun } from "@lifecycle/client";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser, startServer, type RunningServer } from "./support";

jest.setTimeout(120_000);

let server: RunningServer;
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
});

/** A token made on the tokens page, as a user makes one for a script. */
async function newToken(name: string): Promise<string> {
  await page.goto(`${server.url}/settings/tokens`);
  const tokenForm = page.getByRole("form", { name: "New API token" });
  await tokenForm.getByLabel("Name").fill(name);
  await tokenForm.getByRole("button", { name: "Create token" }).click();
  return (await page.getByTestId("new-token").textContent())!.trim();
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it("creates the first admin from the printed setup link", async () => {
  const link = /Create the first admin at http:\/\/localhost:\d+(\/setup\?token=[\w-]+)/.exec(server.output())?.[1];
  expect(link).toBeDefined();
  await page.goto(server.url);
  await page.waitForURL(/\/sign-in$/);
  await page.getByText("Open the setup link the server printed").waitFor();

  await page.goto(`${server.url}${link}`);
  const setup = page.getByRole("form", { name: "Create the first admin" });
  await setup.getByLabel("Name").fill("Ana Ruiz");
  await setup.getByLabel("Email").fill("ana@example.com");
  await setup.locator('input[name="password"]').fill("a long enough password");
  await setup.getByRole("button", { name: "Create admin and sign in" }).click();
  await page.getByRole("heading", { name: "Portfolio" }).waitFor();
  await page.getByRole("button", { name: /Account menu for Ana Ruiz/ }).waitFor();
});

it("takes a new project through its first two gates to the Data column of the board", async () => {
  await page.goto(server.url);
  await page.getByRole("button", { name: "New project" }).click();
  const create = page.getByRole("dialog", { name: "New project" });
  await create.getByLabel("Name").fill("Browser spam filter");
  await create.getByLabel("Owner").fill("Ana");
  await create.getByLabel("Business goal").fill("Keep spam out of the support inbox");
  await create.getByRole("button", { name: "Create project" }).click();

  await page.waitForURL(/\/projects\/browser-spam-filter$/);
  await page.getByRole("heading", { name: "Browser spam filter" }).waitFor();
  const kpiCheck = page.locator('[data-check="kpi_with_target"]');
  await expect(kpiCheck.getAttribute("data-passed")).resolves.toBe("false");

  await page.getByRole("button", { name: "Add KPI" }).click();
  const kpiForm = page.getByRole("dialog", { name: "New KPI" });
  await kpiForm.getByLabel("Name").fill("Spam caught");
  await kpiForm.getByLabel("Unit").fill("%");
  await kpiForm.getByLabel("Baseline").fill("80");
  await kpiForm.getByLabel("Target").fill("95");
  await kpiForm.getByRole("button", { name: "Add KPI" }).click();
  await page.getByTestId("kpi-card").filter({ hasText: "Spam caught" }).waitFor();
  await page.locator('[data-check="kpi_with_target"][data-passed="true"]').waitFor();

  await page.getByRole("button", { name: "Advance to Problem framing" }).click();
  await page.getByRole("heading", { name: "Problem framing", level: 2 }).waitFor();

  await page.getByRole("tab", { name: "Problem framing" }).click();
  const framing = page.getByRole("form", { name: "Problem framing" });
  await framing.getByLabel("Decision").selectOption("true");
  await framing.getByLabel("Rationale").fill("Spam patterns change faster than hand-written rules");
  await framing.getByLabel("Task type").selectOption("binary_classification");
  await framing.getByLabel("Learning paradigm").selectOption("supervised");
  await framing.getByLabel("Model family").selectOption("knn");
  await framing.getByLabel("Application area").selectOption("text_classification");
  await framing.getByLabel("Approach").selectOption("train_from_scratch");
  await framing.getByLabel("Success metric").fill("Recall on the test split");
  await framing.getByRole("button", { name: "Save framing" }).click();
  await framing.getByText("Complete").waitFor();

  await page.locator('[data-check="ml_appropriate"][data-passed="true"]').waitFor();
  await page.getByRole("button", { name: "Advance to Data" }).click();
  await page.getByRole("heading", { name: "Data", level: 2 }).waitFor();

  await page.getByRole("tab", { name: "Audit trail" }).click();
  await page.getByText("Advanced Problem framing → Data").waitFor();

  await page.getByRole("link", { name: "Portfolio" }).first().click();
  const dataColumn = page.getByRole("region", { name: "Data" });
  await dataColumn.getByRole("link", { name: /Browser spam filter/ }).waitFor();
  expect(await page.getByRole("region", { name: "Goals & KPIs" }).getByRole("link", { name: /Browser spam filter/ }).count()).toBe(0);
});

it("shows runs logged through the client in the experiment's table, filters them and compares two", async () => {
  // A token for the training script, made on the tokens page.
  const token = await newToken("training script");

  await page.goto(`${server.url}/projects/browser-spam-filter`);
  await page.getByRole("tab", { name: "Experiments" }).click();
  await page.getByRole("button", { name: "New experiment" }).click();
  const dialog = page.getByRole("dialog", { name: "New experiment" });
  await dialog.getByLabel("Name").fill("knn sweep");
  await dialog.getByRole("button", { name: "Create experiment" }).click();
  await page.getByRole("link", { name: "knn sweep" }).click();
  await page.waitForURL(/\/experiments\/[\w-]+$/);
  const [projectId, experimentId] = await page.evaluate(async () => {
    const project = await (await fetch("/api/v1/projects/browser-spam-filter")).json();
    return [project.id as string, location.pathname.split("/").pop()!];
  });

  // Two runs, logged the way a training script does.
  for (const k of [5, 9]) {
    const run = await startRun({ baseUrl: server.url, token, projectId, experimentId }, { name: `knn-k${k}`, params: { k, learning_rate: 0.1 }, tags: { team: "trust" } });
    for (let step = 0; step < 50; step += 1) {
      run.logMetric("loss", 1 / (step + k), { step, split: "train" });
      run.logMetric("loss", 1.05 / (step + k) + 0.01, { step, split: "validation" });
      run.logMetric("accuracy", 0.5 + step / (100 + k), { step });
    }
    await run.end();
  }

  await page.getByRole("button", { name: "Refresh" }).click();
  const table = page.getByRole("table", { name: "Runs" });
  await table.getByRole("link", { name: "knn-k9" }).waitFor();
  await table.getByRole("link", { name: "knn-k5" }).waitFor();

  await page.getByRole("textbox", { name: "Filter" }).fill("params.k = 5 AND tags.team = 'trust'");
  await page.getByRole("button", { name: "Apply" }).click();
  await table.getByRole("link", { name: "knn-k9" }).waitFor({ state: "detached" });
  await table.getByRole("link", { name: "knn-k5" }).waitFor();
  await page.getByRole("textbox", { name: "Filter" }).fill("params.k = ");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("alert").filter({ hasText: "The filter was not applied" }).waitFor();
  await page.getByRole("textbox", { name: "Filter" }).fill("");
  await page.getByRole("button", { name: "Apply" }).click();
  await table.getByRole("link", { name: "knn-k9" }).waitFor();

  await table.getByRole("checkbox", { name: "Select knn-k5" }).check();
  await table.getByRole("checkbox", { name: "Select knn-k9" }).check();
  await page.getByRole("button", { name: "Compare 2 runs" }).click();
  await page.getByRole("heading", { name: "Comparing 2 runs" }).waitFor();
  const comparison = page.getByRole("table", { name: "Run comparison" });
  expect(await comparison.locator("tr[data-differs]").allTextContents()).toEqual([expect.stringMatching(/^k\s*differs\s*59$/)]);
  await page.getByRole("img", { name: /^Parallel coordinates of k, accuracy/ }).waitFor();
  // uPlot draws each chart on a canvas: both runs' series overlaid.
  const accuracy = page.getByRole("img", { name: "accuracy: 100 points" });
  await accuracy.locator("canvas").waitFor();
  await page.getByRole("img", { name: "loss: 200 points" }).locator("canvas").waitFor();

  // Zooming by dragging across a chart asks for that range and offers a reset.
  await accuracy.scrollIntoViewIfNeeded();
  const box = (await accuracy.locator(".u-over").boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByRole("button", { name: "Reset zoom" }).waitFor();
  await page.getByText(/^Steps \d+–\d+$/).waitFor();

  await comparison.getByRole("link", { name: "knn-k5" }).click();
  await page.getByRole("heading", { name: "knn-k5" }).waitFor();
  await page.getByRole("table", { name: "Params" }).getByText("learning_rate").waitFor();
  await page.getByRole("img", { name: "loss: 100 points" }).locator("canvas").waitFor();

  // The fit diagnosis over the train and validation loss, and the test evaluation's heatmap.
  const fit = page.getByRole("region", { name: "Fit diagnosis" });
  await fit.locator("[data-verdict]").waitFor();
  expect(await fit.locator("[data-verdict]").getAttribute("data-verdict")).toMatch(/^(BALANCED|UNDERFIT|OVERFIT)$/);
  const runId = page.url().split("/").pop()!;
  const created = await fetch(`${server.url}/api/v1/projects/${projectId}/runs/${runId}/evaluations`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ kind: "CLASSIFICATION", split: "test", labels: ["ham", "spam"], matrix: [[50, 10], [5, 35]] }),
  });
  expect(created.status).toBe(201);
  await page.getByRole("tab", { name: "Evaluations" }).click();
  const heatmap = page.getByRole("table", { name: "Confusion matrix" });
  await heatmap.waitFor();
  expect(await heatmap.locator('[data-cell="1-1"]').textContent()).toBe("35");
  await page.getByText("Row-normalised").click();
  expect(await heatmap.locator('[data-cell="1-1"]').textContent()).toBe("87.5 %");
  await page.getByText("accuracy 85.0 %").waitFor();
});

it("shows a run logged through the MLflow API on the project's experiment page", async () => {
  const token = await newToken("mlflow script");
  // What mlflow.set_experiment, start_run, log_params, log_metric and end_run send, with the token as Basic's password.
  const mlflow = async (path: string, body: object) => {
    const response = await fetch(`${server.url}/api/2.0/mlflow/${path}`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`ana:${token}`).toString("base64")}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return response.json();
  };
  const { experiment_id } = await mlflow("experiments/create", { name: "browser-spam-filter/mlflow sweep" });
  const { run } = await mlflow("runs/create", { experiment_id, start_time: Date.now(), tags: [{ key: "mlflow.runName", value: "xgb-from-mlflow" }] });
  await mlflow("runs/log-batch", { run_id: run.info.run_id, params: [{ key: "max_depth", value: "6" }], metrics: [{ key: "auc", value: 0.93, timestamp: Date.now(), step: 0 }] });
  // mlflow.log_dict: a PUT of the file to the artifact proxy the run's artifact_uri points at.
  const artifactPath = (run.info.artifact_uri as string).replace("mlflow-artifacts:/", "");
  const upload = await fetch(`${server.url}/api/2.0/mlflow-artifacts/artifacts/${artifactPath}/config/params.json`, {
    method: "PUT",
    headers: { authorization: `Basic ${Buffer.from(`ana:${token}`).toString("base64")}`, "content-type": "application/json" },
    body: JSON.stringify({ max_depth: 6, eta: 0.3 }),
  });
  expect(upload.status).toBe(200);
  await mlflow("runs/update", { run_id: run.info.run_id, run_uuid: run.info.run_id, status: "FINISHED", end_time: Date.now() });

  await page.goto(`${server.url}/projects/browser-spam-filter`);
  await page.getByRole("tab", { name: "Experiments" }).click();
  await page.getByRole("link", { name: "mlflow sweep" }).click();
  const table = page.getByRole("table", { name: "Runs" });
  const row = table.getByRole("row").filter({ hasText: "xgb-from-mlflow" });
  await row.waitFor();
  expect(await row.textContent()).toMatch(/finished.*6.*0\.93/);

  // The artifact is on the run page: open its folder, preview it, and see the download link.
  await row.getByRole("link", { name: "xgb-from-mlflow" }).click();
  await page.getByRole("tab", { name: "Artifacts" }).click();
  await page.getByRole("button", { name: "Open folder config" }).click();
  await page.getByRole("button", { name: "Preview params.json" }).click();
  const preview = page.getByLabel("Preview of params.json");
  await preview.getByText('{"max_depth":6,"eta":0.3}').waitFor();
  expect(await preview.getByRole("link", { name: /Download/ }).getAttribute("href")).toContain("artifacts/content?path=config%2Fparams.json");

  // An experiment logged without a project lands in the user's imports project; the dashboard moves it into one.
  const { experiment_id: importedId } = await mlflow("experiments/create", { name: "notebook sweep" });
  await mlflow("runs/create", { experiment_id: importedId, tags: [{ key: "mlflow.runName", value: "from-a-notebook" }] });
  const me = await (await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } })).json();
  await page.goto(`${server.url}/projects/mlflow-imports-${(me.user.id as string).slice(0, 8)}/experiments/${importedId}`);
  await page.getByRole("button", { name: "Move to project…" }).click();
  const dialog = page.getByRole("dialog", { name: "Move experiment" });
  await dialog.getByRole("combobox", { name: "Project" }).click();
  await page.getByRole("option", { name: "Browser spam filter" }).click();
  await dialog.getByRole("button", { name: "Move" }).click();
  await page.waitForURL(`${server.url}/projects/browser-spam-filter/experiments/${importedId}`);
  await page.getByRole("table", { name: "Runs" }).getByRole("link", { name: "from-a-notebook" }).waitFor();
});

it("registers a run as a model version, approves it, deploys it to production, and the project moves to Monitoring", async () => {
  const token = await newToken("pipeline");
  const call = async (method: string, path: string, body?: object | Buffer) => {
    const binary = Buffer.isBuffer(body);
    const response = await fetch(`${server.url}/api/v1/projects/browser-spam-filter${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": binary ? "application/octet-stream" : "application/json" },
      body: body === undefined ? undefined : binary ? new Uint8Array(body) : JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return response.json();
  };
  // What a data pipeline and a training script leave behind: a split data set version, and the model files of knn-k5.
  const dataSet = await call("POST", "/data-sets", { name: "support emails", kind: "TABLE", labelling: "LABELLED", labelSource: "HUMAN" });
  await call("POST", `/data-sets/${dataSet.id}/versions`, { fingerprint: "sha256:browser", itemCount: 1000, splits: [{ name: "train", count: 700 }, { name: "validation", count: 150 }, { name: "test", count: 150 }] });

  // A well-fitted run with a test evaluation (knn-k5 overfits): what the Model development gate and an approval ask for.
  const experiments = await call("GET", "/experiments");
  const sweep = experiments.items.find((experiment: { name: string }) => experiment.name === "knn sweep");
  const projectId = (await call("GET", "")).id;
  const candidate = await startRun({ baseUrl: server.url, token, projectId, experimentId: sweep.id }, { name: "knn-k7", params: { k: 7 } });
  for (let step = 0; step < 40; step += 1) {
    candidate.logMetric("loss", 0.2 + 0.8 * Math.exp(-step / 4), { step, split: "train" });
    candidate.logMetric("loss", 0.22 + 0.8 * Math.exp(-step / 4), { step, split: "validation" });
  }
  await candidate.end();
  await call("POST", `/runs/${candidate.id}/evaluations`, { kind: "CLASSIFICATION", split: "test", labels: ["ham", "spam"], matrix: [[55, 5], [4, 36]] });

  // Data → Model development → Deployment, each gate met.
  await page.goto(`${server.url}/projects/browser-spam-filter`);
  await page.locator('[data-check="data_with_splits"][data-passed="true"]').waitFor();
  await page.getByRole("button", { name: "Advance to Model development" }).click();
  await page.locator('[data-check="candidate_run"][data-passed="true"]').waitFor();
  await page.getByRole("button", { name: "Advance to Deployment" }).click();
  await page.locator('[data-check="live_in_production"][data-passed="false"]').waitFor();

  // The run's model files, as mlflow.sklearn.log_model leaves them; then "Register as model version" on its page.
  await page.getByRole("tab", { name: "Experiments" }).click();
  await page.getByRole("link", { name: "knn sweep" }).click();
  await page.getByRole("table", { name: "Runs" }).getByRole("link", { name: "knn-k7" }).click();
  await page.getByRole("heading", { name: "knn-k7" }).waitFor();
  await call("PUT", `/runs/${candidate.id}/artifacts/content?path=model/MLmodel`, Buffer.from("flavors:\n  sklearn: {}\n"));
  await page.getByRole("button", { name: "Register as model version" }).click();
  const register = page.getByRole("dialog", { name: "Register as model version" });
  await register.getByRole("combobox", { name: /Registered model/ }).fill("spam-knn");
  await register.getByLabel("Intended use").fill("Flag spam in the support inbox");
  await register.getByRole("button", { name: "Register version" }).click();
  await page.getByRole("heading", { name: "spam-knn v1" }).waitFor();
  await page.getByRole("region", { name: "Lineage" }).getByRole("link", { name: "knn-k7" }).waitFor();

  // A lead approves it on its evidence.
  await page.getByRole("button", { name: "Approve" }).click();
  const review = page.getByRole("dialog", { name: "Approve spam-knn v1" });
  await review.getByLabel("Reason").fill("Good fit, 91 % accuracy on the test split");
  await review.getByRole("button", { name: "Approve" }).click();
  await page.getByText(/^Approved by Ana Ruiz/).waitFor();

  // Deployed to production, then live.
  await page.getByRole("link", { name: /Browser spam filter/ }).click();
  await page.getByRole("tab", { name: "Deployments" }).click();
  await page.getByRole("button", { name: "New deployment" }).click();
  const deploy = page.getByRole("dialog", { name: "New deployment" });
  await deploy.getByRole("textbox", { name: /^Name/ }).fill("spam-prod");
  await deploy.getByLabel("Environment").selectOption("PRODUCTION");
  await deploy.getByRole("combobox", { name: "Model" }).click();
  await page.getByRole("option", { name: "spam-knn" }).click();
  await deploy.getByRole("combobox", { name: "Version" }).click();
  await page.getByRole("option", { name: /^v1 · approved/ }).click();
  await deploy.getByRole("button", { name: "Create deployment" }).click();
  const card = page.getByRole("region", { name: "Deployment spam-prod" });
  await card.getByText("planned").waitFor();
  await card.getByRole("button", { name: "Change the status of spam-prod" }).click();
  const status = page.getByRole("dialog", { name: "Change the status of spam-prod" });
  await status.getByLabel("From planned to").selectOption("LIVE");
  await status.getByRole("button", { name: "Change status" }).click();
  await card.getByText("live", { exact: true }).waitFor();

  // The Deployment gate names it, the project moves to Monitoring, and its board card shows what serves.
  await page.locator('[data-check="live_in_production"][data-passed="true"]').waitFor();
  await page.getByRole("button", { name: "Advance to Monitoring" }).click();
  // The Monitoring gate asks for monitors, an evaluated window and a reason to iterate.
  await page.locator('[data-check="live_monitored"][data-passed="false"]').waitFor();
  await page.getByRole("link", { name: "Portfolio" }).first().click();
  const card2 = page.getByRole("region", { name: "Monitoring" }).getByRole("link", { name: /Browser spam filter/ });
  await card2.getByText("● Live: spam-knn v1").waitFor();
});

it("shows a drifting deployment's heatmap on the Monitoring tab, alerts from a monitor made there, puts the alert on the board, and opens an iteration from it", async () => {
  const token = await newToken("serving app");
  const project = await (await fetch(`${server.url}/api/v1/projects/browser-spam-filter`, { headers: { authorization: `Bearer ${token}` } })).json();
  const deployments = await (await fetch(`${server.url}/api/v1/projects/${project.id}/deployments`, { headers: { authorization: `Bearer ${token}` } })).json();
  const live = deployments.items.find((deployment: { name: string }) => deployment.name === "spam-prod");
  // The serving application's day of traffic, through the client's monitor: calm, then drifting in the afternoon.
  await promisify(execFile)(process.execPath, [path.resolve(__dirname, "../../examples/simulate-drift.mjs")], {
    env: { ...process.env, LIFECYCLE_URL: server.url, LIFECYCLE_TOKEN: token, LIFECYCLE_PROJECT: project.slug, LIFECYCLE_DEPLOYMENT: live.id, RECORDS_PER_HOUR: "100" },
  });

  await page.goto(`${server.url}/projects/browser-spam-filter?tab=monitoring`);
  const heatmap = page.getByRole("table", { name: "Drift of each feature by window" });
  await heatmap.waitFor();
  await heatmap.getByRole("button", { name: /^amount, .*: drifted/ }).first().waitFor();
  await heatmap.getByRole("button", { name: /^amount, .*: drifted/ }).first().click();
  await page.getByRole("table", { name: "Bins of amount" }).waitFor();

  // A data set drift monitor over six-hour windows (the last complete one is in the afternoon), evaluated now.
  await page.getByRole("button", { name: "New monitor" }).click();
  const form = page.getByRole("dialog", { name: "New monitor" });
  await form.getByRole("textbox", { name: /^Name/ }).fill("Traffic drift");
  await form.getByLabel("Window", { exact: true }).selectOption("6h");
  await form.getByRole("button", { name: "Create monitor" }).click();
  const monitors = page.getByRole("table", { name: "Monitors" });
  await monitors.getByText("not evaluated yet").waitFor();
  await monitors.getByRole("button", { name: "Evaluate Traffic drift now" }).click();
  await monitors.getByText("alert", { exact: true }).waitFor();
  const alerts = page.getByRole("table", { name: "Alerts" });
  await alerts.getByText(/Traffic drift: Share of features that drifted/).waitFor();
  await page.getByRole("button", { name: "⚠ 1 open alert" }).waitFor();

  // The board card says so.
  await page.getByRole("link", { name: "Portfolio" }).first().click();
  await page.getByRole("region", { name: "Monitoring" }).getByRole("link", { name: /Browser spam filter.*1 open alert/ }).getByText("⚠ 1 open alert").waitFor();

  // Back on the project, the alert opens iteration 2 with a hypothesis and a planned change.
  await page.getByRole("region", { name: "Monitoring" }).getByRole("link", { name: /Browser spam filter/ }).click();
  await page.locator('[data-check="reason_to_iterate"][data-passed="true"]').waitFor();
  await page.getByRole("tab", { name: "Monitoring" }).click();
  await page.getByRole("button", { name: "Open an iteration from Traffic drift" }).click();
  const plan = page.getByRole("dialog", { name: "Open iteration 2" });
  await plan.getByText(/An alert: Traffic drift/).waitFor();
  await plan.getByRole("textbox", { name: "Hypothesis" }).fill("Afternoon traffic comes from a new merchant: train on it");
  await plan.getByRole("textbox", { name: "Change 1" }).fill("Label a week of afternoon transactions");
  await plan.getByRole("button", { name: "Open iteration" }).click();
  await plan.waitFor({ state: "hidden" });
  await page.getByRole("tab", { name: "Iterations" }).click();
  await page.getByText("Iteration 2", { exact: true }).waitFor();
  await page.getByText(/Label a week of afternoon transactions/).waitFor();
  // The Monitoring gate passes on its evidence; the project advances and the Iteration gate has its plan.
  await page.getByRole("button", { name: "Advance to Iteration" }).click();
  await page.locator('[data-check="iteration_planned"][data-passed="true"]').waitFor();
});

it("queues a deployment's predictions for an expert, who scores them from the keyboard, and the scores land on the Feedback tab", async () => {
  await page.goto(`${server.url}/projects/browser-spam-filter?tab=feedback`);
  await page.getByRole("button", { name: "New score config" }).click();
  const config = page.getByRole("dialog", { name: "New score config" });
  await config.getByRole("textbox", { name: /^Name/ }).fill("correct");
  await config.getByRole("combobox", { name: "Type" }).selectOption("BOOLEAN");
  await config.getByRole("button", { name: "Add score config" }).click();
  await config.waitFor({ state: "hidden" });

  await page.getByRole("button", { name: "New queue" }).click();
  const queue = page.getByRole("dialog", { name: "New annotation queue" });
  await queue.getByRole("textbox", { name: /^Name/ }).fill("Analyst review");
  await queue.getByRole("checkbox", { name: /correct/ }).check();
  await queue.getByRole("button", { name: "Create queue" }).click();
  await queue.waitFor({ state: "hidden" });
  await page.getByRole("button", { name: "Add predictions" }).click();
  const add = page.getByRole("dialog", { name: "Add predictions to Analyst review" });
  await add.getByRole("textbox", { name: "How many" }).fill("3");
  await add.getByRole("button", { name: "Add predictions" }).click();
  await add.getByText("3 predictions added.").waitFor();
  await add.getByRole("button", { name: "Done" }).click();

  // The review screen: y gives "correct", Enter saves and brings the next; s skips one.
  await page.getByRole("link", { name: "Review" }).click();
  await page.waitForURL(/\/annotation-queues\//);
  // The route's code loads in a transition: the project page stays until the review screen is there.
  await page.getByRole("progressbar", { name: "Progress of the queue" }).waitFor({ state: "attached" });
  const ready = page.locator('button:has-text("Save and next"):not([disabled])');
  for (const [index, key] of ["y", "n"].entries()) {
    await page.getByText(`${index} of 3 done`).waitFor();
    await page.getByText("Prediction", { exact: true }).waitFor();
    await page.keyboard.press(key);
    await ready.waitFor();
    await page.keyboard.press("Enter");
  }
  await page.getByText("2 of 3 done").waitFor();
  await page.keyboard.press("s");
  await page.getByText("Nothing left for you in this queue").waitFor();

  await page.getByRole("link", { name: "Back to the Feedback tab" }).click();
  await page.getByRole("table", { name: "Scores" }).getByText("Domain expert").first().waitFor();
  await page.getByText("2 of 3 done · 1 skipped").waitFor();
});

it("follows the system's dark scheme and shows where keyboard focus is on the board", async () => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(server.url);
  await page.getByTestId("project-card").first().waitFor();
  expect(await page.evaluate(() => document.documentElement.getAttribute("data-mantine-color-scheme"))).toBe("dark");
  // Tab to the first card: it shows a focus outline.
  const card = page.getByTestId("project-card").first();
  for (let press = 0; press < 40 && !(await card.evaluate((element) => element === document.activeElement)); press += 1) await page.keyboard.press("Tab");
  expect(await card.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await card.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
  await page.emulateMedia({ colorScheme: "light" });
});
