import { screen, waitFor, within } from "@testing-library/react";
import { WEBHOOK_EVENTS } from "@lifecycle/domain";
import { stubApi } from "../../../testing/api-stub";
import { renderWithProviders } from "../../../testing/render";
import { WebhooksPanel } from "./WebhooksPanel";

const projectId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01";
const base = `/api/v1/projects/${projectId}/webhooks`;
const webhookId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c02";
const deliveryId = "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c03";
const webhook = {
  id: webhookId, name: "On call", url: "https://hooks.example.com/lifecycle", events: [...WEBHOOK_EVENTS], active: true, secretHint: "x9Qa",
  lastDelivery: { status: "PENDING", statusCode: 500, at: "2026-12-02T12:01:00.000Z" }, createdBy: "Ana", createdAt: "2026-12-01T10:00:00.000Z",
};
const body = JSON.stringify({ id: deliveryId, event: "alert.opened", data: { alert: { message: "drift" } } });
const failed = {
  id: deliveryId, webhookId, event: "alert.opened", status: "FAILED", nextAttemptAt: null, body, createdAt: "2026-12-02T12:00:00.000Z", deliveredAt: null,
  attempts: [
    { at: "2026-12-02T12:00:00.000Z", statusCode: 500, error: null, durationMs: 12, response: "down" },
    { at: "2026-12-02T12:00:30.000Z", statusCode: null, error: "ECONNREFUSED", durationMs: 3, response: null },
  ],
};

describe("WebhooksPanel", () => {
  it("adds a webhook on the schema's rules and shows its secret once", async () => {
    const calls = stubApi({
      [`GET ${base}`]: () => ({ status: 200, body: { items: [] } }),
      [`POST ${base}`]: () => ({ status: 201, body: { ...webhook, lastDelivery: null, secret: "whsec_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" } }),
    });
    const { user } = renderWithProviders(<WebhooksPanel projectId={projectId} />);
    expect(await screen.findByText("No webhooks yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "New webhook" }));
    const dialog = await screen.findByRole("dialog", { name: "New webhook" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Name/ }), "On call");
    await user.type(within(dialog).getByRole("textbox", { name: /^URL/ }), "ftp://example.com");
    await user.click(within(dialog).getByRole("button", { name: "Add webhook" }));
    expect(await within(dialog).findByText("Must be an http or https URL")).toBeInTheDocument();
    expect(calls.some((call) => call.method === "POST")).toBe(false);

    await user.clear(within(dialog).getByRole("textbox", { name: /^URL/ }));
    await user.type(within(dialog).getByRole("textbox", { name: /^URL/ }), "https://hooks.example.com/lifecycle");
    await user.click(within(dialog).getByRole("checkbox", { name: "Model alias moved" }));
    await user.click(within(dialog).getByRole("button", { name: "Add webhook" }));
    const secret = await screen.findByRole("dialog", { name: "Signing secret of On call" });
    expect(within(secret).getByText("whsec_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")).toBeInTheDocument();
    const sent = calls.find((call) => call.method === "POST")!.body as { events: string[]; url: string };
    expect(sent.url).toBe("https://hooks.example.com/lifecycle");
    expect(sent.events).toHaveLength(WEBHOOK_EVENTS.length - 1);
    expect(sent.events).not.toContain("model_alias.moved");
  });

  it("sends a test and says what the receiver answered; the log shows each attempt and redelivers", async () => {
    const calls = stubApi({
      [`GET ${base}`]: () => ({ status: 200, body: { items: [webhook] } }),
      [`POST ${base}/${webhookId}/test`]: () => ({ status: 200, body: { ...failed, id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c04", event: "ping", status: "DELIVERED", attempts: [{ at: "2026-12-02T13:00:00.000Z", statusCode: 204, error: null, durationMs: 8, response: null }] } }),
      [`GET ${base}/${webhookId}/deliveries`]: () => ({ status: 200, body: { items: [failed], total: 1, page: 1, pageSize: 20 } }),
      [`POST ${base}/${webhookId}/deliveries/${deliveryId}/redeliver`]: () => ({ status: 200, body: { ...failed, status: "DELIVERED" } }),
    });
    const { user } = renderWithProviders(<WebhooksPanel projectId={projectId} />);
    expect(await screen.findByText("On call")).toBeInTheDocument();
    expect(screen.getByText("secret …x9Qa")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Send test" }));
    expect(await screen.findByText("The receiver answered 204.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Deliveries" }));
    const log = await screen.findByRole("dialog", { name: "Deliveries of On call" });
    expect(await within(log).findByText("500 → no answer")).toBeInTheDocument();
    await user.click(within(log).getByRole("button", { name: "alert.opened" }));
    expect(within(log).getByText(body)).toBeInTheDocument();
    expect(within(log).getByText(/ECONNREFUSED/)).toBeInTheDocument();
    await user.click(within(log).getByRole("button", { name: "Redeliver" }));
    await waitFor(() => expect(calls.some((call) => call.path.endsWith("/redeliver"))).toBe(true));
  });
});
