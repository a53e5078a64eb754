import { screen, waitFor } from "@testing-library/react";
import type { AnnotationItem, AnnotationQueue } from "@lifecycle/domain";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { ReviewScreen } from "./ReviewScreen";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const queueId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c09";
const base = `/api/v1/projects/${projectId}/annotation-queues/${queueId}`;
const config = (name: string, type: "BOOLEAN" | "NUMERIC", min: number | null = null, max: number | null = null) => ({ id: `7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c1${name.length}`, name, type, min, max, options: [], description: null, scores: 0, createdAt: "2026-12-01T00:00:00.000Z" });
const queue = (kind: "PREDICTIONS" | "PAIRS"): AnnotationQueue => ({
  id: queueId,
  name: "Weekly review",
  description: null,
  kind,
  scoreConfigs: kind === "PAIRS" ? [] : [config("correct", "BOOLEAN"), config("helpfulness", "NUMERIC", 1, 5)],
  progress: { total: 2, pending: 2, done: 0, skipped: 0 },
  reviewers: [],
  createdBy: "Ann",
  createdAt: "2026-12-01T00:00:00.000Z",
});
const item: AnnotationItem = {
  id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c21",
  position: 1,
  status: "PENDING",
  assignee: null,
  deploymentId: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c31",
  predictionId: "q7",
  record: { timestamp: "2026-12-01T10:00:00.000Z", features: { question: "How do refunds work?" }, prediction: { text: "Within 30 days." } },
  pair: null,
  result: null,
  completedBy: null,
  completedAt: null,
};

describe("ReviewScreen", () => {
  it("scores a prediction from the keyboard — y, 4, Enter — and brings the next item", async () => {
    let claims = 0;
    const calls = stubApi({
      [`POST ${base}/claim`]: () => ({ status: 200, body: claims++ === 0 ? { item, progress: { total: 2, pending: 2, done: 0, skipped: 0 } } : { item: null, progress: { total: 2, pending: 1, done: 1, skipped: 0 } } }),
      [`POST ${base}/items/${item.id}/annotation`]: () => ({ status: 201, body: { ...item, status: "DONE" } }),
    });
    const { user } = renderWithProviders(<ReviewScreen projectId={projectId} queue={queue("PREDICTIONS")} backTo="/" />);
    expect(await screen.findByText("How do refunds work?")).toBeInTheDocument();
    expect(screen.getByText("Within 30 days.")).toBeInTheDocument();
    const save = screen.getByRole("button", { name: "Save and next" });
    expect(save).toBeDisabled();
    await user.keyboard("y");
    expect(screen.getByRole("region", { name: "Score helpfulness" })).toHaveAttribute("aria-current", "true");
    await user.keyboard("9");
    expect(save).toBeDisabled();
    await user.keyboard("4");
    expect(save).toBeEnabled();
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Nothing left for you in this queue")).toBeInTheDocument();
    expect(calls.find((call) => call.method === "POST" && call.path.endsWith("/annotation"))!.body).toEqual({ scores: [{ config: "correct", value: true }, { config: "helpfulness", value: 4 }] });
    expect(screen.getByText("1 of 2 done")).toBeInTheDocument();
  });

  it("picks the better answer of a pair with 2, takes a reason, and skips with s", async () => {
    const pairItem = { ...item, record: null, predictionId: null, pair: { prompt: "Refunds?", a: { response: "Ask support.", modelVersionId: null, label: "prompt v2", version: "prompt v2" }, b: { response: "Within 30 days.", modelVersionId: null, label: "prompt v3", version: "prompt v3" } } };
    let claims = 0;
    const calls = stubApi({
      [`POST ${base}/claim`]: () => ({ status: 200, body: { item: claims++ < 2 ? pairItem : null, progress: { total: 2, pending: 2, done: 0, skipped: 0 } } }),
      [`POST ${base}/items/${item.id}/annotation`]: () => ({ status: 201, body: { ...pairItem, status: "DONE" } }),
      [`PATCH ${base}/items/${item.id}`]: () => ({ status: 200, body: { ...pairItem, status: "SKIPPED" } }),
    });
    const { user } = renderWithProviders(<ReviewScreen projectId={projectId} queue={queue("PAIRS")} backTo="/" />);
    expect(await screen.findByText("Refunds?")).toBeInTheDocument();
    await user.keyboard("2");
    expect(screen.getByRole("button", { name: "Answer B" })).toHaveAttribute("aria-pressed", "true");
    await user.keyboard("c");
    await user.keyboard("states the policy");
    await user.keyboard("{Escape}");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(calls.some((call) => call.path.endsWith("/annotation"))).toBe(true));
    expect(calls.find((call) => call.path.endsWith("/annotation"))!.body).toEqual({ choice: "B", reason: "states the policy" });
    expect(await screen.findByText("Refunds?")).toBeInTheDocument();
    await user.keyboard("s");
    await waitFor(() => expect(calls.find((call) => call.method === "PATCH")?.body).toEqual({ status: "SKIPPED" }));
    expect(await screen.findByText("Nothing left for you in this queue")).toBeInTheDocument();
  });
});
