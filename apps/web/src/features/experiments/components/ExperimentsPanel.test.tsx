import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { ExperimentsPanel, parseTagLines } from "./ExperimentsPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/experiments`;

describe("parseTagLines", () => {
  it("reads key=value lines and reports the others", () => {
    expect(parseTagLines("team=nlp\n\n data/version = v3 \nbroken\n=x")).toEqual({ tags: { team: "nlp", "data/version": "v3" }, invalid: ["broken", "=x"] });
  });
});

describe("ExperimentsPanel", () => {
  it("creates an experiment with tags", async () => {
    let items: unknown[] = [];
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items } }),
      [`POST ${url}`]: (request) => {
        const body = request.body as { name: string; tags: Record<string, string> };
        items = [{ id: "9c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", projectId, name: body.name, description: null, tags: body.tags, createdAt: "2026-11-27T00:00:00.000Z", updatedAt: "2026-11-27T00:00:00.000Z" }];
        return { status: 201, body: items[0] };
      },
    });
    const { user } = renderWithProviders(<ExperimentsPanel projectId={projectId} canEdit canDelete />);
    expect(await screen.findByText("No experiments yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "New experiment" }));
    const dialog = await screen.findByRole("dialog", { name: "New experiment" });
    await user.type(within(dialog).getByLabelText(/Name/), "knn-baseline");
    await user.type(within(dialog).getByLabelText(/Tags/), "team=nlp{Enter}oops");
    await user.click(within(dialog).getByRole("button", { name: "Create experiment" }));
    expect(await within(dialog).findByText("Write each tag as key=value: oops")).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText(/Tags/));
    await user.type(within(dialog).getByLabelText(/Tags/), "team=nlp");
    await user.click(within(dialog).getByRole("button", { name: "Create experiment" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({ name: "knn-baseline", tags: { team: "nlp" } }));
    const table = await screen.findByRole("table", { name: "Experiments" });
    expect(within(table).getByText("team=nlp")).toBeInTheDocument();
  });

  it("marks an experiment deleted through MLflow and restores it", async () => {
    const id = "9c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b";
    let deletedAt: string | null = "2026-11-27T10:00:00.000Z";
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [{ id, projectId, name: "mlflow-sweep", description: null, tags: {}, deletedAt, createdAt: "2026-11-27T00:00:00.000Z", updatedAt: "2026-11-27T00:00:00.000Z" }] } }),
      [`POST ${url}/${id}/restore`]: () => {
        deletedAt = null;
        return { status: 200, body: { id, projectId, name: "mlflow-sweep", description: null, tags: {}, deletedAt, createdAt: "2026-11-27T00:00:00.000Z", updatedAt: "2026-11-27T00:00:00.000Z" } };
      },
    });
    const { user } = renderWithProviders(<ExperimentsPanel projectId={projectId} canEdit canDelete={false} />);
    const table = await screen.findByRole("table", { name: "Experiments" });
    expect(within(table).getByText("deleted")).toBeInTheDocument();
    await user.click(within(table).getByRole("button", { name: "Restore mlflow-sweep" }));
    await waitFor(() => expect(within(table).queryByText("deleted")).not.toBeInTheDocument());
    expect(calls.filter((call) => call.method === "POST").map((call) => call.path)).toEqual([`${url}/${id}/restore`]);
  });

  it("offers no changes to viewers", async () => {
    stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [] } }) });
    renderWithProviders(<ExperimentsPanel projectId={projectId} canEdit={false} canDelete={false} />);
    expect(await screen.findByText("No experiments yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "New experiment" })).not.toBeInTheDocument();
  });
});
