import type { components } from "./generated/schema";
import { createLifecycleClient, type LifecycleClient } from "./index";
import { withRetries } from "./retry";

type InferenceRecordInput = components["schemas"]["LogRecordsDto"]["records"][number];
/** The truth for a prediction, by its id: the true label, or the true value. */
export type Actual = components["schemas"]["LogActualsDto"]["actuals"][number];
export interface ActualsTotals {
  joined: number;
  duplicates: number;
  unknown: number;
  unknownPredictionIds: string[];
}
/** A record as log() takes it: the API's, with the timestamp optional (now). */
export type InferenceRecord = Omit<InferenceRecordInput, "timestamp"> & { timestamp?: string };

export interface MonitorOptions {
  /** Server origin, e.g. http://localhost:8080. */
  baseUrl: string;
  /** An API token (Authorization: Bearer). */
  token: string;
  projectId: string;
  deploymentId: string;
  /** How often buffered records are sent in the background (ms). */
  flushIntervalMs?: number;
  /** Records per request; the API takes up to 10,000. */
  maxBatchSize?: number;
  /** Attempts per batch before giving up. */
  maxAttempts?: number;
  fetch?: typeof globalThis.fetch;
}

export interface MonitorTotals {
  accepted: number;
  duplicates: number;
}

/**
 * A deployment's production records, sent from the serving application. log() buffers and returns at once;
 * batches go in the background (every interval, or as soon as a batch is full), each with its own
 * Idempotency-Key kept across retries, so a lost answer never writes a record twice (and a prediction id the
 * deployment already has is ignored by the server).
 */
export class Monitor {
  private buffer: InferenceRecordInput[] = [];
  private sending: Promise<void> = Promise.resolve();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly flushOnExit = () => void this.flush();
  private failure: unknown = null;
  readonly totals: MonitorTotals = { accepted: 0, duplicates: 0 };

  constructor(
    private readonly api: LifecycleClient,
    private readonly options: Required<Pick<MonitorOptions, "projectId" | "deploymentId" | "flushIntervalMs" | "maxBatchSize" | "maxAttempts">>,
  ) {
    this.timer = setInterval(() => void this.flush().catch(() => {}), options.flushIntervalMs);
    this.timer.unref?.();
    process.once("beforeExit", this.flushOnExit);
  }

  /** Buffers records (stamped now unless they carry a timestamp). */
  log(records: InferenceRecord | readonly InferenceRecord[]): void {
    const now = new Date().toISOString();
    for (const record of Array.isArray(records) ? records : [records]) this.buffer.push({ ...record, timestamp: record.timestamp ?? now });
    if (this.buffer.length >= this.options.maxBatchSize) void this.flush().catch(() => {});
  }

  /** Sends everything buffered so far; resolves when it is stored. */
  flush(): Promise<void> {
    const next = this.sending.then(() => this.sendBuffered());
    this.sending = next.catch((error: unknown) => {
      this.failure = error;
    });
    return next;
  }

  /**
   * Sends actuals that became known (after the records they are the truth for: buffered records go first). A
   * retry is safe by nature: a prediction's second actual is ignored by the server.
   */
  async actuals(actuals: readonly Actual[]): Promise<ActualsTotals> {
    await this.flush();
    const totals: ActualsTotals = { joined: 0, duplicates: 0, unknown: 0, unknownPredictionIds: [] };
    for (let start = 0; start < actuals.length; start += this.options.maxBatchSize) {
      const batch = actuals.slice(start, start + this.options.maxBatchSize);
      const result = await withRetries(() => this.api.logActuals({ path: { projectId: this.options.projectId, deploymentId: this.options.deploymentId }, body: { actuals: batch } }), this.options.maxAttempts);
      totals.joined += result.joined;
      totals.duplicates += result.duplicates;
      totals.unknown += result.unknown;
      totals.unknownPredictionIds.push(...result.unknownPredictionIds.slice(0, 100 - totals.unknownPredictionIds.length));
    }
    return totals;
  }

  /** Flushes and stops the background sending; throws the first failure a background batch met. */
  async close(): Promise<MonitorTotals> {
    clearInterval(this.timer);
    process.removeListener("beforeExit", this.flushOnExit);
    await this.flush();
    if (this.failure) throw this.failure;
    return this.totals;
  }

  private async sendBuffered(): Promise<void> {
    while (this.buffer.length) {
      const records = this.buffer.splice(0, this.options.maxBatchSize);
      const idempotencyKey = crypto.randomUUID();
      const result = await withRetries(
        () => this.api.logRecords({ path: { projectId: this.options.projectId, deploymentId: this.options.deploymentId }, body: { records }, headers: { "Idempotency-Key": idempotencyKey } }),
        this.options.maxAttempts,
      );
      this.totals.accepted += result.accepted;
      this.totals.duplicates += result.duplicates;
    }
  }
}

/** A monitor of one deployment, ready for log(). */
export function monitor(options: MonitorOptions): Monitor {
  const api = createLifecycleClient({ baseUrl: options.baseUrl, fetch: options.fetch, headers: { Authorization: `Bearer ${options.token}` } });
  return new Monitor(api, {
    projectId: options.projectId,
    deploymentId: options.deploymentId,
    flushIntervalMs: options.flushIntervalMs ?? 1_000,
    maxBatchSize: Math.min(10_000, options.maxBatchSize ?? 1_000),
    maxAttempts: options.maxAttempts ?? 6,
  });
}
