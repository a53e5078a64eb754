import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from "@nestjs/common";
import { afterAttempt, WEBHOOK_LEASE_MS, WEBHOOK_RESPONSE_KEPT, WEBHOOK_TIMEOUT_MS, type AttemptOutcome, type WebhookAttempt } from "@lifecycle/domain";
import { signBody } from "./webhook-signature";
import { WebhooksConfig } from "./webhooks.config";
import { WebhooksRepository, type ClaimedDelivery } from "./webhooks.repository";

/** How often a process looks for deliveries that are due (new ones are also sent right after they are queued). */
const POLL_MS = 5_000;
/** Deliveries sent at once by one process. */
const BATCH = 10;

/**
 * Sends queued deliveries: claims a few due ones (each attempt counted and leased, SKIP LOCKED so that processes
 * share them), POSTs each body signed with its webhook's secret, and records the answer; a failed attempt is retried
 * on the back-off of packages/domain webhooks.ts, and marked failed once its attempts are used up.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger("Webhooks");
  private timer: NodeJS.Timeout | null = null;
  private nudge: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly config: WebhooksConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.deliverInBackground) return;
    this.timer = setInterval(() => this.runInBackground(), POLL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.nudge) clearTimeout(this.nudge);
  }

  /** Called when deliveries were queued: sends them shortly (once their transaction has committed), not at the next poll. */
  soon(): void {
    if (!this.config.deliverInBackground || this.nudge) return;
    this.nudge = setTimeout(() => {
      this.nudge = null;
      this.runInBackground();
    }, 250);
    this.nudge.unref();
  }

  /** Sends every delivery due at `now`, a batch at a time; answers how many attempts were made. */
  deliverDue(now = Date.now()): Promise<number> {
    if (this.running) return this.running.then(() => this.deliverDue(now));
    this.running = this.deliverAll(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Makes one attempt of the given delivery now; `final` marks it failed rather than retried when it fails. */
  async attemptNow(deliveryId: string, options: { final: boolean }): Promise<void> {
    const now = Date.now();
    const [claimed] = await this.webhooks.claim(new Date(now), new Date(now + WEBHOOK_LEASE_MS), 1, deliveryId);
    if (claimed) await this.attempt(claimed, options.final);
  }

  private runInBackground(): void {
    void this.deliverDue().catch((error: unknown) => this.logger.warn(`Sending webhooks failed; retrying in ${POLL_MS / 1000} s: ${String(error)}`));
  }

  private async deliverAll(now: number): Promise<number> {
    let attempts = 0;
    for (;;) {
      const claimed = await this.webhooks.claim(new Date(now), new Date(now + WEBHOOK_LEASE_MS), BATCH);
      await Promise.all(claimed.map((delivery) => this.attempt(delivery, false, now)));
      attempts += claimed.length;
      if (claimed.length < BATCH) return attempts;
    }
  }

  private async attempt(delivery: ClaimedDelivery, final: boolean, now = Date.now()): Promise<void> {
    const started = Date.now();
    const { outcome, response } = await send(delivery);
    const entry: WebhookAttempt = { at: new Date(started).toISOString(), statusCode: outcome.statusCode, error: outcome.error, durationMs: Date.now() - started, response };
    const next = afterAttempt(final ? Number.POSITIVE_INFINITY : delivery.attempt, outcome, now + (Date.now() - started));
    await this.webhooks.recordAttempt(delivery.id, delivery.attempt, entry, next.status, next.nextAttemptAt === null ? null : new Date(next.nextAttemptAt));
  }
}

/** POSTs a delivery's body, signed; answers the status code (or why there is none) and the start of the answer. */
async function send(delivery: ClaimedDelivery): Promise<{ outcome: AttemptOutcome; response: string | null }> {
  try {
    const answer = await fetch(delivery.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "Lifecycle-Webhooks/1",
        "x-lifecycle-event": delivery.event,
        "x-lifecycle-delivery": delivery.id,
        "x-lifecycle-signature": signBody(delivery.secret, delivery.body),
      },
      body: delivery.body,
    });
    return { outcome: { statusCode: answer.status, error: null }, response: await readStart(answer) };
  } catch (error) {
    return { outcome: { statusCode: null, error: describeFailure(error) }, response: null };
  }
}

/** The first WEBHOOK_RESPONSE_KEPT characters of an answer; the rest is not read. */
async function readStart(answer: Response): Promise<string | null> {
  if (!answer.body) return null;
  const reader = answer.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < WEBHOOK_RESPONSE_KEPT) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // A receiver that breaks off its answer keeps what it sent.
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return text.length > 0 ? text.slice(0, WEBHOOK_RESPONSE_KEPT) : null;
}

function describeFailure(error: unknown): string {
  // Duck-typed: fetch's errors may come from another realm (undici), where instanceof Error does not hold.
  const failure = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (failure.name === "TimeoutError" || failure.name === "AbortError") return `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  if (failure.cause?.code) return failure.cause.message?.includes(failure.cause.code) ? failure.cause.message : `${failure.cause.code}${failure.cause.message ? `: ${failure.cause.message}` : ""}`;
  return failure.message ?? String(error);
}
