import { screen } from "@testing-library/react";
import { renderWithProviders } from "../../../testing/render";
import { KpiResults } from "./run-parts";

const recall = { kpiId: "1c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", name: "Recall" };
const precision = { kpiId: "2c0e8d3a-2b1f-4e5d-8c7b-6a5f4e3d2c1b", name: "Precision" };

describe("KpiResults", () => {
  it("tells a run that failed a KPI from one never evaluated on test", async () => {
    renderWithProviders(
      <>
        <div data-testid="failed">
          <KpiResults results={[{ ...recall, value: 0.8, met: false }, { ...precision, value: 0.95, met: true }]} />
        </div>
        <div data-testid="unevaluated">
          <KpiResults results={[{ ...recall, value: null, met: false }, { ...precision, value: null, met: false }]} />
        </div>
        <div data-testid="partly">
          <KpiResults results={[{ ...recall, value: 0.93, met: true }, { ...precision, value: null, met: false }]} />
        </div>
      </>,
    );
    expect(await screen.findByLabelText("Recall not met")).toHaveTextContent("✗ Recall");
    expect(screen.getByLabelText("Precision met")).toHaveTextContent("✓ Precision");
    expect(screen.getByTestId("unevaluated")).toHaveTextContent(/^not evaluated$/);
    expect(screen.getByLabelText("Precision: no test figure")).not.toHaveTextContent("✗");
  });
});
