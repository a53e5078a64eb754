import { screen, waitFor, within } from "@testing-library/react";
import { STAGES, type Project } from "@lifecycle/domain";
import { stubApi, type StubRequest } from "../../../testing/api-stub";
import { buildProject } from "../../../testing/builders";
import { renderWithProviders } from "../../../testing/render";
import { PortfolioBoard } from "./PortfolioBoard";

const counts = (given: Partial<Record<string, number>>) => Object.fromEntries(STAGES.map((stage) => [stage, given[stage] ?? 0]));

/** The API as the board's columns ask it: a page of one stage's projects, with that stage's true total. */
function stubBoard(projects: Project[]) {
  return stubApi({
    "GET /api/v1/projects": (request: StubRequest) => {
      const stage = request.query.get("stage");
      const inStage = projects.filter((project) => !stage || project.currentStage === stage);
      const page = Number(request.query.get("page") ?? 1);
      const pageSize = Number(request.query.get("pageSize") ?? 50);
      return { status: 200, body: { items: inStage.slice((page - 1) * pageSize, page * pageSize), total: inStage.length, page, pageSize, stageCounts: counts({}) } };
    },
  });
}

describe("PortfolioBoard", () => {
  it("puts each project in the column of its current stage, with its KPI status, iteration and time in stage", async () => {
    stubBoard([
      buildProject({ id: "a", name: "Spam filter", currentStage: "DATA", iteration: 2, kpiSummary: { status: "AT_RISK", total: 2, met: 1, onTrack: 0, atRisk: 1, noData: 0 } }),
      buildProject({ id: "b", name: "FAQ chatbot", slug: "faq-chatbot", currentStage: "GOALS_KPIS" }),
    ]);
    renderWithProviders(<PortfolioBoard filters={{}} counts={counts({ DATA: 1, GOALS_KPIS: 1 })} />);
    const data = screen.getByRole("region", { name: "Data" });
    const card = await within(data).findByRole("link", { name: /Spam filter/ });
    expect(card).toHaveAttribute("href", "/projects/spam-filter");
    expect(within(card).getByText("At risk")).toBeInTheDocument();
    expect(within(card).getByText("1/2 met")).toBeInTheDocument();
    expect(within(card).getByText("Iteration 2")).toBeInTheDocument();
    expect(within(card).getByText("3 d in stage")).toBeInTheDocument();
    expect(await within(screen.getByRole("region", { name: "Goals & KPIs" })).findByRole("link", { name: /FAQ chatbot/ })).toBeInTheDocument();
    expect(await within(screen.getByRole("region", { name: "Deployment" })).findByText("No projects")).toBeInTheDocument();
  });

  it("counts every project of a crowded column and shows them all, a page at a time", async () => {
    const many = Array.from({ length: 60 }, (_, index) => buildProject({ id: `p${index}`, slug: `p${index}`, name: `Project ${String(index).padStart(2, "0")}` }));
    const calls = stubBoard(many);
    const { user } = renderWithProviders(<PortfolioBoard filters={{ owner: "Ana" }} counts={counts({ GOALS_KPIS: 60 })} />);
    const goals = screen.getByRole("region", { name: "Goals & KPIs" });
    expect(within(goals).getByLabelText("60 projects")).toBeInTheDocument();
    await within(goals).findByRole("link", { name: /Project 24/ });
    expect(within(goals).getAllByRole("link")).toHaveLength(25);
    await user.click(within(goals).getByRole("button", { name: "Show 25 more of 35" }));
    await within(goals).findByRole("link", { name: /Project 49/ });
    await user.click(within(goals).getByRole("button", { name: "Show 10 more of 10" }));
    await waitFor(() => expect(within(goals).getAllByRole("link")).toHaveLength(60));
    expect(within(goals).queryByRole("button", { name: /more/ })).not.toBeInTheDocument();
    const asked = calls.filter((call) => call.query.get("stage") === "GOALS_KPIS");
    expect(asked.map((call) => call.query.get("page"))).toEqual(["1", "2", "3"]);
    expect(asked[0]!.query.get("owner")).toBe("Ana");
  });

  it("shows on a card which model version serves production", async () => {
    stubBoard([
      buildProject({ currentStage: "MONITORING", liveInProduction: { deploymentName: "spam-prod", status: "LIVE", modelName: "spam-classifier", version: 3, customization: null } }),
      buildProject({ id: "b", name: "FAQ chatbot", slug: "faq-chatbot", currentStage: "MONITORING", liveInProduction: { deploymentName: "faq", status: "DEGRADED", modelName: "claude-3-haiku", version: null, customization: "prompt v4" } }),
    ]);
    renderWithProviders(<PortfolioBoard filters={{}} counts={counts({ MONITORING: 2 })} />);
    const monitoring = screen.getByRole("region", { name: "Monitoring" });
    expect(within(await within(monitoring).findByRole("link", { name: /Spam filter/ })).getByText("● Live: spam-classifier v3")).toHaveAttribute("title", "Serving production in spam-prod (live)");
    expect(within(within(monitoring).getByRole("link", { name: /FAQ chatbot/ })).getByText("● Live: claude-3-haiku + prompt v4")).toBeInTheDocument();
  });
});
