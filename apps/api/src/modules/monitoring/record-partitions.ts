import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from "@nestjs/common";
import { MonitoringConfig } from "./monitoring.config";
import { MonitoringRepository } from "./monitoring.repository";

const DAY_MS = 86_400_000;
/** How often a process drops the days past the retention. */
const SWEEP_MS = 60 * 60 * 1000;
/** Prediction ids forgotten per statement. */
const FORGET_CHUNK = 20_000;

/**
 * The daily partitions of inference_records: made when a batch first needs its day (several processes may ask at
 * once: the statement is idempotent and serialised by an advisory lock), and dropped whole with their prediction
 * ids once the day is past the retention — at start and every hour, in any process.
 */
@Injectable()
export class RecordPartitions implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger("RecordPartitions");
  private readonly made = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repository: MonitoringRepository,
    private readonly config: MonitoringConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.warn(`Dropping expired production records failed: ${String(error)}`)), SWEEP_MS);
    this.timer.unref();
    void this.sweep().catch((error: unknown) => this.logger.warn(`Dropping expired production records failed: ${String(error)}`));
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Makes sure the days' partitions exist (UTC "YYYY-MM-DD"). */
  async ensure(days: string[]): Promise<void> {
    const missing = days.filter((day) => !this.made.has(day)).sort();
    if (missing.length === 0) return;
    await this.repository.ensurePartitions(missing);
    for (const day of missing) this.made.add(day);
  }

  /** Drops the partitions of days wholly before the retention and forgets their prediction ids; answers the days dropped. */
  async sweep(now = Date.now()): Promise<string[]> {
    const cutoff = new Date(now - this.config.retentionDays * DAY_MS);
    const firstKept = cutoff.toISOString().slice(0, 10);
    const dropped: string[] = [];
    for (const day of await this.repository.partitionDays()) {
      if (day >= firstKept) break;
      await this.repository.dropPartition(day);
      this.made.delete(day);
      dropped.push(day);
    }
    const dayStart = new Date(`${firstKept}T00:00:00Z`);
    while ((await this.repository.deletePredictionsBefore(dayStart, FORGET_CHUNK)) === FORGET_CHUNK);
    while ((await this.repository.deleteActualsBefore(dayStart, FORGET_CHUNK)) === FORGET_CHUNK);
    return dropped;
  }
}
