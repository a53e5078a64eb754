import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { buildModel, buildModelVersion } from "../../../testing/builders";
import { renderWithProviders } from "../../../testing/render";
import { ModelsPanel } from "./ModelsPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const model = buildModel({ aliases: [{ alias: "champion", version: 1 }], versionCount: 2, latestVersion: { version: 2, approval: "PENDING", createdAt: "2026-11-28T10:00:00.000Z" } });
const base = `/api/v1/projects/${projectId}/models`;
const v1 = buildModelVersion({ aliases: ["champion"], approval: { status: "APPROVED", reason: "Beats the KPI", by: "Ana", at: "2026-11-27T11:00:00.000Z", override: false, problems: [] } });
const v2 = buildModelVersion({
  id: "6d1c1f55-2a57-4c57-9a43-3d1d2d6a3c02",
  version: 2,
  evidence: { ...v1.evidence, params: { k: "7" }, testMetrics: { recall: 0.88, precision: 0.91 }, fitVerdict: "overfit" },
  approval: { status: "PENDING", reason: null, by: null, at: null, override: false, problems: ["Recall: 0.88 misses its target of 0.9", "the run overfits"] },
});
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 25 });

function stubRegistry(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    [`GET ${base}`]: () => ({ status: 200, body: page([model]) }),
    [`GET ${base}/${model.id}/versions`]: () => ({ status: 200, body: page([v2, v1]) }),
    [`GET ${base}/${model.id}/alias-history`]: () => ({
      status: 200,
      body: page([{ id: "1b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", alias: "champion", fromVersion: null, toVersion: 1, actor: "Ana", reason: "first good one", createdAt: "2026-11-27T11:00:00.000Z" }]),
    }),
    ...extra,
  });
}

describe("ModelsPanel", () => {
  it("lists the model's versions with their evidence, approval and aliases, and the alias history", async () => {
    stubRegistry();
    renderWithProviders(<ModelsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    const table = await screen.findByRole("table", { name: "Versions of spam-classifier" });
    expect(within(table).getByRole("columnheader", { name: "recall (test)" })).toBeInTheDocument();
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]!).getByRole("link", { name: "v2" })).toHaveAttribute("href", `/projects/spam-filter/models/${model.id}/versions/2`);
    expect(within(rows[1]!).getByText("overfit")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("Approved")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("@champion")).toBeInTheDocument();
    // The exact logged figure stays reachable where the cell rounds it.
    expect(within(rows[2]!).getByTitle("0.9412345")).toBeInTheDocument();
    expect(await screen.findByText("“first good one”")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Aliases" })).getByText("@champion → v1")).toBeInTheDocument();
  });

  it("compares two versions' evidence, exactly as logged, marking the rows that differ", async () => {
    stubRegistry();
    const { user } = renderWithProviders(<ModelsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    await user.click(await screen.findByRole("checkbox", { name: "Select v1" }));
    await user.click(screen.getByRole("checkbox", { name: "Select v2" }));
    await user.click(screen.getByRole("button", { name: "Compare v1 and v2" }));
    const compared = await screen.findByRole("table", { name: "Evidence compared" });
    const recall = within(compared).getByText("recall").closest("tr")!;
    expect(recall).toHaveAttribute("data-differs", "true");
    expect(within(recall).getByText("0.9412345")).toBeInTheDocument();
    expect(within(compared).getByText("precision").closest("tr")).not.toHaveAttribute("data-differs");
    expect(within(within(compared).getByText("k").closest("tr")!).getByText("7")).toBeInTheDocument();
  });

  it("shows a lead what the evidence fails and sends an approval only with a reason and an explicit override", async () => {
    const calls = stubRegistry({ [`POST ${base}/${model.id}/versions/2/review`]: () => ({ status: 200, body: { ...v2, approval: { ...v2.approval, status: "APPROVED", override: true } } }) });
    const { user } = renderWithProviders(<ModelsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    const table = await screen.findByRole("table", { name: "Versions of spam-classifier" });
    await user.click(within(within(table).getAllByRole("row")[1]!).getByRole("button", { name: "Approve" }));
    const dialog = await screen.findByRole("dialog", { name: "Approve spam-classifier v2" });
    expect(within(dialog).getByText("Recall: 0.88 misses its target of 0.9")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(within(dialog).getByRole("textbox", { name: /Reason/ })).toHaveAttribute("aria-invalid", "true"));
    expect(calls.some((call) => call.method === "POST")).toBe(false);
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Recall gap accepted for the pilot");
    await user.click(within(dialog).getByRole("checkbox", { name: /Approve anyway/ }));
    await user.click(within(dialog).getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({ decision: "APPROVED", reason: "Recall gap accepted for the pilot", override: true }));
  });

  it("points an alias at a version with a reason", async () => {
    const calls = stubRegistry({ [`PUT ${base}/${model.id}/aliases/champion`]: () => ({ status: 200, body: model }) });
    const { user } = renderWithProviders(<ModelsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    const form = await screen.findByRole("form", { name: "Move an alias" });
    await user.type(within(form).getByRole("textbox", { name: "Alias" }), "champion");
    await user.clear(within(form).getByRole("spinbutton", { name: "Version" }));
    await user.type(within(form).getByRole("spinbutton", { name: "Version" }), "2");
    await user.type(within(form).getByRole("textbox", { name: "Why" }), "better recall");
    await user.click(within(form).getByRole("button", { name: "Point alias" }));
    await waitFor(() => expect(calls.find((call) => call.method === "PUT")?.body).toEqual({ version: 2, reason: "better recall" }));
  });

  it("refuses a reserved alias in the form, naming why", async () => {
    const calls = stubRegistry();
    const { user } = renderWithProviders(<ModelsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    const form = await screen.findByRole("form", { name: "Move an alias" });
    await user.type(within(form).getByRole("textbox", { name: "Alias" }), "latest");
    await user.click(within(form).getByRole("button", { name: "Point alias" }));
    expect(await within(form).findByText(/reserved/i)).toBeInTheDocument();
    expect(calls.some((call) => call.method === "PUT")).toBe(false);
  });

  it("says how to get a first model when there is none", async () => {
    stubApi({ [`GET ${base}`]: () => ({ status: 200, body: page([]) }) });
    renderWithProviders(<ModelsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    expect(await screen.findByText("No registered models yet")).toBeInTheDocument();
  });
});
