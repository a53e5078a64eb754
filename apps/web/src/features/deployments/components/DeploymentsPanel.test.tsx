import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { buildDeployment, buildModel, buildModelVersion } from "../../../testing/builders";
import { renderWithProviders } from "../../../testing/render";
import { DeploymentsPanel } from "./DeploymentsPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const base = `/api/v1/projects/${projectId}/deployments`;
const models = `/api/v1/projects/${projectId}/models`;
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const model = buildModel();
const v1 = buildModelVersion({ approval: { status: "APPROVED", reason: "ok", by: "Ana", at: "2026-11-27T11:00:00.000Z", override: false, problems: [] } });
const v2 = buildModelVersion({ id: "6d1c1f55-2a57-4c57-9a43-3d1d2d6a3c02", version: 2 });
const canaried = buildDeployment({
  variants: [
    { ...buildDeployment().variants[0]!, trafficPercent: 80 },
    { name: "canary", role: "CANARY", trafficPercent: 20, samplingPercent: null, modelVersion: { id: v2.id, modelId: model.id, modelName: model.name, version: 2, approval: "APPROVED" }, baseModel: null, customization: null },
    { name: "shadow", role: "SHADOW", trafficPercent: null, samplingPercent: 5, modelVersion: null, baseModel: "llama-3-8b", customization: "lora-7" },
  ],
});

function stubDeployments(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    [`GET ${base}`]: () => ({ status: 200, body: page([canaried]) }),
    [`GET ${models}`]: () => ({ status: 200, body: page([model]) }),
    [`GET ${models}/${model.id}/versions`]: () => ({ status: 200, body: page([v2, v1]) }),
    ...extra,
  });
}

describe("DeploymentsPanel", () => {
  it("shows each deployment's traffic split, variants, status and environment", async () => {
    stubDeployments();
    renderWithProviders(<DeploymentsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    const card = await screen.findByRole("region", { name: "Deployment spam-prod" });
    expect(within(card).getByText("live")).toBeInTheDocument();
    expect(within(card).getByText("production")).toBeInTheDocument();
    expect(within(card).getByLabelText("primary 80 %")).toBeInTheDocument();
    expect(within(card).getByLabelText("canary 20 %")).toBeInTheDocument();
    expect(within(card).getByText(/shadow shadow: llama-3-8b \+ lora-7, mirrors 5 % of requests/)).toBeInTheDocument();
    expect(within(card).getByRole("link", { name: "spam-classifier v2" })).toHaveAttribute("href", `/projects/spam-filter/models/${model.id}/versions/2`);
  });

  it("refuses, before sending, variants whose live traffic does not add up to 100 %", async () => {
    const calls = stubDeployments();
    const { user } = renderWithProviders(<DeploymentsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    await user.click(await screen.findByRole("button", { name: "New deployment" }));
    const dialog = await screen.findByRole("dialog", { name: "New deployment" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Name/ }), "spam-staging");
    await user.click(within(dialog).getByRole("button", { name: "Add variant" }));
    const canary = within(dialog).getByLabelText("Variant 2");
    for (const variant of [within(dialog).getByLabelText("Variant 1"), canary]) await user.type(within(variant).getByRole("textbox", { name: "or base model" }), "llama-3-8b");
    await user.clear(within(canary).getByRole("spinbutton", { name: "Traffic %" }));
    await user.type(within(canary).getByRole("spinbutton", { name: "Traffic %" }), "10");
    expect(within(dialog).getByText("Live traffic: 110 % of 100 %")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Create deployment" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("add up to 100 %");
    expect(calls.some((call) => call.method === "POST")).toBe(false);
  });

  it("creates a deployment serving a chosen model version", async () => {
    const calls = stubDeployments({ [`POST ${base}`]: () => ({ status: 201, body: buildDeployment({ name: "spam-staging", environment: "STAGING" }) }) });
    const { user } = renderWithProviders(<DeploymentsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    await user.click(await screen.findByRole("button", { name: "New deployment" }));
    const dialog = await screen.findByRole("dialog", { name: "New deployment" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Name/ }), "spam-staging");
    await user.type(within(dialog).getByRole("spinbutton", { name: "Instances" }), "2");
    await user.click(within(dialog).getByRole("combobox", { name: "Model" }));
    await user.click(await screen.findByRole("option", { name: "spam-classifier", hidden: true }));
    await user.click(within(dialog).getByRole("combobox", { name: "Version" }));
    await user.click(await screen.findByRole("option", { name: /v1 · approved/, hidden: true }));
    await user.click(within(dialog).getByRole("button", { name: "Create deployment" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")).toBeDefined());
    const body = calls.find((call) => call.method === "POST")!.body as { name: string; environment: string; capacity: object; variants: object[] };
    expect(body).toMatchObject({ name: "spam-staging", environment: "STAGING", capacity: { instances: 2 } });
    expect(body.variants).toEqual([expect.objectContaining({ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersionId: v1.id })]);
  });

  it("shifts traffic with the version it read, so a concurrent change is refused", async () => {
    const calls = stubDeployments({ [`POST ${base}/${canaried.id}/traffic`]: () => ({ status: 200, body: canaried }) });
    const { user } = renderWithProviders(<DeploymentsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    await user.click(await screen.findByRole("button", { name: "Shift traffic" }));
    const dialog = await screen.findByRole("dialog", { name: "Shift traffic: spam-prod" });
    const [primary, canary] = [within(dialog).getByLabelText("Variant 1"), within(dialog).getByLabelText("Variant 2")];
    await user.clear(within(primary).getByRole("spinbutton", { name: "Traffic %" }));
    await user.type(within(primary).getByRole("spinbutton", { name: "Traffic %" }), "50");
    await user.clear(within(canary).getByRole("spinbutton", { name: "Traffic %" }));
    await user.type(within(canary).getByRole("spinbutton", { name: "Traffic %" }), "50");
    await user.type(within(dialog).getByRole("textbox", { name: "Reason" }), "canary healthy");
    await user.click(within(dialog).getByRole("button", { name: "Shift traffic" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")).toBeDefined());
    const body = calls.find((call) => call.method === "POST")!.body as { version: number; variants: Array<{ trafficPercent: number | null; modelVersionId: string | null }> };
    expect(body.version).toBe(3);
    expect(body.variants.map((variant) => variant.trafficPercent)).toEqual([50, 50, null]);
    expect(body.variants[1]!.modelVersionId).toBe(v2.id);
  });

  it("rolls back only with a reason", async () => {
    const calls = stubDeployments({ [`POST ${base}/${canaried.id}/rollback`]: () => ({ status: 200, body: canaried }) });
    const { user } = renderWithProviders(<DeploymentsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    await user.click(await screen.findByRole("button", { name: "Roll back spam-prod" }));
    const dialog = await screen.findByRole("dialog", { name: "Roll back spam-prod" });
    await user.click(within(dialog).getByRole("button", { name: "Roll back" }));
    await waitFor(() => expect(within(dialog).getByRole("textbox", { name: /Reason/ })).toHaveAttribute("aria-invalid", "true"));
    expect(calls.some((call) => call.method === "POST")).toBe(false);
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "canary errors up");
    await user.click(within(dialog).getByRole("button", { name: "Roll back" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({ reason: "canary errors up" }));
  });

  it("says what a deployment is for when there is none", async () => {
    stubApi({ [`GET ${base}`]: () => ({ status: 200, body: page([]) }) });
    renderWithProviders(<DeploymentsPanel projectId={projectId} projectRef="spam-filter" canEdit isLead />);
    expect(await screen.findByText("No deployments yet")).toBeInTheDocument();
  });
});
