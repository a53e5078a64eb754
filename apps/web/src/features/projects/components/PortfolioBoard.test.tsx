import { screen, waitFor, within } from "@testing-library/react";
import { STAGES, type Project } from "@lifecycle/domain";
import { stubApi, type StubRequest } from "../../../testing/api-stub";
import { buildProject } from "../../../testing/builders";
import { renderWithProviders } from "../../../testing/render";
import { PortfolioBoard } from "./PortfolioBoard";

const counts = (projects: readonly Project[]) => Object.fromEntries(STAGES.map((stage) => [stage, projects.filter((project) => project.currentStage === stage).length]));

/** The API as a column asks it for more: a page of one stage's projects, with that stage's true total. */
function stubMore(projects: Project[]) {
  return stubApi({
    "GET /api/v1/projects": (request: StubRequest) => {
      const inStage = projects.filter((project) => project.currentStage === request.query.get("stage"));
      const page = Number(request.query.get("page"));
      const pageSize = Number(request.query.get("pageSize"));
      return { status: 200, body: { items: inStage.slice((page - 1) * pageSize, page * pageSize), total: inStage.length, page, pageSize, stageCounts: counts(projects) } };
    },
  });
}

describe("PortfolioBoard", () => {
  it("puts each project in the column of its current stage, with its KPI status, iteration and time in stage", () => {
    const projects = [
      buildProject({ id: "a", name: "Spam filter", currentStage: "DATA", iteration: 2, kpiSummary: { status: "AT_RISK", total: 2, met: 1, onTrack: 0, atRisk: 1, noData: 0 } }),
      buildProject({ id: "b", name: "FAQ chatbot", slug: "faq-chatbot", currentStage: "GOALS_KPIS" }),
    ];
    stubMore(projects);
    renderWithProviders(<PortfolioBoard filters={{}} projects={projects} counts={counts(projects)} />);
    const card = within(screen.getByRole("region", { name: "Data" })).getByRole("link", { name: /Spam filter/ });
    expect(card).toHaveAttribute("href", "/projects/spam-filter");
    expect(within(card).getByText("At risk")).toBeInTheDocument();
    expect(within(card).getByText("1/2 met")).toBeInTheDocument();
    expect(within(card).getByText("Iteration 2")).toBeInTheDocument();
    expect(within(card).getByText("3 d in stage")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Goals & KPIs" })).getByRole("link", { name: /FAQ chatbot/ })).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Deployment" })).getByText("No projects")).toBeInTheDocument();
  });

  it("counts every project of a crowded column and shows them all, a page at a time", async () => {
    const many = Array.from({ length: 25 }, (_, index) => buildProject({ id: `p${index}`, slug: `p${index}`, name: `Project ${String(index).padStart(2, "0")}` }));
    const calls = stubMore(many);
    const { user } = renderWithProviders(<PortfolioBoard filters={{ owner: "Ana" }} projects={many.slice(0, 10)} counts={counts(many)} />);
    const goals = screen.getByRole("region", { name: "Goals & KPIs" });
    expect(within(goals).getByLabelText("25 projects")).toBeInTheDocument();
    expect(within(goals).getAllByRole("link")).toHaveLength(10);
    await user.click(within(goals).getByRole("button", { name: "Show 10 more of 15" }));
    await within(goals).findByRole("link", { name: /Project 19/ });
    await user.click(within(goals).getByRole("button", { name: "Show 5 more of 5" }));
    await waitFor(() => expect(within(goals).getAllByRole("link")).toHaveLength(25));
    expect(within(goals).queryByRole("button", { name: /more/ })).not.toBeInTheDocument();
    expect(calls.map((call) => call.query.get("page"))).toEqual(["2", "3"]);
    expect(calls.every((call) => call.query.get("stage") === "GOALS_KPIS" && call.query.get("owner") === "Ana")).toBe(true);
  });

  it("shows on a card which model version serves production", () => {
    const projects = [
      buildProject({ currentStage: "MONITORING", liveInProduction: { deploymentName: "spam-prod", status: "LIVE", modelName: "spam-classifier", version: 3, customization: null } }),
      buildProject({ id: "b", name: "FAQ chatbot", slug: "faq-chatbot", currentStage: "MONITORING", liveInProduction: { deploymentName: "faq", status: "DEGRADED", modelName: "claude-3-haiku", version: null, customization: "prompt v4" } }),
    ];
    stubMore(projects);
    renderWithProviders(<PortfolioBoard filters={{}} projects={projects} counts={counts(projects)} />);
    const monitoring = screen.getByRole("region", { name: "Monitoring" });
    expect(within(within(monitoring).getByRole("link", { name: /Spam filter/ })).getByText("● Live: spam-classifier v3")).toHaveAttribute("title", "Serving production in spam-prod (live)");
    expect(within(within(monitoring).getByRole("link", { name: /FAQ chatbot/ })).getByText("● Live: claude-3-haiku + prompt v4")).toBeInTheDocument();
  });

  it("shows a project's open alerts on its card, and none when there are none", () => {
    const projects = [buildProject({ currentStage: "MONITORING", openAlerts: 2 }), buildProject({ id: "b", name: "FAQ chatbot", slug: "faq-chatbot", currentStage: "MONITORING" })];
    stubMore(projects);
    renderWithProviders(<PortfolioBoard filters={{}} projects={projects} counts={counts(projects)} />);
    const monitoring = screen.getByRole("region", { name: "Monitoring" });
    const alerted = within(monitoring).getByRole("link", { name: /Spam filter.*2 open alerts/ });
    expect(within(alerted).getByText("⚠ 2 open alerts")).toBeInTheDocument();
    expect(within(within(monitoring).getByRole("link", { name: /FAQ chatbot/ })).queryByText(/open alert/)).not.toBeInTheDocument();
  });
});
