import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { MoveExperimentButton } from "./MoveExperimentButton";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const targetId = "8b2d2f66-3b68-4d68-8b54-4e2e3e7b4d02";
const experiment = { id: "9c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", projectId, name: "notebook sweep", description: null, tags: {}, deletedAt: null, createdAt: "2026-11-27T00:00:00.000Z", updatedAt: "2026-11-27T00:00:00.000Z" };
const project = (id: string, name: string, myRole: string) => ({ id, name, slug: name.toLowerCase().replaceAll(" ", "-"), myRole });

describe("MoveExperimentButton", () => {
  it("offers the projects where the user contributes and says why a move is refused", async () => {
    const calls = stubApi({
      "GET /api/v1/projects": () => ({ status: 200, body: { items: [project(projectId, "Imports", "LEAD"), project(targetId, "Churn", "CONTRIBUTOR"), project("0d3e3a77-4c79-4e79-9c65-5f3f4f8c5e03", "Read only", "VIEWER")], total: 3, page: 1, pageSize: 200 } }),
      [`POST /api/v1/projects/${projectId}/experiments/${experiment.id}/move`]: () => ({
        status: 409,
        body: { statusCode: 409, error: "Conflict", code: "EXPERIMENT_HAS_LINEAGE", message: 'Run "r1" records data of D v1, a data set of this project: remove its data records before moving the experiment.', correlationId: "c" },
      }),
    });
    const { user } = renderWithProviders(<MoveExperimentButton projectId={projectId} experiment={experiment} />);
    await user.click(screen.getByRole("button", { name: "Move to project…" }));
    const dialog = await screen.findByRole("dialog", { name: "Move experiment" });
    const select = within(dialog).getByRole("combobox", { name: "Project" });
    await waitFor(() => expect(select).toBeEnabled());
    await user.click(select);
    // Mantine renders the options in a portal that jsdom treats as hidden.
    expect(await screen.findByRole("option", { name: "Churn", hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "Read only", hidden: true })).not.toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "Imports", hidden: true })).not.toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: "Churn", hidden: true }));
    await user.click(within(dialog).getByRole("button", { name: "Move" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/records data of D v1/);
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({ toProject: targetId }));
  });
});
