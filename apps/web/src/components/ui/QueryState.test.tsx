import { screen } from "@testing-library/react";
import { renderWithProviders } from "../../testing/render";
import { QueryState } from "./QueryState";

describe("QueryState", () => {
  it("keeps what was loaded on screen when a refresh fails, with a note and a retry", async () => {
    renderWithProviders(
      <QueryState isPending={false} error={new TypeError("Failed to fetch")} hasData onRetry={() => {}} label="the stages">
        <input aria-label="New checklist item" defaultValue="typed before the server stopped" />
      </QueryState>,
    );
    expect(await screen.findByRole("status")).toHaveTextContent("Could not refresh the stages");
    expect(screen.getByRole("status")).toHaveTextContent("Failed to fetch. Showing what was loaded.");
    expect(screen.getByLabelText("New checklist item")).toHaveValue("typed before the server stopped");
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("shows the error in place of the view when nothing was loaded", async () => {
    renderWithProviders(
      <QueryState isPending={false} error={new TypeError("Failed to fetch")} label="the stages">
        <p>the view</p>
      </QueryState>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not load the stages");
    expect(screen.queryByText("the view")).not.toBeInTheDocument();
  });
});
