import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../testing/api-stub";
import { buildProject } from "../../testing/builders";
import { renderRoute } from "../../testing/render";

const STAGE_NAMES = ["GOALS_KPIS", "PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT", "DEPLOYMENT", "MONITORING", "ITERATION"];
const page = (items: Array<{ currentStage?: string }>) => ({
  status: 200,
  body: { items, total: items.length, page: 1, pageSize: 25, stageCounts: Object.fromEntries(STAGE_NAMES.map((stage) => [stage, items.filter((item) => item.currentStage === stage).length])) },
});

describe("PortfolioPage", () => {
  it("invites creating the first project when there are none", async () => {
    stubApi({ "GET /api/v1/projects": () => page([]) });
    renderRoute("/");
    expect(await screen.findByText("No projects yet")).toBeInTheDocument();
  });

  it("shows an error with a retry when the API fails", async () => {
    stubApi({ "GET /api/v1/projects": () => ({ status: 500, body: { statusCode: 500, code: "INTERNAL_ERROR", message: "An unexpected error occurred.", correlationId: "x" } }) });
    renderRoute("/");
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("An unexpected error occurred.")).toBeInTheDocument();
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("sends the filters to the API and keeps them in the URL", async () => {
    const calls = stubApi({ "GET /api/v1/projects": () => page([buildProject()]) });
    const { user, router } = renderRoute("/");
    await screen.findByRole("link", { name: /Spam filter/ });
    await user.type(screen.getByLabelText("Search"), "spam");
    await waitFor(() => expect(calls.at(-1)?.query.get("q")).toBe("spam"));
    expect(router.state.location.search).toBe("?q=spam");
    // The board's first screen is one request: every column's first page under the filters.
    expect(calls.at(-1)?.query.get("perStage")).toBe("10");
  });

  it("creates a project and opens it", async () => {
    const created = buildProject({ id: "3f1d2b7c-1111-4c57-9a43-3d1d2d6a3c01", slug: "new-one", name: "New one" });
    const calls = stubApi({
      "GET /api/v1/projects": () => page([]),
      "POST /api/v1/projects": () => ({ status: 201, body: created }),
      "GET /api/v1/projects/new-one": () => ({ status: 200, body: created }),
    });
    const { user, router } = renderRoute("/");
    await user.click(await screen.findByRole("button", { name: "New project" }));
    const dialog = await screen.findByRole("dialog", { name: "New project" });
    await user.click(within(dialog).getByRole("button", { name: "Create project" }));
    expect(await within(dialog).findByText("Name is required")).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Name/), "New one");
    await user.click(within(dialog).getByRole("button", { name: "Create project" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/projects/new-one"));
    expect(calls.find((call) => call.method === "POST")?.body).toEqual({ name: "New one" });
  });

  it("shows the server's reason on the field it names", async () => {
    stubApi({
      "GET /api/v1/projects": () => page([]),
      "POST /api/v1/projects": () => ({
        status: 409,
        body: { statusCode: 409, error: "Conflict", code: "SLUG_TAKEN", message: "The slug is taken.", details: [{ path: "slug", message: "Already taken" }], correlationId: "c" },
      }),
    });
    const { user } = renderRoute("/");
    await user.click(await screen.findByRole("button", { name: "New project" }));
    const dialog = await screen.findByRole("dialog", { name: "New project" });
    await user.type(within(dialog).getByLabelText(/Name/), "Spam");
    await user.type(within(dialog).getByLabelText(/Slug/), "spam");
    await user.click(within(dialog).getByRole("button", { name: "Create project" }));
    expect(await within(dialog).findByText("Already taken")).toBeInTheDocument();
  });
});
