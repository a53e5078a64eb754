/**
 * Outgoing webhooks: which events a project can send, and how a delivery that failed is retried. Pure: the API
 * signs and sends, this decides what and when.
 */

export const WEBHOOK_EVENTS = [
  "alert.opened",
  "alert.acknowledged",
  "alert.resolved",
  "model_version.registered",
  "model_version.reviewed",
  "model_alias.moved",
  "deployment.created",
  "deployment.status_changed",
  "deployment.traffic_shifted",
  "deployment.rolled_back",
  "iteration.opened",
  "iteration.closed",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** What "send test" sends: never subscribed to, always accepted. */
export const WEBHOOK_TEST_EVENT = "ping";

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "alert.opened": "Alert opened",
  "alert.acknowledged": "Alert acknowledged",
  "alert.resolved": "Alert resolved",
  "model_version.registered": "Model version registered",
  "model_version.reviewed": "Model version approved or rejected",
  "model_alias.moved": "Model alias moved",
  "deployment.created": "Deployment created",
  "deployment.status_changed": "Deployment status changed",
  "deployment.traffic_shifted": "Deployment traffic shifted",
  "deployment.rolled_back": "Deployment rolled back",
  "iteration.opened": "Iteration opened",
  "iteration.closed": "Iteration closed",
};

/** Attempts a delivery gets before it is marked failed (the first and seven retries, over about 8 hours). */
export const WEBHOOK_MAX_ATTEMPTS = 8;
/** The wait before each retry, after attempt 1, 2, …: 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h. */
export const WEBHOOK_RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000] as const;
/** How long a receiver has to answer one attempt. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** How long a claimed attempt is held before another process may take it (a process that stopped mid-send). */
export const WEBHOOK_LEASE_MS = 60_000;
/** How much of a receiver's answer the delivery log keeps. */
export const WEBHOOK_RESPONSE_KEPT = 1_024;

/** What happened to one attempt: the receiver's status code, or why there was none. */
export interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
}

export type DeliveryStatus = "PENDING" | "DELIVERED" | "FAILED";

/**
 * Where a delivery goes after its `attempt`-th attempt (1-based) ended in `outcome` at `now`: delivered on any 2xx;
 * otherwise retried after the attempt's back-off, and failed once the attempts are used up.
 */
export function afterAttempt(attempt: number, outcome: AttemptOutcome, now: number): { status: DeliveryStatus; nextAttemptAt: number | null } {
  if (outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300) return { status: "DELIVERED", nextAttemptAt: null };
  if (attempt >= WEBHOOK_MAX_ATTEMPTS) return { status: "FAILED", nextAttemptAt: null };
  const delay = WEBHOOK_RETRY_DELAYS_MS[Math.min(attempt, WEBHOOK_RETRY_DELAYS_MS.length) - 1]!;
  return { status: "PENDING", nextAttemptAt: now + delay };
}

/** Why a URL cannot receive webhooks, or null: http or https, with a host, no credentials in it. */
export function webhookUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "Must be an http or https URL";
  if (!url.hostname) return "Has no host";
  if (url.username || url.password) return "Must not carry credentials: the signature authenticates the sender";
  return null;
}
