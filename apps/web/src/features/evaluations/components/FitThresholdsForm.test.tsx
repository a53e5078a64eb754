import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { FitThresholdsForm } from "./FitThresholdsForm";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/fit-thresholds`;
const defaults = { minPoints: 5, tail: 0.2, maxGap: 0.2, riseTolerance: 0.05, steepImprovement: 0.05 };

describe("FitThresholdsForm", () => {
  it("shows the thresholds in percent and saves only what changed", async () => {
    const calls = stubApi({ [`GET ${url}`]: () => ({ status: 200, body: defaults }), [`PUT ${url}`]: () => ({ status: 200, body: { ...defaults, maxGap: 0.3 } }) });
    const { user } = renderWithProviders(<FitThresholdsForm projectId={projectId} canEdit />);
    const form = await screen.findByRole("form", { name: "Fit thresholds" });
    const gap = within(form).getByLabelText(/Largest gap/);
    expect(gap).toHaveValue("20 %");
    await user.clear(gap);
    await user.type(gap, "30");
    await user.click(within(form).getByRole("button", { name: "Save thresholds" }));
    await waitFor(() => expect(calls.find((call) => call.method === "PUT")?.body).toEqual({ maxGap: 0.3 }));
  });

  it("is read-only for those who may not change it", async () => {
    stubApi({ [`GET ${url}`]: () => ({ status: 200, body: defaults }) });
    renderWithProviders(<FitThresholdsForm projectId={projectId} canEdit={false} />);
    const form = await screen.findByRole("form", { name: "Fit thresholds" });
    expect(within(form).getByLabelText(/Points needed/)).toBeDisabled();
    expect(within(form).queryByRole("button", { name: "Save thresholds" })).not.toBeInTheDocument();
  });
});
