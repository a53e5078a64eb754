import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { MyInvitations } from "./MyInvitations";

const invitation = (id: string, name: string) => ({ id, project: { id: `7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c0${id.slice(-1)}`, slug: name.toLowerCase(), name }, email: "ana@example.com", role: "CONTRIBUTOR", invitedBy: "Ben", createdAt: "2026-12-01T10:00:00.000Z" });

describe("MyInvitations", () => {
  it("shows nothing without invitations", async () => {
    const calls = stubApi({ "GET /api/v1/invitations": () => ({ status: 200, body: { items: [] } }) });
    renderWithProviders(<MyInvitations />);
    await waitFor(() => expect(calls.some((call) => call.path === "/api/v1/invitations")).toBe(true));
    expect(screen.queryByLabelText("Your invitations")).not.toBeInTheDocument();
  });

  it("accepts one invitation and declines another", async () => {
    const first = invitation("9c1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", "Spam");
    const second = invitation("9c1c1f55-2a57-4c57-9a43-3d1d2d6a3c02", "Churn");
    let items = [first, second];
    const calls = stubApi({
      "GET /api/v1/invitations": () => ({ status: 200, body: { items } }),
      [`POST /api/v1/invitations/${first.id}/accept`]: () => {
        items = items.filter((item) => item.id !== first.id);
        return { status: 200, body: { userId: "5b1c1f55-2a57-4c57-9a43-3d1d2d6a3c09", email: "ana@example.com", name: "Ana", role: "CONTRIBUTOR", createdAt: "2026-12-01T10:00:00.000Z" } };
      },
      [`DELETE /api/v1/invitations/${second.id}`]: () => {
        items = items.filter((item) => item.id !== second.id);
        return { status: 204 };
      },
    });
    const { user } = renderWithProviders(<MyInvitations />);
    const banner = await screen.findByLabelText("Your invitations");
    expect(within(banner).getByText("You are invited to 2 projects")).toBeInTheDocument();
    expect(within(banner).getAllByText(/as contributor, from Ben/, { selector: "p" })).toHaveLength(2);
    await user.click(within(banner).getAllByRole("button", { name: "Accept" })[0]!);
    await waitFor(() => expect(calls.some((call) => call.method === "POST" && call.path.endsWith("/accept"))).toBe(true));
    await user.click(await screen.findByRole("button", { name: "Decline Churn" }));
    await waitFor(() => expect(screen.queryByLabelText("Your invitations")).not.toBeInTheDocument());
  });
});
