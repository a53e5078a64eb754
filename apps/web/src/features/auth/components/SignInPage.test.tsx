import { screen, waitFor, within } from "@testing-library/react";
import { SIGNED_IN_AS, stubApi } from "../../../testing/api-stub";
import { renderRoute } from "../../../testing/render";

const unauthenticated = { status: 401, body: { statusCode: 401, error: "Unauthorized", code: "UNAUTHENTICATED", message: "Sign in.", correlationId: "c" } };

describe("signing in", () => {
  it("sends a visitor to the sign-in page and back to where they were going", async () => {
    let signedIn = false;
    stubApi({
      "GET /api/v1/auth/me": () => (signedIn ? { status: 200, body: SIGNED_IN_AS } : unauthenticated),
      "GET /api/v1/auth/status": () => ({ status: 200, body: { setupRequired: false } }),
      "POST /api/v1/auth/sign-in": (request) => {
        signedIn = (request.body as { password: string }).password === "right password";
        return signedIn ? { status: 204 } : { status: 401, body: { statusCode: 401, error: "Unauthorized", code: "INVALID_CREDENTIALS", message: "The email or the password is wrong.", correlationId: "c" } };
      },
      "GET /api/v1/tokens": () => ({ status: 200, body: { items: [] } }),
    });
    const { user, router } = renderRoute("/settings/tokens");
    await waitFor(() => expect(router.state.location.pathname).toBe("/sign-in"));
    expect(router.state.location.search).toBe("?next=%2Fsettings%2Ftokens");

    const form = await screen.findByRole("form", { name: "Sign in" });
    await user.type(within(form).getByLabelText(/Email/), "ana@example.com");
    await user.type(within(form).getByLabelText(/Password/), "wrong password");
    await user.click(within(form).getByRole("button", { name: "Sign in" }));
    expect(await within(form).findByText("The email or the password is wrong.")).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/Password/));
    await user.type(within(form).getByLabelText(/Password/), "right password");
    await user.click(within(form).getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/settings/tokens"));
  });

  it("points a new instance to the setup link", async () => {
    stubApi({ "GET /api/v1/auth/me": () => unauthenticated, "GET /api/v1/auth/status": () => ({ status: 200, body: { setupRequired: true } }) });
    renderRoute("/sign-in");
    expect(await screen.findByText(/Open the setup link the server printed/)).toBeInTheDocument();
  });
});
