import { screen, within } from "@testing-library/react";
import { stubApi } from "../../testing/api-stub";
import { buildModelVersion, buildProject } from "../../testing/builders";
import { renderRoute } from "../../testing/render";

const project = buildProject();
const version = buildModelVersion({ version: 3, aliases: ["champion"], approval: { status: "APPROVED", reason: "Beats recall", by: "Ana", at: "2026-11-28T10:00:00.000Z", override: false, problems: [] } });
const path = `/api/v1/projects/${project.id}/models/${version.modelId}/versions/3`;

describe("ModelVersionPage", () => {
  it("shows the version's approval, lineage back to run, data set version and experiment, its evidence exactly and its model card", async () => {
    stubApi({ "GET /api/v1/projects/spam-filter": () => ({ status: 200, body: project }), [`GET ${path}`]: () => ({ status: 200, body: version }) });
    renderRoute(`/projects/spam-filter/models/${version.modelId}/versions/3`);
    expect(await screen.findByRole("heading", { name: "spam-classifier v3" })).toBeInTheDocument();
    expect(screen.getByText(/Approved by Ana/)).toHaveTextContent("“Beats recall”");
    const lineage = screen.getByRole("region", { name: "Lineage" });
    expect(within(lineage).getByRole("link", { name: "knn sweep" })).toHaveAttribute("href", `/projects/spam-filter/experiments/${version.evidence.experimentId}`);
    expect(within(lineage).getByRole("link", { name: "knn-k5" })).toHaveAttribute("href", `/projects/spam-filter/runs/${version.runId}`);
    expect(within(lineage).getByRole("link", { name: "emails v2" })).toHaveAttribute("href", "/projects/spam-filter?tab=data");
    expect(within(screen.getByRole("region", { name: "Evidence" })).getByText("0.9412345")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Model card" })).getByText("Flag spam in the inbox")).toBeInTheDocument();
  });

  it("says so when the version does not exist", async () => {
    stubApi({
      "GET /api/v1/projects/spam-filter": () => ({ status: 200, body: project }),
      [`GET ${path}`]: () => ({ status: 404, body: { statusCode: 404, error: "Not Found", code: "MODEL_VERSION_NOT_FOUND", message: "No version 3", details: [], correlationId: "c" } }),
    });
    renderRoute(`/projects/spam-filter/models/${version.modelId}/versions/3`);
    expect(await screen.findByText(/such model version/)).toBeInTheDocument();
  });
});
