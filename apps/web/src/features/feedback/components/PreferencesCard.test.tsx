import { screen, waitFor, within } from "@testing-library/react";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { PreferencesCard } from "./PreferencesCard";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const base = `/api/v1/projects/${projectId}`;
const v2 = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c02";
const rates = {
  preferences: 11,
  variants: [
    { variant: v2, version: "faq-bot v2", modelVersionId: v2, comparisons: 11, wins: 7, losses: 3, ties: 1, winRate: 0.6818, low: 0.39, high: 0.87 },
    { variant: "label:prompt v1", version: "prompt v1", modelVersionId: null, comparisons: 11, wins: 3, losses: 7, ties: 1, winRate: 0.3182, low: 0.13, high: 0.61 },
  ],
  headToHead: [],
};
const preference = {
  id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c05",
  prompt: "How do refunds work?",
  a: { response: "Ask support.", modelVersionId: null, label: "prompt v1", version: "prompt v1" },
  b: { response: "Within 30 days.", modelVersionId: v2, label: null, version: "faq-bot v2" },
  choice: "B",
  reason: "states the policy",
  deploymentId: null,
  predictionId: null,
  source: "DOMAIN_EXPERT",
  author: "Ann",
  timestamp: "2026-12-01T10:00:00.000Z",
};
const exported = { id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c06", dataSetId: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c07", dataSetName: "faq-dpo", dataSetVersionId: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c08", version: 1, pairs: 10, ties: 1, sizeBytes: 2048, fingerprint: "sha256:ab", filter: { from: null, to: null, deploymentId: null, source: null }, createdBy: "Ann", createdAt: "2026-12-01T11:00:00.000Z" };

describe("PreferencesCard", () => {
  it("ranks versions by win rate and exports the preferences into a new data set", async () => {
    const calls = stubApi({
      [`GET ${base}/preferences/win-rates`]: () => ({ status: 200, body: rates }),
      [`GET ${base}/preferences`]: () => ({ status: 200, body: { items: [preference], total: 1, page: 1, pageSize: 10 } }),
      [`GET ${base}/preference-exports`]: () => ({ status: 200, body: { items: [] } }),
      [`GET ${base}/data-sets`]: () => ({ status: 200, body: { items: [] } }),
      [`POST ${base}/preference-exports`]: () => ({ status: 201, body: exported }),
    });
    const { user } = renderWithProviders(<PreferencesCard projectId={projectId} canEdit />);
    const table = await screen.findByRole("table", { name: "Win rates per version" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[0]!.textContent)).toEqual(["faq-bot v2", "prompt v1"]);
    expect(within(rows[0]!).getByText("68%")).toBeInTheDocument();
    expect(await screen.findByText("“states the policy”")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Export for DPO" }));
    const dialog = await screen.findByRole("dialog", { name: "Export preferences for DPO" });
    const name = within(dialog).getByRole("textbox", { name: /New data set's name/ });
    await user.clear(name);
    await user.type(name, "faq-dpo");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "From" }), "DOMAIN_EXPERT");
    await user.click(within(dialog).getByRole("button", { name: "Export" }));
    expect(await screen.findByText("faq-dpo v1")).toBeInTheDocument();
    await waitFor(() => expect(calls.find((call) => call.method === "POST")?.body).toEqual({ dataSetName: "faq-dpo", source: "DOMAIN_EXPERT" }));
    expect(screen.getByRole("link", { name: "Download the JSON lines" })).toHaveAttribute("href", `${base}/preference-exports/${exported.id}/content`);
  });
});
