import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { UsersPage } from "./UsersPage";

const admin = { id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", email: "ana@example.com", name: "Ana", isAdmin: true, active: true, deactivatedAt: null, createdAt: "2026-12-01T00:00:00.000Z", failedSignIns: 0 };
const lee: { id: string; email: string; name: string; isAdmin: boolean; active: boolean; deactivatedAt: string | null; createdAt: string; failedSignIns: number } = { id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c02", email: "lee@example.com", name: "Lee", isAdmin: false, active: true, deactivatedAt: null, createdAt: "2026-12-01T00:00:00.000Z", failedSignIns: 6 };

describe("UsersPage", () => {
  it("deactivates, unlocks and gives a reset link to another user, never offering to deactivate yourself", async () => {
    let current = lee;
    const calls = stubApi({
      "GET /api/v1/users": () => ({ status: 200, body: { items: [admin, current] } }),
      [`POST /api/v1/users/${lee.id}/deactivate`]: () => {
        current = { ...lee, active: false, deactivatedAt: "2026-12-02T00:00:00.000Z" };
        return { status: 200, body: current };
      },
      [`POST /api/v1/users/${lee.id}/unlock`]: () => ({ status: 204, body: undefined }),
      [`POST /api/v1/users/${lee.id}/password-reset`]: () => ({ status: 201, body: { url: "http://localhost/reset-password?token=abc", expiresAt: "2026-12-03T00:00:00.000Z" } }),
    });
    const { user } = renderWithProviders(<UsersPage myUserId={admin.id} />);
    const table = await screen.findByRole("table", { name: "Users" });
    const leeRow = await within(table).findByRole("row", { name: /Lee/ });
    expect(within(leeRow).getByText("6 failed sign-ins")).toBeInTheDocument();
    const anaRow = within(table).getByRole("row", { name: /Ana/ });
    await waitFor(() => expect(within(anaRow).queryByRole("button", { name: "Deactivate Ana" })).not.toBeInTheDocument());

    await user.click(within(leeRow).getByRole("button", { name: "Unlock Lee" }));
    await user.click(within(leeRow).getByRole("button", { name: "Password-reset link for Lee" }));
    expect(await screen.findByTestId("reset-link")).toHaveTextContent("http://localhost/reset-password?token=abc");
    await user.click(within(leeRow).getByRole("button", { name: "Deactivate Lee" }));
    expect(await within(table).findByText("Deactivated")).toBeInTheDocument();
    expect(screen.queryByRole("alert", { name: /did not work/ })).not.toBeInTheDocument();
    expect(within(table).queryAllByRole("alert")).toEqual([]);
    expect(calls.filter((call) => call.method === "POST").map((call) => call.path)).toEqual([`/api/v1/users/${lee.id}/unlock`, `/api/v1/users/${lee.id}/password-reset`, `/api/v1/users/${lee.id}/deactivate`]);
  });
});
