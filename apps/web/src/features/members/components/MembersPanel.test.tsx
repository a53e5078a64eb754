import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { MembersPanel } from "./MembersPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/members`;
const lead = { userId: "5b1c1f55-2a57-4c57-9a43-3d1d2d6a3c09", email: "ana@example.com", name: "Ana", role: "LEAD", createdAt: "2026-11-01T00:00:00.000Z" };

describe("MembersPanel", () => {
  it("lets an admin add a member directly, and shows why the last lead cannot be demoted", async () => {
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [lead] } }),
      [`POST ${url}`]: (request) => ({ status: 201, body: { ...lead, userId: "8b1c1f55-2a57-4c57-9a43-3d1d2d6a3c09", email: (request.body as { email: string }).email, name: "Ben", role: "VIEWER" } }),
      [`PATCH ${url}/${lead.userId}`]: () => ({
        status: 409,
        body: { statusCode: 409, error: "Conflict", code: "LAST_LEAD", message: "A project needs at least one lead: make someone else lead first.", correlationId: "c" },
      }),
    });
    const { user } = renderWithProviders(<MembersPanel projectId={projectId} canManage canAddDirectly />);
    const form = await screen.findByRole("form", { name: "Add a member" });
    await user.type(within(form).getByLabelText(/Email/), "ben@example.com");
    await user.selectOptions(within(form).getByLabelText("Role"), "VIEWER");
    await user.click(within(form).getByRole("button", { name: "Add member" }));
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({ email: "ben@example.com", role: "VIEWER" }));

    await user.selectOptions(screen.getByLabelText("Role of Ana"), "VIEWER");
    expect(await screen.findByText("A project needs at least one lead: make someone else lead first.")).toBeInTheDocument();
  });

  it("shows roles read-only to those who are not leads", async () => {
    stubApi({ [`GET ${url}`]: () => ({ status: 200, body: { items: [lead] } }) });
    renderWithProviders(<MembersPanel projectId={projectId} canManage={false} />);
    expect(await screen.findByText("Lead")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Add a member" })).not.toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Invite by email" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove" })).not.toBeInTheDocument();
  });

  it("lets a lead who is no admin invite by email, lists pending invitations and revokes one", async () => {
    const invitation = { id: "9c1c1f55-2a57-4c57-9a43-3d1d2d6a3c07", project: { id: projectId, slug: "spam", name: "Spam" }, email: "ben@example.com", role: "VIEWER", invitedBy: "Ana", createdAt: "2026-12-01T10:00:00.000Z" };
    let pending: unknown[] = [];
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: { items: [lead] } }),
      [`GET /api/v1/projects/${projectId}/invitations`]: () => ({ status: 200, body: { items: pending } }),
      [`POST /api/v1/projects/${projectId}/invitations`]: () => {
        pending = [invitation];
        return { status: 202, body: invitation };
      },
      [`DELETE /api/v1/projects/${projectId}/invitations/${invitation.id}`]: () => {
        pending = [];
        return { status: 204 };
      },
    });
    const { user } = renderWithProviders(<MembersPanel projectId={projectId} canManage />);
    expect(screen.queryByRole("form", { name: "Add a member" })).not.toBeInTheDocument();
    const form = await screen.findByRole("form", { name: "Invite by email" });
    await user.type(within(form).getByLabelText(/Email/), "ben@example.com");
    await user.selectOptions(within(form).getByLabelText("Role"), "VIEWER");
    await user.click(within(form).getByRole("button", { name: "Invite" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Invitation to ben@example.com saved");
    expect(calls.find((call) => call.method === "POST")?.body).toEqual({ email: "ben@example.com", role: "VIEWER" });
    const table = await screen.findByRole("table", { name: "Pending invitations" });
    expect(within(table).getByText("ben@example.com")).toBeInTheDocument();
    await user.click(within(table).getByRole("button", { name: "Revoke the invitation of ben@example.com" }));
    await waitFor(() => expect(screen.queryByRole("table", { name: "Pending invitations" })).not.toBeInTheDocument());
  });
});
