import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { buildProject } from "../../../testing/builders";
import { renderRoute } from "../../../testing/render";

const token = {
  id: "6d1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
  name: "training cluster",
  prefix: "lc_AbCdEfGh",
  createdAt: "2026-11-20T10:00:00.000Z",
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
  project: null,
};

describe("TokensPage", () => {
  it("creates a token, shows its secret once, and sends the session's CSRF token", async () => {
    let items: unknown[] = [];
    const calls = stubApi({
      "GET /api/v1/tokens": () => ({ status: 200, body: { items } }),
      "POST /api/v1/tokens": () => {
        items = [token];
        return { status: 201, body: { ...token, token: "lc_AbCdEfGhSECRET" } };
      },
    });
    const { user } = renderRoute("/settings/tokens");
    expect(await screen.findByText("No tokens yet")).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "New API token" });
    await user.type(within(form).getByLabelText(/Name/), "training cluster");
    await user.click(within(form).getByRole("button", { name: "Create token" }));
    expect(await screen.findByTestId("new-token")).toHaveTextContent("lc_AbCdEfGhSECRET");
    const post = calls.find((call) => call.method === "POST");
    expect(post?.body).toEqual({ name: "training cluster", expiresOn: null, project: null });
    expect(post?.headers.get("x-csrf-token")).toBe("csrf-123");
    const table = await screen.findByRole("table", { name: "Your API tokens" });
    expect(within(table).getByText("lc_AbCdEfGh…")).toBeInTheDocument();
    expect(within(table).queryByText(/SECRET/)).not.toBeInTheDocument();
  });

  it("asks before revoking", async () => {
    const calls = stubApi({
      "GET /api/v1/tokens": () => ({ status: 200, body: { items: [token] } }),
      [`DELETE /api/v1/tokens/${token.id}`]: () => ({ status: 200, body: { ...token, revokedAt: "2026-11-27T00:00:00.000Z" } }),
    });
    const { user } = renderRoute("/settings/tokens");
    await user.click(await screen.findByRole("button", { name: "Revoke" }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke token" });
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    await user.click(within(dialog).getByRole("button", { name: "Revoke" }));
    await waitFor(() => expect(calls.some((call) => call.method === "DELETE")).toBe(true));
  });

  it("creates a project token for a chosen project and shows its scope", async () => {
    const project = buildProject({ name: "Spam email classifier" });
    let items: unknown[] = [];
    const calls = stubApi({
      "GET /api/v1/tokens": () => ({ status: 200, body: { items } }),
      "GET /api/v1/projects": () => ({ status: 200, body: { items: [project], total: 1, page: 1, pageSize: 200 } }),
      "POST /api/v1/tokens": () => {
        items = [{ ...token, name: "team scripts", project: { id: project.id, slug: project.slug, name: project.name } }];
        return { status: 201, body: { ...items[0]!, token: "lc_TeamSECRET" } };
      },
    });
    const { user } = renderRoute("/settings/tokens");
    const form = await screen.findByRole("form", { name: "New API token" });
    await user.type(within(form).getByLabelText(/Name/), "team scripts");
    await user.click(within(form).getByRole("combobox", { name: "Project (optional)" }));
    await user.click(await screen.findByRole("option", { name: "Spam email classifier", hidden: true }));
    await user.click(within(form).getByRole("button", { name: "Create token" }));
    await screen.findByTestId("new-token");
    expect(calls.find((call) => call.method === "POST")?.body).toEqual({ name: "team scripts", expiresOn: null, project: project.id });
    const table = await screen.findByRole("table", { name: "Your API tokens" });
    expect(within(table).getByText("Spam email classifier")).toBeInTheDocument();
  });
});
