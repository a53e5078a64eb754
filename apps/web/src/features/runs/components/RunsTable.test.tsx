import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { RunsTable } from "./RunsTable";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const experimentId = "8a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/experiments/${experimentId}/runs`;

function run(name: string, loss: number | "NaN", learningRate: number) {
  return {
    id: `${name.padEnd(8, "0").slice(0, 8)}-2a57-4c57-9a43-3d1d2d6a3c01`,
    experimentId,
    name,
    status: "FINISHED",
    startTime: "2026-11-27T10:00:00.000Z",
    endTime: "2026-11-27T10:02:00.000Z",
    durationMs: 120_000,
    iteration: 1,
    notes: null,
    source: null,
    baseModel: null,
    approach: null,
    deletedAt: null,
    fitVerdict: null,
    kpis: [],
    createdAt: "2026-11-27T10:00:00.000Z",
    updatedAt: "2026-11-27T10:02:00.000Z",
    params: [{ key: "learning_rate", value: learningRate, text: String(learningRate), type: "number" }],
    tags: {},
    metrics: [{ key: "loss", split: null, latest: loss, latestStep: 9, latestAt: "2026-11-27T10:02:00.000Z", min: loss, max: loss, count: 10 }],
  };
}

describe("RunsTable", () => {
  it("shows runs with their params and metrics, sorts on the server and shows where a filter is wrong", async () => {
    const calls = stubApi({
      [`GET ${url}`]: (request) =>
        request.query.get("filter") === "metrics.loss <"
          ? {
              status: 400,
              body: {
                statusCode: 400,
                error: "Bad Request",
                code: "VALIDATION_FAILED",
                message: "filter: Expected a value (at position 14)",
                details: [{ path: "filter", code: "position:14", message: "Expected a value (at position 14)" }],
                correlationId: "c",
              },
            }
          : { status: 200, body: { items: [run("knn", 0.42, 0.01), run("logreg", "NaN", 0.1)], nextCursor: null } },
    });
    const { user } = renderWithProviders(<RunsTable projectId={projectId} projectRef="demo" experimentId={experimentId} />);
    const table = await screen.findByRole("table", { name: "Runs" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]!).getByText("knn")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("0.42")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("2 min")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("NaN")).toBeInTheDocument();

    await user.click(within(table).getByRole("button", { name: "Sort by loss" }));
    await waitFor(() => expect(calls.at(-1)?.query.get("orderBy")).toBe("metrics.`loss` DESC"));
    expect(await within(table).findByRole("button", { name: "Sort by loss, now descending" })).toBeInTheDocument();

    // Choose columns: hide the learning rate.
    await user.click(screen.getByRole("button", { name: /Columns \(2\)/ }));
    await user.click(await screen.findByRole("checkbox", { name: "learning_rate" }));
    await waitFor(() => expect(within(table).queryByRole("button", { name: /Sort by learning_rate/ })).not.toBeInTheDocument());

    // Comparing needs two runs ticked.
    const compare = screen.getByRole("button", { name: /Compare/ });
    expect(compare).toBeDisabled();
    await user.click(within(table).getByRole("checkbox", { name: "Select knn" }));
    expect(compare).toBeDisabled();
    await user.click(within(table).getByRole("checkbox", { name: "Select logreg" }));
    expect(screen.getByRole("button", { name: "Compare 2 runs" })).toBeEnabled();

    await user.type(screen.getByLabelText("Filter"), "metrics.loss <");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText("The filter was not applied: Expected a value (at position 14)")).toBeInTheDocument();
    // Said once, where it is wrong; the last good results and columns stay.
    expect(screen.getAllByText(/Expected a value/)).toHaveLength(1);
    expect(screen.getByTestId("filter-caret")).toHaveTextContent(/^metrics\.loss <\s*\^$/);
    expect(within(screen.getByRole("table", { name: "Runs" })).getByText("knn")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Columns \(1\)/ })).toBeInTheDocument();
  });

  it("offers a column for each split of a metric, sorted as metrics.key[split] (a sweep that logs only train and validation)", async () => {
    const split = (name: string, train: number, validation: number) => ({
      ...run(name, 0, 0.01),
      metrics: [
        { key: "loss", split: "train", latest: train, latestStep: 9, latestAt: "2026-11-27T10:02:00.000Z", min: train, max: train, count: 10 },
        { key: "loss", split: "validation", latest: validation, latestStep: 9, latestAt: "2026-11-27T10:02:00.000Z", min: validation, max: validation, count: 10 },
      ],
    });
    localStorage.clear(); // the columns another test chose for this experiment
    const calls = stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [split("knn-k5", 0.11, 0.31), split("knn-k7", 0.12, 0.22)], nextCursor: null } }) });
    const { user } = renderWithProviders(<RunsTable projectId={projectId} projectRef="demo" experimentId={experimentId} />);
    const table = await screen.findByRole("table", { name: "Runs" });
    const rows = within(table).getAllByRole("row");
    expect(await within(rows[1]!).findByText("0.11")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("0.31")).toBeInTheDocument();
    await user.click(within(table).getByRole("button", { name: "Sort by loss[validation]" }));
    await waitFor(() => expect(calls.at(-1)?.query.get("orderBy")).toBe("metrics.`loss`[`validation`] DESC"));
    await user.click(screen.getByRole("button", { name: /Columns \(3\)/ }));
    expect(await screen.findByLabelText("loss[train]")).toBeChecked();
    expect(screen.getByLabelText("loss[validation]")).toBeChecked();
    expect(screen.queryByText("None logged yet")).not.toBeInTheDocument();
  });

  it("shows deleted runs when asked, marked, and restores one", async () => {
    const deleted = { ...run("old", 0.9, 0.5), deletedAt: "2026-11-28T10:00:00.000Z" };
    const calls = stubApi({
      [`GET ${url}`]: (request) => ({ status: 200, body: { items: request.query.get("includeDeleted") === "true" ? [run("knn", 0.42, 0.01), deleted] : [run("knn", 0.42, 0.01)], nextCursor: null } }),
      [`POST /api/v1/projects/${projectId}/runs/${deleted.id}/restore`]: () => ({ status: 200, body: { ...deleted, deletedAt: null } }),
    });
    const { user } = renderWithProviders(<RunsTable projectId={projectId} projectRef="demo" experimentId={experimentId} />);
    const table = await screen.findByRole("table", { name: "Runs" });
    expect(within(table).queryByText("old")).not.toBeInTheDocument();
    await user.click(screen.getByRole("switch", { name: "Show deleted runs" }));
    const row = (await within(table).findByText("old")).closest("tr")!;
    expect(within(row).getByText("deleted")).toBeInTheDocument();
    await user.click(within(row).getByRole("button", { name: "Restore old" }));
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path.endsWith("/restore"))).toBe(true));
  });

  it("shows an empty experiment how to log into it, with its own values to copy", async () => {
    stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [], nextCursor: null } }) });
    renderWithProviders(<RunsTable projectId={projectId} projectRef="spam-filter" experimentId={experimentId} experimentName="knn sweep" />);
    const howTo = await screen.findByRole("region", { name: "Log runs into this experiment" });
    expect(within(howTo).getByLabelText("MLflow's Python client, unchanged")).toHaveTextContent(`MLFLOW_TRACKING_URI=${window.location.origin}`);
    expect(within(howTo).getByLabelText("MLflow's Python client, unchanged")).toHaveTextContent('mlflow.set_experiment("spam-filter/knn sweep")');
    expect(within(howTo).getByLabelText("Lifecycle's Node tracker")).toHaveTextContent(`experimentId: "${experimentId}"`);
    expect(within(howTo).getByText(experimentId)).toBeInTheDocument();
    expect(within(howTo).getByRole("button", { name: "Copy the experiment id" })).toBeInTheDocument();
    expect(within(howTo).getByRole("link", { name: "create one" })).toHaveAttribute("href", "/settings/tokens");
  });

  it("keeps its filter, sort, deleted switch and columns in the URL, so a reload or a pasted link shows the same view", async () => {
    const calls = stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [run("knn", 0.42, 0.01)], nextCursor: null } }) });
    const link = "/x?filter=metrics.loss+%3C+0.5&sort=metrics.%60loss%60+ASC&deleted=1&params=&metrics=loss";
    const { user, router } = renderWithProviders(<RunsTable projectId={projectId} projectRef="demo" experimentId={experimentId} />, { url: link });
    const table = await screen.findByRole("table", { name: "Runs" });
    expect(calls[0]!.query.get("filter")).toBe("metrics.loss < 0.5");
    expect(calls[0]!.query.get("orderBy")).toBe("metrics.`loss` ASC");
    expect(calls[0]!.query.get("includeDeleted")).toBe("true");
    expect(screen.getByLabelText("Filter")).toHaveValue("metrics.loss < 0.5");
    expect(within(table).getByRole("button", { name: "Sort by loss, now ascending" })).toBeInTheDocument();
    expect(within(table).queryByRole("button", { name: /Sort by learning_rate/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /Columns \(1\)/ }));
    await user.click(await screen.findByRole("checkbox", { name: "learning_rate" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll("params")).toEqual(["learning_rate"]));
    await user.keyboard("{Escape}");
    await user.click(within(table).getByRole("button", { name: "Sort by loss, now ascending" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("sort")).toBe("metrics.`loss` DESC"));
    await user.clear(screen.getByLabelText("Filter"));
    await user.type(screen.getByLabelText("Filter"), "params.k = 5");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get("filter")).toBe("params.k = 5"));

  });
});
