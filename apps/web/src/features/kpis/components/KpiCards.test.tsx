import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { KpiCards } from "./KpiCards";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/kpis`;

const kpi = {
  id: "9c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b",
  projectId,
  name: "Spam caught",
  description: null,
  unit: "%",
  direction: "HIGHER_IS_BETTER",
  baseline: 80,
  target: 95,
  deadline: "2030-06-30",
  metricKey: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  measurementCount: 2,
  assessment: { current: 87.5, currentAt: "2026-02-01T00:00:00.000Z", progress: 0.5, met: false, onTrack: true, status: "ON_TRACK", projectedAtDeadline: 99 },
  evidence: null,
  trend: [
    { id: "1c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", value: 82, measuredAt: "2026-01-01T00:00:00.000Z", source: null, note: null },
    { id: "2c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", value: 87.5, measuredAt: "2026-02-01T00:00:00.000Z", source: null, note: null },
  ],
};

describe("KpiCards", () => {
  it("shows each KPI's current value, target, progress and trend", async () => {
    stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [kpi] } }) });
    renderWithProviders(<KpiCards projectId={projectId} canEdit />);
    const card = await screen.findByTestId("kpi-card");
    expect(within(card).getByText("87.5%")).toBeInTheDocument();
    expect(within(card).getByText("95%")).toBeInTheDocument();
    expect(within(card).getByText("On track")).toBeInTheDocument();
    expect(within(card).getByText("50% of the way")).toBeInTheDocument();
    expect(within(card).getByRole("img", { name: "Spam caught trend" })).toBeInTheDocument();
  });

  it("adds a KPI, and shows the server's reason on the field it names", async () => {
    let attempts = 0;
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [] } }),
      [`POST ${url}`]: () => {
        attempts += 1;
        return attempts === 1
          ? {
              status: 400,
              body: {
                statusCode: 400,
                error: "Bad Request",
                code: "VALIDATION_FAILED",
                message: "target: Higher is better, so the target must not be below the baseline",
                details: [{ path: "target", message: "Higher is better, so the target must not be below the baseline" }],
                correlationId: "c",
              },
            }
          : { status: 201, body: kpi };
      },
    });
    const { user } = renderWithProviders(<KpiCards projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "Add KPI" }));
    const dialog = await screen.findByRole("dialog", { name: "New KPI" });
    await user.type(within(dialog).getByLabelText(/Name/), "Spam caught");
    await user.type(within(dialog).getByLabelText("Baseline"), "90");
    await user.type(within(dialog).getByLabelText("Target"), "80");
    await user.click(within(dialog).getByRole("button", { name: "Add KPI" }));
    expect(await within(dialog).findByText("Higher is better, so the target must not be below the baseline")).toBeInTheDocument();
    expect(calls.find((call) => call.method === "POST")?.body).toMatchObject({ name: "Spam caught", direction: "HIGHER_IS_BETTER", baseline: 90, target: 80, deadline: null });
    await user.clear(within(dialog).getByLabelText("Target"));
    await user.type(within(dialog).getByLabelText("Target"), "95");
    await user.click(within(dialog).getByRole("button", { name: "Add KPI" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "New KPI" })).not.toBeInTheDocument());
  });

  it("records a measurement taken now without rounding its time to the minute", async () => {
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [kpi] } }),
      [`POST ${url}/${kpi.id}/measurements`]: () => ({
        status: 201,
        body: { id: "3c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", value: 90, measuredAt: "2026-03-01T10:00:00.000Z", source: "A/B test", note: null },
      }),
    });
    const { user } = renderWithProviders(<KpiCards projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "Add measurement" }));
    const dialog = await screen.findByRole("dialog", { name: "Measure Spam caught" });
    await user.click(within(dialog).getByRole("button", { name: "Record" }));
    expect(calls.some((call) => call.method === "POST")).toBe(false);
    await user.type(within(dialog).getByLabelText(/Value/), "90");
    await user.type(within(dialog).getByLabelText("Source"), "A/B test");
    await user.click(within(dialog).getByRole("button", { name: "Record" }));
    await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true));
    const body = calls.find((call) => call.method === "POST")?.body as { value: number; source: string; measuredAt: string };
    expect(body).toMatchObject({ value: 90, source: "A/B test" });
    expect(calls.find((call) => call.method === "POST")?.headers.get("idempotency-key")).toMatch(/^[0-9a-f]{32}$/);
    // Left empty, the server stamps it to the millisecond: two entered in the same minute keep their order.
    expect(body.measuredAt).toBeUndefined();
  });

  it("lists the measurements exactly as entered, corrects one and deletes one after asking", async () => {
    const measurements = [
      { id: "3c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", value: 87.25, measuredAt: "2026-02-01T10:15:30.250Z", source: "weekly report", note: null },
      { id: "4c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", value: 82, measuredAt: "2026-01-01T00:00:00.000Z", source: null, note: null },
    ];
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [kpi] } }),
      [`GET ${url}/${kpi.id}/measurements`]: () => ({ status: 200, body: { items: measurements, total: 2, page: 1, pageSize: 20 } }),
      [`PATCH ${url}/${kpi.id}/measurements/${measurements[0]!.id}`]: () => ({ status: 200, body: { ...measurements[0], value: 87.5 } }),
      [`DELETE ${url}/${kpi.id}/measurements/${measurements[1]!.id}`]: () => ({ status: 204 }),
    });
    const { user } = renderWithProviders(<KpiCards projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "2 measurements" }));
    const list = await screen.findByRole("table", { name: "Measurements of Spam caught" });
    const rows = within(list).getAllByRole("row");
    expect(within(rows[1]!).getByText("87.25")).toBeInTheDocument();
    expect(within(rows[1]!).getByTitle("2026-02-01T10:15:30.250Z")).toBeInTheDocument();
    await user.click(within(rows[1]!).getByRole("button", { name: /^Correct/ }));
    const dialog = await screen.findByRole("dialog", { name: "Correct a measurement of Spam caught" });
    await user.clear(within(dialog).getByLabelText(/Value/));
    await user.type(within(dialog).getByLabelText(/Value/), "87.5");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(calls.find((call) => call.method === "PATCH")?.body).toEqual({ value: 87.5, source: "weekly report", note: "" }));
    await user.click(within(rows[2]!).getByRole("button", { name: /^Delete/ }));
    await user.click(within(await screen.findByRole("dialog", { name: "Delete measurement" })).getByRole("button", { name: "Delete measurement" }));
    await waitFor(() => expect(calls.some((call) => call.method === "DELETE")).toBe(true));
  });
});
