import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { buildDeployment } from "../../../testing/builders";
import { renderWithProviders } from "../../../testing/render";
import { FeedbackPanel } from "./FeedbackPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const deployment = buildDeployment();
const base = `/api/v1/projects/${projectId}`;
const url = `${base}/deployments/${deployment.id}`;
const helpfulness = { id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c02", name: "helpfulness", type: "NUMERIC", min: 1, max: 5, options: [], description: "1 useless – 5 solved it", scores: 2, createdAt: "2026-12-01T00:00:00.000Z" };
const summary = {
  config: helpfulness,
  windows: [
    { from: "2026-12-01T00:00:00.000Z", to: "2026-12-01T06:00:00.000Z", count: 1, mean: 4, counts: {} },
    { from: "2026-12-01T06:00:00.000Z", to: "2026-12-01T12:00:00.000Z", count: 1, mean: 2, counts: {} },
  ],
};
const score = { id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c03", config: "helpfulness", value: 2, predictionId: "q1", source: "END_USER", author: "user-18", comment: "outdated policy", timestamp: "2026-12-01T07:00:00.000Z" };

describe("FeedbackPanel", () => {
  it("shows each score config's mean on the deployment and the scores with who gave them", async () => {
    stubApi({
      [`GET ${base}/score-configs`]: () => ({ status: 200, body: { items: [helpfulness] } }),
      [`GET ${base}/deployments`]: () => ({ status: 200, body: { items: [deployment], total: 1, page: 1, pageSize: 20 } }),
      [`GET ${url}/scores/summary`]: () => ({ status: 200, body: summary }),
      [`GET ${url}/scores`]: () => ({ status: 200, body: { items: [score], total: 1, page: 1, pageSize: 25 } }),
    });
    renderWithProviders(<FeedbackPanel projectId={projectId} canEdit />);
    const configs = await screen.findByRole("table", { name: "Scores by config, last 7 days" });
    const row = await within(configs).findByRole("row", { name: /helpfulness/ });
    await waitFor(() => expect(within(row).getByText("3")).toBeInTheDocument());
    const scores = await screen.findByRole("table", { name: "Scores" });
    expect(within(scores).getByText("outdated policy")).toBeInTheDocument();
    expect(within(scores).getByText("End user")).toBeInTheDocument();
  });

  it("creates a categorical config from comma-separated options, refusing a single option", async () => {
    const calls = stubApi({
      [`GET ${base}/score-configs`]: () => ({ status: 200, body: { items: [] } }),
      [`GET ${base}/deployments`]: () => ({ status: 200, body: { items: [deployment], total: 1, page: 1, pageSize: 20 } }),
      [`GET ${url}/scores`]: () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 25 } }),
      [`POST ${base}/score-configs`]: () => ({ status: 201, body: { ...helpfulness, name: "verdict", type: "CATEGORICAL", options: ["correct", "wrong"] } }),
    });
    const { user } = renderWithProviders(<FeedbackPanel projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "New score config" }));
    const dialog = await screen.findByRole("dialog", { name: "New score config" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Name/ }), "verdict");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Type" }), "CATEGORICAL");
    await user.type(within(dialog).getByRole("textbox", { name: /^Options/ }), "correct");
    await user.click(within(dialog).getByRole("button", { name: "Add score config" }));
    expect(await within(dialog).findByText("Give at least two options")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: /^Options/ }), ", wrong");
    await user.click(within(dialog).getByRole("button", { name: "Add score config" }));
    await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true));
    expect(calls.find((call) => call.method === "POST")!.body).toMatchObject({ name: "verdict", type: "CATEGORICAL", options: ["correct", "wrong"], min: null, max: null });
    expect(calls.find((call) => call.method === "POST")!.body).not.toHaveProperty("options.2");
  });
});
