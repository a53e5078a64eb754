import { File as NodeFile } from "node:buffer";
import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { buildDeployment } from "../../../testing/builders";
import { renderWithProviders } from "../../../testing/render";
import { MonitoringPanel } from "./MonitoringPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const deployment = buildDeployment();
const base = `/api/v1/projects/${projectId}/deployments`;
const url = `${base}/${deployment.id}`;
const baselineId = "8e1c1f55-2a57-4c57-9a43-3d1d2d6a3c05";
const otherId = "8e1c1f55-2a57-4c57-9a43-3d1d2d6a3c06";

const amount = { name: "amount", kind: "numeric", count: 600, missing: 0, binning: { method: "quantile", edges: [1, 50, 100], epsilon: 0.0001 }, binCounts: [0, 300, 300, 0], mean: 50, std: 20 };
const baseline = (id: string, name: string, active: boolean) => ({
  id, deploymentId: deployment.id, name, source: "DATA_SET", dataSetVersionId: null, split: null, windowFrom: null, windowTo: null, rowCount: 600, active,
  features: [amount], prediction: null, createdBy: "Ana", createdAt: "2026-12-01T10:00:00.000Z",
});
const drift = (drifted: boolean, binCounts: number[]) => ({
  method: "ks", score: drifted ? 0.0001 : 0.6, statistic: 0.2, threshold: 0.05, drifted, psi: drifted ? 0.4 : 0.01, psiBand: drifted ? "significant" : "stable", referenceCount: 600, windowCount: 900, windowMissing: 0, note: null, binCounts,
});
const report = {
  baseline: { id: baselineId, name: "train" },
  thresholds: { pValue: 0.05, distance: 0.1, psiModerate: 0.1, psiSignificant: 0.25, datasetShare: 0.5 },
  windows: [
    { from: "2026-12-02T10:00:00.000Z", to: "2026-12-02T11:00:00.000Z", count: 900, features: { amount: drift(false, [0, 450, 450, 0]) }, prediction: null, dataset: { features: 1, drifted: 0, share: 0, datasetDrifted: false } },
    { from: "2026-12-02T11:00:00.000Z", to: "2026-12-02T12:00:00.000Z", count: 900, features: { amount: drift(true, [0, 100, 500, 300]) }, prediction: null, dataset: { features: 1, drifted: 1, share: 1, datasetDrifted: true } },
  ],
};
const traffic = {
  windows: [
    { from: "2026-12-02T10:00:00.000Z", to: "2026-12-02T11:00:00.000Z", count: 900, errors: 9, errorRate: 0.01, latencyP50Ms: 12, latencyP95Ms: 30, inputTokens: 0, outputTokens: 0, cost: 0, costPerRequest: null },
    { from: "2026-12-02T11:00:00.000Z", to: "2026-12-02T12:00:00.000Z", count: 900, errors: 9, errorRate: 0.01, latencyP50Ms: 14, latencyP95Ms: 41, inputTokens: 0, outputTokens: 0, cost: 0, costPerRequest: null },
  ],
};

const monitorId = "9e1c1f55-2a57-4c57-9a43-3d1d2d6a3c08";
const alertId = "9e1c1f55-2a57-4c57-9a43-3d1d2d6a3c09";
const monitor = {
  id: monitorId, deploymentId: deployment.id, name: "data set drift", figure: "dataset_drift_share", feature: null, operator: "gte", warning: 0.3, alert: 0.5, window: "1h", cadence: "1h", noData: "NO_DATA",
  state: "ALERT", lastValue: 1, lastWindowTo: "2026-12-02T12:00:00.000Z", nextDueAt: "2026-12-02T13:00:00.000Z", openAlerts: 1, createdBy: "Ana", createdAt: "2026-12-01T10:00:00.000Z",
};
const openAlert = {
  id: alertId, deploymentId: deployment.id, deploymentName: deployment.name, monitorId, monitorName: "data set drift", status: "OPEN",
  message: "data set drift: Share of features that drifted 1 ≥ 0.5 in 2026-12-02T11:00:00.000Z – 2026-12-02T12:00:00.000Z", value: 1,
  windowFrom: "2026-12-02T11:00:00.000Z", windowTo: "2026-12-02T12:00:00.000Z", openedAt: "2026-12-02T12:01:00.000Z",
  acknowledgedBy: null, acknowledgedAt: null, acknowledgeNote: null, resolvedBy: null, resolvedAt: null, resolveNote: null,
};

const outcome = {
  kind: "classification", labels: ["fraud", "ok"], matrix: [[2, 2], [1, 5]],
  report: { total: 10, accuracy: 0.7, perClass: [], macro: { precision: 0.69, recall: 0.68, f1: 0.6833 }, weighted: { precision: 0.7, recall: 0.7, f1: 0.7 } },
};
const performance = {
  reference: { modelVersion: "scorer v3", testMetrics: { accuracy: 0.91, f1_macro: 0.88 } },
  windows: [
    { from: "2026-12-02T10:00:00.000Z", to: "2026-12-02T11:00:00.000Z", labelled: 0, report: null },
    { from: "2026-12-02T11:00:00.000Z", to: "2026-12-02T12:00:00.000Z", labelled: 10, report: outcome },
  ],
  total: outcome,
};

function stubMonitoring(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    [`GET ${url}/monitors`]: () => ({ status: 200, body: { items: [monitor] } }),
    [`GET /api/v1/projects/${projectId}/alerts`]: (request) => ({ status: 200, body: request.query.get("status") === "RESOLVED" ? { items: [], total: 0, page: 1, pageSize: 20 } : { items: [openAlert], total: 1, page: 1, pageSize: 20 } }),
    [`GET ${base}`]: () => ({ status: 200, body: { items: [deployment], total: 1, page: 1, pageSize: 20 } }),
    [`GET ${url}/traffic`]: () => ({ status: 200, body: traffic }),
    [`GET ${url}/performance`]: () => ({ status: 200, body: performance }),
    [`GET ${url}/drift`]: () => ({ status: 200, body: report }),
    [`GET ${url}/baselines`]: () => ({ status: 200, body: { items: [baseline(baselineId, "train", true), baseline(otherId, "older", false)] } }),
    ...extra,
  });
}

describe("MonitoringPanel", () => {
  it("shows production metrics from the actuals beside the deployed version's test figures", async () => {
    stubMonitoring();
    renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    const table = await screen.findByRole("table", { name: "Production against test" });
    expect(within(table).getByRole("columnheader", { name: "Test (scorer v3)" })).toBeInTheDocument();
    const accuracy = within(table).getByRole("row", { name: /accuracy/ });
    expect(within(accuracy).getByText("0.7")).toBeInTheDocument();
    expect(within(accuracy).getByText("0.91")).toBeInTheDocument();
    expect(within(screen.getByRole("table", { name: "Production confusion matrix" })).getByText("5")).toBeInTheDocument();
    expect(within(screen.getByRole("table", { name: "Production metrics by window" })).getAllByRole("row")).toHaveLength(2);
  });

  it("shows traffic and a drift heatmap whose cells open the feature's histograms", async () => {
    const calls = stubMonitoring();
    const { user } = renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    const trafficSection = await screen.findByRole("region", { name: "Traffic" });
    expect(await within(trafficSection).findByText("1,800")).toBeInTheDocument();
    expect(within(trafficSection).getByText("1.00 %")).toBeInTheDocument();
    expect(within(trafficSection).getByText("14 / 41 ms")).toBeInTheDocument();
    const heatmap = await screen.findByRole("table", { name: "Drift of each feature by window" });
    const cells = within(heatmap).getAllByRole("button", { name: /^amount,/ });
    expect(cells).toHaveLength(2);
    expect(cells[1]).toHaveAccessibleName(expect.stringContaining("drifted: Kolmogorov–Smirnov p 0.000100, PSI 0.400 (significant), 900 values"));
    expect(within(heatmap).getAllByRole("img", { name: /data set/ })[1]).toHaveAccessibleName(expect.stringContaining("1 of 1 features drifted — data set drift"));
    await user.click(cells[1]!);
    const bins = await screen.findByRole("table", { name: "Bins of amount" });
    const rows = within(bins).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent))).toEqual([
      ["< 1", "", "0.0 %", "0.0 %"],
      ["1 – 50", "", "50.0 %", "11.1 %"],
      ["50 – 100", "", "50.0 %", "55.6 %"],
      ["≥ 100", "", "0.0 %", "33.3 %"],
    ]);
    // The span asked for is the last 24 hours in hourly windows.
    const asked = calls.find((call) => call.path === `${url}/drift`)!;
    expect(asked.query.get("window")).toBe("1h");
    expect(new Date(asked.query.get("to")!).getTime() - new Date(asked.query.get("from")!).getTime()).toBe(24 * 3_600_000);
  });

  it("makes another baseline active and refreshes the drift", async () => {
    let active = baselineId;
    const calls = stubMonitoring({
      [`GET ${url}/baselines`]: () => ({ status: 200, body: { items: [baseline(baselineId, "train", active === baselineId), baseline(otherId, "older", active === otherId)] } }),
      [`POST ${url}/baselines/${otherId}/activate`]: () => {
        active = otherId;
        return { status: 200, body: baseline(otherId, "older", true) };
      },
    });
    const { user } = renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "Measure drift against older" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Measure drift against older" })).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Measure drift against train" })).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((call) => call.path === `${url}/drift`).length).toBeGreaterThan(1));
  });

  it("uploads a training split as CSV, named, with its prediction column", async () => {
    const calls = stubMonitoring({ [`POST ${url}/baselines/upload`]: () => ({ status: 201, body: baseline("8e1c1f55-2a57-4c57-9a43-3d1d2d6a3c07", "split 3", true) }) });
    const { user, container } = renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "Upload a baseline" }));
    const dialog = await screen.findByRole("dialog", { name: "Upload a baseline" });
    await user.click(within(dialog).getByRole("button", { name: "Upload baseline" }));
    expect(await within(dialog).findByText("Choose a CSV or JSON-lines file")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: /^Name/ }), "split 3");
    await user.type(within(dialog).getByRole("textbox", { name: /^Prediction column/ }), "label");
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;
    // Node's File: the test environment's fetch (Node's) sends Node's Blobs as they are, as a browser sends its own.
    await user.upload(input, new NodeFile(["amount,label\n1,ok\n"], "train.csv", { type: "text/csv" }) as unknown as File);
    await user.click(within(dialog).getByRole("button", { name: "Upload baseline" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Upload a baseline" })).not.toBeInTheDocument());
    const sent = calls.find((call) => call.method === "POST")!;
    expect(sent.headers.get("content-type")).toBe("text/csv");
    expect(Object.fromEntries(sent.query)).toEqual({ name: "split 3", activate: "true", predictionColumn: "label" });
    expect(sent.body).toBe("amount,label\n1,ok\n");
  });

  it("lists open alerts and acknowledges one with a note; shows each monitor's rule and state", async () => {
    let acknowledged = false;
    const calls = stubMonitoring({
      [`POST /api/v1/projects/${projectId}/alerts/${alertId}/acknowledge`]: () => {
        acknowledged = true;
        return { status: 200, body: { ...openAlert, status: "ACKNOWLEDGED", acknowledgedBy: "Ana", acknowledgeNote: "on it" } };
      },
    });
    const { user } = renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    const alerts = await screen.findByRole("table", { name: "Alerts" });
    expect(within(alerts).getByText(/Share of features that drifted 1 ≥ 0.5/)).toBeInTheDocument();
    const monitors = await screen.findByRole("table", { name: "Monitors" });
    expect(within(monitors).getByText("Share of features that drifted ≥ 0.5 (warning 0.3) · 1h windows every 1h")).toBeInTheDocument();
    expect(within(monitors).getByText("alert")).toBeInTheDocument();
    await user.click(within(alerts).getByRole("button", { name: "Acknowledge data set drift" }));
    const dialog = await screen.findByRole("dialog", { name: "Acknowledge the alert" });
    await user.type(within(dialog).getByRole("textbox", { name: "Note" }), "on it");
    await user.click(within(dialog).getByRole("button", { name: "Acknowledge" }));
    await waitFor(() => expect(acknowledged).toBe(true));
    expect(calls.find((call) => call.method === "POST")!.body).toEqual({ note: "on it" });
  });

  it("checks a new monitor on its schema before sending: a feature for feature PSI, the warning before the alert", async () => {
    const calls = stubMonitoring();
    const { user } = renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "New monitor" }));
    const dialog = await screen.findByRole("dialog", { name: "New monitor" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Name/ }), "amount psi");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Figure" }), "feature_psi");
    await user.clear(within(dialog).getByRole("spinbutton", { name: /^Warning threshold/ }));
    await user.type(within(dialog).getByRole("spinbutton", { name: /^Warning threshold/ }), "0.9");
    await user.click(within(dialog).getByRole("button", { name: "Create monitor" }));
    expect(await within(dialog).findByText("Name the feature whose PSI to watch")).toBeInTheDocument();
    expect(within(dialog).getByText(/The warning must come before the alert/)).toBeInTheDocument();
    expect(calls.some((call) => call.method === "POST")).toBe(false);
  });

  it("creates a monitor that feeds a KPI", async () => {
    const kpiId = "9e1c1f55-2a57-4c57-9a43-3d1d2d6a3c10";
    const calls = stubMonitoring({
      [`GET /api/v1/projects/${projectId}/kpis`]: () => ({ status: 200, body: { items: [{ id: kpiId, name: "Latency p95" }] } }),
      [`POST ${url}/monitors`]: (request) => ({ status: 201, body: { ...monitor, ...(request.body as object), id: "9e1c1f55-2a57-4c57-9a43-3d1d2d6a3c11", state: null } }),
    });
    const { user } = renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    await user.click(await screen.findByRole("button", { name: "New monitor" }));
    const dialog = await screen.findByRole("dialog", { name: "New monitor" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Name/ }), "latency");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Figure" }), "latency_p95");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Alert when the figure is" }), "gt");
    await user.clear(within(dialog).getByRole("spinbutton", { name: /^Alert threshold/ }));
    await user.type(within(dialog).getByRole("spinbutton", { name: /^Alert threshold/ }), "300");
    await user.clear(within(dialog).getByRole("spinbutton", { name: /^Warning threshold/ }));
    await user.selectOptions(await within(dialog).findByRole("combobox", { name: /^Feeds the KPI/ }), "Latency p95");
    await user.click(within(dialog).getByRole("button", { name: "Create monitor" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "New monitor" })).not.toBeInTheDocument());
    expect(calls.find((call) => call.method === "POST")!.body).toEqual({ name: "latency", figure: "latency_p95", operator: "gt", warning: null, alert: 300, window: "1h", cadence: "1h", noData: "NO_DATA", kpiId });
  });

  it("says what is missing: no deployment, or no active baseline", async () => {
    stubMonitoring({ [`GET ${url}/drift`]: () => ({ status: 200, body: { ...report, baseline: null, windows: [] } }), [`GET ${url}/baselines`]: () => ({ status: 200, body: { items: [] } }) });
    renderWithProviders(<MonitoringPanel projectId={projectId} canEdit={false} />);
    expect(await screen.findByText("No active baseline")).toBeInTheDocument();
    expect(await screen.findByText("No baseline yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Upload a baseline" })).not.toBeInTheDocument();
  });

  it("offers to create a deployment when there is none", async () => {
    stubMonitoring({ [`GET ${base}`]: () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } }) });
    renderWithProviders(<MonitoringPanel projectId={projectId} canEdit />);
    expect(await screen.findByText("Nothing to monitor yet")).toBeInTheDocument();
  });
});
