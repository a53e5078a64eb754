import { createLifecycleClient, type LifecycleClient } from "./index";
import { withRetries } from "./retry";

export type ParamValue = number | string | boolean;
export type RunStatus = "FINISHED" | "FAILED" | "KILLED";

export interface TrackerOptions {
  /** Server origin, e.g. http://localhost:8080. */
  baseUrl: string;
  /** An API token (Authorization: Bearer). */
  token: string;
  projectId: string;
  experimentId: string;
  /** How often buffered points are sent in the background (ms). */
  flushIntervalMs?: number;
  /** Points per request; the API takes up to 10,000. */
  maxBatchSize?: number;
  /** Attempts per batch before giving up. */
  maxAttempts?: number;
  fetch?: typeof globalThis.fetch;
}

interface PendingMetric {
  key: string;
  value: number | "NaN" | "Infinity" | "-Infinity";
  step: number;
  timestamp: string;
  split?: "train" | "validation" | "test";
}

/**
 * A run being logged from a training script. Metrics are buffered and sent in
 * batches in the background; every batch carries its own Idempotency-Key, kept
 * across retries, so a lost answer never writes a point twice.
 */
export class TrackedRun {
  private metrics: PendingMetric[] = [];
  private params: Array<{ key: string; value: ParamValue }> = [];
  private tags: Array<{ key: string; value: string }> = [];
  private sending: Promise<void> = Promise.resolve();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly flushOnExit = () => void this.flush();
  private failure: unknown = null;

  constructor(
    readonly id: string,
    private readonly api: LifecycleClient,
    private readonly options: Required<Pick<TrackerOptions, "projectId" | "flushIntervalMs" | "maxBatchSize" | "maxAttempts">>,
  ) {
    this.timer = setInterval(() => void this.flush().catch(() => {}), options.flushIntervalMs);
    this.timer.unref?.();
    process.once("beforeExit", this.flushOnExit);
  }

  logParams(params: Record<string, ParamValue>): void {
    for (const [key, value] of Object.entries(params)) this.params.push({ key, value });
  }

  setTags(tags: Record<string, string>): void {
    for (const [key, value] of Object.entries(tags)) this.tags.push({ key, value });
  }

  logMetric(key: string, value: number, options: { step?: number; split?: PendingMetric["split"] } = {}): void {
    const encoded = Number.isFinite(value) ? value : Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    this.metrics.push({ key, value: encoded, step: options.step ?? 0, timestamp: new Date().toISOString(), ...(options.split ? { split: options.split } : {}) });
    if (this.metrics.length >= this.options.maxBatchSize) void this.flush().catch(() => {});
  }

  logMetrics(values: Record<string, number>, options: { step?: number; split?: PendingMetric["split"] } = {}): void {
    for (const [key, value] of Object.entries(values)) this.logMetric(key, value, options);
  }

  /** Sends everything buffered so far; resolves when it is stored. */
  flush(): Promise<void> {
    const next = this.sending.then(() => this.sendBuffered());
    this.sending = next.catch((error: unknown) => {
      this.failure = error;
    });
    return next;
  }

  /** Flushes, then records how the run ended. */
  async end(status: RunStatus = "FINISHED"): Promise<void> {
    clearInterval(this.timer);
    process.removeListener("beforeExit", this.flushOnExit);
    await this.flush();
    if (this.failure) throw this.failure;
    await this.withRetries(() => this.api.updateRun({ path: { projectId: this.options.projectId, runId: this.id }, body: { status } }));
  }

  private async sendBuffered(): Promise<void> {
    while (this.metrics.length || this.params.length || this.tags.length) {
      const metrics = this.metrics.splice(0, this.options.maxBatchSize);
      const params = this.params.splice(0, 1000);
      const tags = this.tags.splice(0, 1000);
      const idempotencyKey = crypto.randomUUID();
      await this.withRetries(() =>
        this.api.logRunBatch({
          path: { projectId: this.options.projectId, runId: this.id },
          body: { metrics, params, tags },
          headers: { "Idempotency-Key": idempotencyKey },
        }),
      );
    }
  }

  private withRetries<T>(call: () => Promise<T>): Promise<T> {
    return withRetries(call, this.options.maxAttempts);
  }
}

/** Starts a run in an experiment and returns it ready for logging. */
export async function startRun(options: TrackerOptions, run: { name?: string; params?: Record<string, ParamValue>; tags?: Record<string, string> } = {}): Promise<TrackedRun> {
  const api = createLifecycleClient({ baseUrl: options.baseUrl, fetch: options.fetch, headers: { Authorization: `Bearer ${options.token}` } });
  const created = await api.createRun({
    path: { projectId: options.projectId, experimentId: options.experimentId },
    body: { ...(run.name ? { name: run.name } : {}), ...(run.tags ? { tags: run.tags } : {}) },
  });
  const tracked = new TrackedRun(created.id, api, {
    projectId: options.projectId,
    flushIntervalMs: options.flushIntervalMs ?? 1_000,
    maxBatchSize: Math.min(10_000, options.maxBatchSize ?? 1_000),
    maxAttempts: options.maxAttempts ?? 6,
  });
  if (run.params) tracked.logParams(run.params);
  return tracked;
}
