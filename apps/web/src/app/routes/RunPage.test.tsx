import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../testing/api-stub";
import { buildProject, buildRun } from "../../testing/builders";
import { renderRoute } from "../../testing/render";

const project = buildProject();
const base = `/api/v1/projects/${project.id}`;
const run = buildRun();
const other = buildRun({ id: "9c1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", name: "knn-k9", fitVerdict: "OVERFIT", params: [{ key: "learning_rate", value: 0.01, text: "0.01", type: "number" }, { key: "k", value: 9, text: "9", type: "number" }] });
const experiment = { id: run.experimentId, projectId: project.id, name: "knn sweep", description: null, tags: {}, createdAt: run.createdAt, updatedAt: run.updatedAt, runCount: 2 };

function sampled(runIds: string[], sampledFlag: boolean) {
  return { series: runIds.map((runId) => ({ runId, key: "loss", sampled: sampledFlag, total: 100, points: [{ step: 0, value: 1.4 }, { step: 99, value: 0.2 }] })) };
}

function stubRunPages(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/v1/projects/spam-filter": () => ({ status: 200, body: project }),
    [`GET ${base}/runs/${run.id}`]: () => ({ status: 200, body: run }),
    [`GET ${base}/experiments/${run.experimentId}`]: () => ({ status: 200, body: experiment }),
    [`GET ${base}/runs/${run.id}/fit`]: () => ({
      status: 200,
      body: {
        metric: "loss",
        direction: "LOWER_IS_BETTER",
        target: null,
        available: ["loss"],
        diagnosis: {
          verdict: "OVERFIT",
          reason: "Validation got 40.0 % worse after its best at step 30 while training kept improving (high variance).",
          evidence: { bestStep: 30, bestValidation: 0.3, finalTrain: 0.05, finalValidation: 0.42, gap: 7.4, validationRise: 0.4, tailImprovement: -0.1, bias: null, variance: 7.4, spreadAcrossRuns: null },
          thresholds: { minPoints: 5, tail: 0.2, maxGap: 0.2, riseTolerance: 0.05, steepImprovement: 0.05 },
        },
      },
    }),
    [`GET ${base}/metrics/sampled`]: (request) => ({ status: 200, body: sampled(request.query.get("runIds")!.split(","), request.query.get("split") === "train") }),
    ...extra,
  });
}

describe("RunPage", () => {
  it("shows facts, params well-known first, tags, summaries and a chart per metric with its splits and the sampled marker", async () => {
    const calls = stubRunPages();
    renderRoute(`/projects/spam-filter/runs/${run.id}`);
    expect(await screen.findByRole("heading", { name: "knn-k5" })).toBeInTheDocument();
    expect(screen.getByText("2 min")).toBeInTheDocument();
    expect(screen.getByText("git 1a2b3c train.py")).toBeInTheDocument();
    const params = within(screen.getByRole("table", { name: "Params" })).getAllByRole("row");
    expect(params.map((row) => row.textContent)).toEqual(["learning_rate0.01number", "k5number"]);
    expect(screen.getByText("team=nlp")).toBeInTheDocument();
    expect(within(screen.getByRole("table", { name: "Metric summaries" })).getByText("NaN")).toBeInTheDocument();

    expect(await screen.findByRole("img", { name: "loss: 4 points, sampled" })).toBeInTheDocument();
    const fit = await screen.findByRole("region", { name: "Fit diagnosis" });
    expect(within(fit).getByText("Overfitting")).toBeInTheDocument();
    expect(within(fit).getByText(/worse after its best at step 30/)).toBeInTheDocument();
    expect(within(fit).getByText("0.3 at step 30")).toBeInTheDocument();
    expect(screen.getByText("sampled")).toBeInTheDocument();
    const chartCalls = calls.filter((call) => call.path === `${base}/metrics/sampled`);
    expect(chartCalls.map((call) => call.query.get("split")).sort()).toEqual(["train", "validation"]);
    expect(chartCalls.every((call) => call.query.get("runIds") === run.id && call.query.get("keys") === "loss")).toBe(true);
  });

  it("saves notes", async () => {
    const calls = stubRunPages({ [`PATCH ${base}/runs/${run.id}`]: (request) => ({ status: 200, body: { ...run, notes: (request.body as { notes: string }).notes } }) });
    const { user } = renderRoute(`/projects/spam-filter/runs/${run.id}`);
    await user.type(await screen.findByLabelText("Notes"), "k=5 over-fits");
    await user.click(screen.getByRole("button", { name: "Save notes" }));
    await waitFor(() => expect(calls.find((call) => call.method === "PATCH")?.body).toEqual({ notes: "k=5 over-fits" }));
  });

  it("sets and removes tags", async () => {
    const calls = stubRunPages({
      [`PUT ${base}/runs/${run.id}/tags`]: (request) => ({ status: 200, body: { ...run, tags: { ...run.tags, dataset: (request.body as { value: string }).value } } }),
      [`DELETE ${base}/runs/${run.id}/tags/team`]: () => ({ status: 200, body: { ...run, tags: {} } }),
    });
    const { user } = renderRoute(`/projects/spam-filter/runs/${run.id}`);
    const form = await screen.findByRole("form", { name: "Set a tag" });
    await user.type(within(form).getByLabelText("Tag"), "dataset");
    await user.type(within(form).getByLabelText("Value"), "enron-v2");
    await user.click(within(form).getByRole("button", { name: "Set tag" }));
    await waitFor(() => expect(calls.find((call) => call.method === "PUT")?.body).toEqual({ key: "dataset", value: "enron-v2" }));
    await user.click(screen.getByRole("button", { name: "Remove tag team" }));
    await waitFor(() => expect(calls.some((call) => call.method === "DELETE" && call.path.endsWith("/tags/team"))).toBe(true));
  });

  it("opens the tab the URL names and keeps the chosen tab in the URL", async () => {
    stubRunPages({ [`GET ${base}/runs/${run.id}/evaluations`]: () => ({ status: 200, body: { items: [] } }), [`GET ${base}/runs/${run.id}/artifacts`]: () => ({ status: 200, body: { items: [], truncated: false } }) });
    const { user, router } = renderRoute(`/projects/spam-filter/runs/${run.id}?tab=evaluations`);
    expect(await screen.findByRole("tab", { name: "Evaluations", selected: true })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Artifacts" }));
    await waitFor(() => expect(router.state.location.search).toBe("?tab=artifacts"));
  });

  it("names the run and its project in the page title", async () => {
    stubRunPages();
    renderRoute(`/projects/spam-filter/runs/${run.id}`);
    await screen.findByRole("heading", { name: run.name });
    await waitFor(() => expect(document.title).toBe(`${run.name} · ${project.name} · Lifecycle`));
  });

  it("asks before deleting a run, and deletes it only when confirmed", async () => {
    const calls = stubRunPages({ [`DELETE ${base}/runs/${run.id}`]: () => ({ status: 204 }) });
    const { user } = renderRoute(`/projects/spam-filter/runs/${run.id}`);
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete run" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(await screen.findByRole("dialog", { name: "Delete run" })).getByRole("button", { name: "Delete run" }));
    await waitFor(() => expect(calls.some((call) => call.method === "DELETE")).toBe(true));
  });

  it("says so when the run does not exist", async () => {
    stubRunPages({ [`GET ${base}/runs/${run.id}`]: () => ({ status: 404, body: { statusCode: 404, error: "Not Found", code: "RUN_NOT_FOUND", message: "No run", correlationId: "c" } }) });
    renderRoute(`/projects/spam-filter/runs/${run.id}`);
    expect(await screen.findByText(/no such run/i)).toBeInTheDocument();
  });
});

describe("ComparePage", () => {
  it("marks differing params, draws parallel coordinates and overlays both runs' series", async () => {
    const calls = stubRunPages({
      [`GET ${base}/runs/compare`]: () => ({
        status: 200,
        body: {
          runs: [run, other],
          params: [
            { key: "learning_rate", values: [0.01, 0.01], differs: false },
            { key: "k", values: [5, 9], differs: true },
          ],
          metrics: [{ key: "loss", split: "train", values: [0.2, 0.3] }],
        },
      }),
    });
    const { user } = renderRoute(`/projects/spam-filter/experiments/${run.experimentId}/compare?runs=${run.id},${other.id}`);
    expect(await screen.findByRole("heading", { name: "Comparing 2 runs" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Run comparison" });
    const differing = within(table).getAllByRole("row").filter((row) => row.hasAttribute("data-differs"));
    expect(differing.map((row) => row.textContent)).toEqual(["k differs59"]);
    expect(within(table).getByText("overfit")).toBeInTheDocument();
    await user.click(screen.getByRole("switch", { name: /Only the 1 param that differ/ }));
    expect(within(table).queryByText("learning_rate")).not.toBeInTheDocument();

    expect(screen.getByRole("img", { name: "Parallel coordinates of k, loss (train)" })).toBeInTheDocument();
    expect(await screen.findByRole("img", { name: /^loss: 8 points/ })).toBeInTheDocument();
    expect(calls.find((call) => call.path === `${base}/runs/compare`)?.query.get("runIds")).toBe(`${run.id},${other.id}`);
    expect(calls.filter((call) => call.path === `${base}/metrics/sampled`).every((call) => call.query.get("runIds") === `${run.id},${other.id}`)).toBe(true);
  });

  it("asks for two runs when given fewer", async () => {
    stubRunPages();
    renderRoute(`/projects/spam-filter/experiments/${run.experimentId}/compare?runs=${run.id}`);
    expect(await screen.findByText("Pick at least two runs to compare")).toBeInTheDocument();
  });
});
