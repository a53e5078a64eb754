import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../testing/api-stub";
import { buildProject, buildStageBoard } from "../../testing/builders";
import { renderRoute } from "../../testing/render";

const project = buildProject();
const base = `/api/v1/projects/${project.id}`;

function stubProject(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    "GET /api/v1/projects/spam-filter": () => ({ status: 200, body: project }),
    [`GET ${base}`]: () => ({ status: 200, body: project }),
    [`GET ${base}/stages`]: () => ({ status: 200, body: buildStageBoard(project) }),
    [`GET ${base}/kpis`]: () => ({ status: 200, body: { items: [] } }),
    ...extra,
  });
}

describe("ProjectPage", () => {
  it("shows the current stage's gate with the reason of each check", async () => {
    stubProject();
    renderRoute("/projects/spam-filter");
    expect(await screen.findByRole("heading", { name: "Spam filter" })).toBeInTheDocument();
    const gate = await screen.findByRole("list", { name: "Gate checks" });
    expect(within(gate).getByText("The project has no business goal yet.")).toBeInTheDocument();
    expect(within(gate).getByText("1 KPI with a target: Recall.")).toBeInTheDocument();
    expect(screen.getByText("No KPIs yet")).toBeInTheDocument();
  });

  it("asks for a reason before overriding an unmet gate, and sends the override", async () => {
    const calls = stubProject({
      [`POST ${base}/transitions`]: () => ({
        status: 201,
        body: {
          project: { ...project, currentStage: "PROBLEM_FRAMING", version: 2 },
          transition: {
            id: "0d6b4f8e-6d1c-4a8a-9a8b-000000000001",
            kind: "ADVANCE",
            fromStage: "GOALS_KPIS",
            toStage: "PROBLEM_FRAMING",
            fromIteration: 1,
            toIteration: 1,
            actor: "anonymous",
            reason: "Sponsor signed off",
            override: true,
            gate: null,
            createdAt: new Date().toISOString(),
          },
        },
      }),
    });
    const { user } = renderRoute("/projects/spam-filter");
    await user.click(await screen.findByRole("button", { name: "Advance to Problem framing" }));
    const dialog = await screen.findByRole("dialog");
    const confirm = within(dialog).getByRole("button", { name: "Override and move" });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Reason for the override/), "Sponsor signed off");
    await user.click(confirm);
    await waitFor(() => expect(calls.some((call) => call.method === "POST")).toBe(true));
    expect(calls.find((call) => call.method === "POST")?.body).toEqual({ to: "PROBLEM_FRAMING", version: 1, override: true, reason: "Sponsor signed off" });
  });

  it("says so when the project does not exist", async () => {
    stubApi({
      "GET /api/v1/projects/ghost": () => ({ status: 404, body: { statusCode: 404, error: "Not Found", code: "PROJECT_NOT_FOUND", message: 'No project "ghost".', correlationId: "c" } }),
    });
    renderRoute("/projects/ghost");
    expect(await screen.findByText('There is no project "ghost".')).toBeInTheDocument();
  });
});

describe("ProjectPage details", () => {
  it("saves details with the version read, and shows a stale-version conflict", async () => {
    const calls = stubProject({
      [`PATCH ${base}`]: () => ({
        status: 409,
        body: {
          statusCode: 409,
          error: "Conflict",
          code: "STALE_VERSION",
          message: "The project changed since you read it (you sent version 1, it is now 2). Reload and try again.",
          details: [{ path: "version", message: "Current version is 2" }],
          correlationId: "c",
        },
      }),
    });
    const { user } = renderRoute("/projects/spam-filter");
    await user.click(await screen.findByRole("button", { name: "Edit details" }));
    const dialog = await screen.findByRole("dialog", { name: "Project details" });
    await user.type(within(dialog).getByLabelText(/Business goal/), "Keep spam out");
    await user.click(within(dialog).getByRole("button", { name: "Save details" }));
    expect(await within(dialog).findByText(/The project changed since you read it/)).toBeInTheDocument();
    expect(calls.find((call) => call.method === "PATCH")?.body).toMatchObject({ version: 1, name: "Spam filter", businessGoal: "Keep spam out", status: "ACTIVE" });
    expect(calls.filter((call) => call.method === "GET" && call.path === base)).toHaveLength(0);
  });

  it("asks before deleting the project", async () => {
    const calls = stubProject({ [`DELETE ${base}`]: () => ({ status: 204 }), "GET /api/v1/projects": () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 200 } }) });
    const { user, router } = renderRoute("/projects/spam-filter");
    await user.click(await screen.findByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete project" });
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    await user.click(within(dialog).getByRole("button", { name: "Delete project" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
    expect(calls.some((call) => call.method === "DELETE")).toBe(true);
  });
});
