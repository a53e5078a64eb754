import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { EvaluationsPanel } from "./EvaluationsPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const runId = "9b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/runs/${runId}/evaluations`;
const classification = {
  id: "1b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
  runId,
  split: "test",
  kind: "CLASSIFICATION",
  name: null,
  metrics: { accuracy: 0.85 },
  classification: {
    labels: ["ham", "spam"],
    matrix: [[50, 10], [5, 35]],
    total: 100,
    accuracy: 0.85,
    perClass: [
      { label: "ham", precision: 50 / 55, recall: 50 / 60, f1: 100 / 115, support: 60, predicted: 55 },
      { label: "spam", precision: 35 / 45, recall: 35 / 40, f1: 70 / 85, support: 40, predicted: 45 },
    ],
    macro: { precision: 0.84, recall: 0.85, f1: 0.846 },
    weighted: { precision: 0.85, recall: 0.85, f1: 0.851 },
    curves: { positiveLabel: "spam", roc: [{ x: 0, y: 0 }, { x: 0.5, y: 1 }, { x: 1, y: 1 }], rocAuc: 0.75, pr: [{ x: 0.5, y: 1 }, { x: 1, y: 0.5 }], averagePrecision: 0.83 },
  },
  regression: null,
  generation: null,
  createdAt: "2026-11-27T10:00:00.000Z",
};

describe("EvaluationsPanel", () => {
  it("draws the confusion matrix as counts or row shares, with the per-class report and curves", async () => {
    stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [classification] } }) });
    const { user } = renderWithProviders(<EvaluationsPanel projectId={projectId} runId={runId} canEdit />);
    const card = await screen.findByRole("region", { name: "Evaluation: classification on test" });
    const heatmap = within(card).getByRole("table", { name: "Confusion matrix" });
    expect(within(heatmap).getByTitle("spam predicted as ham: 5 (12.5 % of the row)")).toHaveTextContent("5");
    await user.click(within(card).getByText("Row-normalised"));
    expect(within(heatmap).getByTitle("ham predicted as ham: 50 (83.3 % of the row)")).toHaveTextContent("83.3 %");
    expect(within(within(card).getByRole("table", { name: "Per-class metrics" })).getByText("0.875")).toBeInTheDocument();
    expect(within(card).getByRole("img", { name: "ROC curve, AUC 0.750" })).toBeInTheDocument();
    expect(within(card).getByText("accuracy 85.0 %")).toBeInTheDocument();
  });

  it("sends a confusion matrix typed as rows, and pasted regression pairs as CSV", async () => {
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [] } }),
      [`POST ${url}`]: () => ({ status: 201, body: classification }),
      [`POST ${url}/regression-pairs`]: () => ({ status: 201, body: { ...classification, kind: "REGRESSION" } }),
    });
    const { user } = renderWithProviders(<EvaluationsPanel projectId={projectId} runId={runId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "Add evaluation" }));
    let form = await screen.findByRole("form", { name: "Add evaluation" });
    await user.type(within(form).getByLabelText(/^Labels/), "ham, spam");
    await user.type(within(form).getByLabelText(/^Confusion matrix/), "50 10\n5 35");
    await user.click(within(form).getByRole("button", { name: "Add evaluation" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({ kind: "CLASSIFICATION", split: "test", labels: ["ham", "spam"], matrix: [[50, 10], [5, 35]] }));

    await user.click(await screen.findByRole("button", { name: "Add evaluation" }));
    form = await screen.findByRole("form", { name: "Add evaluation" });
    await user.click(within(form).getByText("Regression"));
    await user.type(within(form).getByLabelText(/^Or paste pairs/), "1,1.5\n2,2.5");
    await user.click(within(form).getByRole("button", { name: "Add evaluation" }));
    await waitFor(() => expect(calls.find((call) => call.path.endsWith("/regression-pairs"))).toBeDefined());
    const streamed = calls.find((call) => call.path.endsWith("/regression-pairs"))!;
    expect(streamed.body).toBe("1,1.5\n2,2.5");
    expect(streamed.headers.get("content-type")).toBe("text/csv");
    expect(streamed.query.get("split")).toBe("test");
  });
});
