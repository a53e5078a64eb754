import { MantineProvider } from "@mantine/core";
import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { buildProject } from "../../../testing/builders";
import { PortfolioBoard } from "./PortfolioBoard";

function renderBoard(projects: ReturnType<typeof buildProject>[]) {
  return render(
    <MantineProvider>
      <MemoryRouter>
        <PortfolioBoard projects={projects} />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe("PortfolioBoard", () => {
  it("shows on a card which model version serves production", () => {
    renderBoard([
      buildProject({ currentStage: "MONITORING", liveInProduction: { deploymentName: "spam-prod", status: "LIVE", modelName: "spam-classifier", version: 3, customization: null } }),
      buildProject({ id: "b", name: "FAQ chatbot", slug: "faq-chatbot", currentStage: "MONITORING", liveInProduction: { deploymentName: "faq", status: "DEGRADED", modelName: "claude-3-haiku", version: null, customization: "prompt v4" } }),
    ]);
    const monitoring = screen.getByRole("region", { name: "Monitoring" });
    expect(within(within(monitoring).getByRole("link", { name: /Spam filter/ })).getByText("● Live: spam-classifier v3")).toHaveAttribute("title", "Serving production in spam-prod (live)");
    expect(within(within(monitoring).getByRole("link", { name: /FAQ chatbot/ })).getByText("● Live: claude-3-haiku + prompt v4")).toBeInTheDocument();
  });

  it("puts each project in the column of its current stage, with its KPI status, iteration and time in stage", () => {
    renderBoard([
      buildProject({ id: "a", name: "Spam filter", currentStage: "DATA", iteration: 2, kpiSummary: { status: "AT_RISK", total: 2, met: 1, onTrack: 0, atRisk: 1, noData: 0 } }),
      buildProject({ id: "b", name: "FAQ chatbot", slug: "faq-chatbot", currentStage: "GOALS_KPIS" }),
    ]);
    const data = screen.getByRole("region", { name: "Data" });
    const card = within(data).getByRole("link", { name: /Spam filter/ });
    expect(card).toHaveAttribute("href", "/projects/spam-filter");
    expect(within(card).getByText("At risk")).toBeInTheDocument();
    expect(within(card).getByText("1/2 met")).toBeInTheDocument();
    expect(within(card).getByText("Iteration 2")).toBeInTheDocument();
    expect(within(card).getByText("3 d in stage")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Goals & KPIs" })).getByRole("link", { name: /FAQ chatbot/ })).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Deployment" })).getByText("No projects")).toBeInTheDocument();
  });
});
