import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { FramingForm } from "./FramingForm";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const url = `/api/v1/projects/${projectId}/framing`;
const empty = {
  projectId,
  mlAppropriate: null,
  mlRationale: null,
  taskType: null,
  learningParadigm: null,
  modelFamily: null,
  applicationArea: null,
  approach: null,
  baseModel: null,
  successMetric: null,
  successKpiId: null,
  latencyConstraint: null,
  costConstraint: null,
  privacyConstraint: null,
  complete: false,
  missing: ["mlAppropriate", "mlRationale", "taskType", "learningParadigm", "modelFamily", "applicationArea", "approach", "successMetric"],
  updatedAt: null,
};

describe("FramingForm", () => {
  it("lists what is missing and saves the choices as typed values", async () => {
    const calls = stubApi({
      [`GET ${url}`]: () => ({ status: 200, body: empty }),
      [`PUT ${url}`]: (request) => ({ status: 200, body: { ...empty, ...(request.body as object), complete: false, missing: ["mlRationale"] } }),
    });
    const { user } = renderWithProviders(<FramingForm projectId={projectId} canEdit kpiOptions={[{ value: "9c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", label: "Recall" }]} />);
    const form = await screen.findByRole("form", { name: "Problem framing" });
    expect(within(form).getByText(/Still needed: ML appropriate\?, Rationale, Task type/)).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText("Decision"), "true");
    await user.selectOptions(within(form).getByLabelText("Task type"), "binary_classification");
    await user.selectOptions(within(form).getByLabelText("Approach"), "rag");
    expect(within(form).getByText(/retrieve relevant chunks into the prompt/)).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText("KPI it serves"), "Recall");
    await user.click(within(form).getByRole("button", { name: "Save framing" }));
    await waitFor(() => expect(calls.some((call) => call.method === "PUT")).toBe(true));
    expect(calls.find((call) => call.method === "PUT")?.body).toMatchObject({
      mlAppropriate: true,
      taskType: "binary_classification",
      approach: "rag",
      modelFamily: null,
      successKpiId: "9c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b",
    });
  });
});
