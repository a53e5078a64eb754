import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { IterationTimeline } from "./IterationTimeline";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const base = `/api/v1/projects/${projectId}/iterations`;
const kpi = (value: number) => ({ kpiId: "k1", name: "Answer latency p95", unit: "ms", direction: "LOWER_IS_BETTER", target: 1500, value, status: value > 1500 ? "AT_RISK" : "MET" });
const closed = {
  id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c02", number: 2, status: "CLOSED", hypothesis: "Three shorter chunks halve latency",
  changes: [{ kind: "HYPERPARAMETERS", description: "top_k 5 → 3" }],
  triggers: [{ id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c03", kind: "ALERT", summary: "Alert on faq-prod: Answer latency p95 3300 > 3000", alertId: null, monitorId: null, kpiId: null, note: null, valueBefore: 3300, valueAfter: 1340, createdBy: "Dana", createdAt: "2026-12-01T10:00:00.000Z" }],
  kpisBefore: [kpi(3300)], kpisAfter: [kpi(1340)], loopedTo: "MODEL_DEVELOPMENT", outcome: "faq v2 in faq-prod", closeNote: "faster", openedBy: "Dana",
  openedAt: "2026-12-01T10:00:00.000Z", startedAt: "2026-12-01T11:00:00.000Z", closedBy: "Dana", closedAt: "2026-12-02T10:00:00.000Z",
};

describe("IterationTimeline", () => {
  it("shows each pass with its triggers, plan and KPIs before and after", async () => {
    stubApi({ [`GET ${base}`]: () => ({ status: 200, body: { items: [closed], total: 1, page: 1, pageSize: 100 } }) });
    renderWithProviders(<IterationTimeline projectId={projectId} currentIteration={2} canEdit />);
    expect(await screen.findByText("Iteration 2")).toBeInTheDocument();
    expect(screen.getByText(/Alert on faq-prod: Answer latency p95 3300 > 3000 \(3,300 → 1,340\)/)).toBeInTheDocument();
    expect(screen.getByText("Hyperparameters: top_k 5 → 3")).toBeInTheDocument();
    const kpis = screen.getByRole("table", { name: "KPIs before and after" });
    expect(within(kpis).getByText("improved")).toBeInTheDocument();
    expect(screen.getByText("Live: faq v2 in faq-prod — faster")).toBeInTheDocument();
    expect(screen.getByText("Iteration 1")).toBeInTheDocument();
  });

  it("opens the next iteration from a reason a person enters, with a hypothesis and a change", async () => {
    const calls = stubApi({
      [`GET ${base}`]: () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 100 } }),
      [`POST ${base}`]: () => ({ status: 201, body: { ...closed, status: "PLANNED" } }),
    });
    const { user } = renderWithProviders(<IterationTimeline projectId={projectId} currentIteration={1} canEdit />);
    await user.click(await screen.findByRole("button", { name: "Open iteration 2" }));
    const dialog = await screen.findByRole("dialog", { name: "Open iteration 2" });
    await user.type(within(dialog).getByRole("textbox", { name: "What" }), "Legal asks for cited sources");
    await user.click(within(dialog).getByRole("button", { name: "Add reason" }));
    expect(within(dialog).getByText("A changed requirement: Legal asks for cited sources")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: "Hypothesis" }), "Citing articles keeps answers current");
    await user.type(within(dialog).getByRole("textbox", { name: "Change 1" }), "Re-index the help centre");
    await user.click(within(dialog).getByRole("button", { name: "Open iteration" }));
    await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true));
    expect(calls.find((call) => call.method === "POST")!.body).toEqual({
      hypothesis: "Citing articles keeps answers current",
      changes: [{ kind: "NEW_DATA", description: "Re-index the help centre" }],
      triggers: [{ kind: "REQUIREMENT", note: "Legal asks for cited sources" }],
    });
  });

  it("says why a started iteration cannot close yet", async () => {
    stubApi({
      [`GET ${base}`]: () => ({ status: 200, body: { items: [{ ...closed, status: "STARTED", kpisAfter: null, outcome: null, closedAt: null, closedBy: null }], total: 1, page: 1, pageSize: 100 } }),
      [`POST ${base}/${closed.id}/close`]: () => ({ status: 409, body: { statusCode: 409, error: "Conflict", code: "ITERATION_NOT_DEPLOYED", message: "Iteration 2 closes once a new version is live in production.", correlationId: "c" } }),
    });
    const { user } = renderWithProviders(<IterationTimeline projectId={projectId} currentIteration={2} canEdit />);
    expect(await screen.findByText("when it closes")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Close" }));
    const dialog = await screen.findByRole("dialog", { name: "Close iteration 2" });
    await user.click(within(dialog).getByRole("button", { name: "Close iteration" }));
    expect(await within(dialog).findByText("Iteration 2 closes once a new version is live in production.")).toBeInTheDocument();
  });
});
