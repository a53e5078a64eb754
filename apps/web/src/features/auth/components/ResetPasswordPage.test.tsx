import { screen, waitFor } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { ResetPasswordPage } from "./ResetPasswordPage";

describe("ResetPasswordPage", () => {
  it("sets the new password with the link's token, and says so when the link is spent", async () => {
    let used = false;
    const calls = stubApi({
      "POST /api/v1/auth/password-reset": () => {
        if (used) return { status: 400, body: { statusCode: 400, error: "Bad Request", code: "VALIDATION_FAILED", message: "This link is not valid any more", details: [{ path: "token", message: "Not a live reset link" }], correlationId: "c" } };
        used = true;
        return { status: 204, body: undefined };
      },
    });
    const { user } = renderWithProviders(<ResetPasswordPage />, { url: "/reset-password?token=abc" });
    await user.type(screen.getByLabelText(/New password/), "short");
    await user.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByText("Use at least 10 characters")).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/New password/));
    await user.type(screen.getByLabelText(/New password/), "a brand new password");
    await user.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByText("Password set")).toBeInTheDocument();
    await waitFor(() => expect(calls[0]?.body).toEqual({ token: "abc", password: "a brand new password" }));
  });
});
