import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { buildModel, buildModelVersion } from "../../../testing/builders";
import { renderWithProviders } from "../../../testing/render";
import { RegisterVersionButton } from "./RegisterVersionModal";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const runId = "9b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const base = `/api/v1/projects/${projectId}/models`;
const model = buildModel();
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

describe("RegisterVersionButton", () => {
  it("creates the model when its name is new, then registers the run's artifacts as its version", async () => {
    const calls = stubApi({
      [`GET ${base}`]: () => ({ status: 200, body: page([]) }),
      [`POST ${base}`]: () => ({ status: 201, body: model }),
      [`POST ${base}/${model.id}/versions`]: () => ({ status: 201, body: buildModelVersion() }),
    });
    const { user } = renderWithProviders(<RegisterVersionButton projectId={projectId} projectRef="spam-filter" runId={runId} />);
    await user.click(screen.getByRole("button", { name: "Register as model version" }));
    const dialog = await screen.findByRole("dialog", { name: "Register as model version" });
    await user.type(within(dialog).getByRole("combobox", { name: /Registered model/ }), "spam-classifier");
    await user.type(within(dialog).getByRole("textbox", { name: "Intended use" }), "Flag spam");
    await user.click(within(dialog).getByRole("button", { name: "Register version" }));
    await waitFor(() => expect(calls.filter((call) => call.method === "POST")).toHaveLength(2));
    const [created, registered] = calls.filter((call) => call.method === "POST");
    expect(created!.body).toEqual({ name: "spam-classifier" });
    expect(registered!.body).toMatchObject({ runId, artifactPath: "model", modelCard: { intendedUse: "Flag spam" } });
  });

  it("adds a version to an existing model, and shows the server's reason on the artifact path", async () => {
    const calls = stubApi({
      [`GET ${base}`]: () => ({ status: 200, body: page([model]) }),
      [`POST ${base}/${model.id}/versions`]: () => ({
        status: 400,
        body: { statusCode: 400, error: "Bad Request", code: "VALIDATION_FAILED", message: "artifactPath: the run has no artifacts under 'modle'", details: [{ path: "artifactPath", message: "The run has no artifacts under 'modle'" }], correlationId: "c" },
      }),
    });
    const { user } = renderWithProviders(<RegisterVersionButton projectId={projectId} projectRef="spam-filter" runId={runId} />);
    await user.click(screen.getByRole("button", { name: "Register as model version" }));
    const dialog = await screen.findByRole("dialog", { name: "Register as model version" });
    await user.type(within(dialog).getByRole("combobox", { name: /Registered model/ }), "spam-classifier");
    const path = within(dialog).getByRole("textbox", { name: /Artifact path/ });
    await user.clear(path);
    await user.type(path, "modle");
    await user.click(within(dialog).getByRole("button", { name: "Register version" }));
    expect(await within(dialog).findByText("The run has no artifacts under 'modle'")).toBeInTheDocument();
    expect(calls.filter((call) => call.method === "POST").map((call) => call.path)).toEqual([`${base}/${model.id}/versions`]);
  });
});
