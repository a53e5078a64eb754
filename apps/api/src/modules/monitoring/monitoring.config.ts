import { DEFAULT_RETENTION_DAYS } from "@lifecycle/domain";

/**
 * How long production records are kept, in days (LIFECYCLE_RECORD_RETENTION_DAYS, default 30), and whether this
 * process evaluates due monitors on its own timer (tests drive the scheduler's sweep themselves).
 */
export class MonitoringConfig {
  constructor(
    readonly retentionDays: number = DEFAULT_RETENTION_DAYS,
    readonly schedule = true,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): MonitoringConfig {
    const text = env.LIFECYCLE_RECORD_RETENTION_DAYS;
    if (text === undefined || text === "") return new MonitoringConfig();
    if (!/^\d{1,4}$/.test(text) || Number(text) < 1) throw new Error(`LIFECYCLE_RECORD_RETENTION_DAYS must be a whole number of days from 1; it is "${text}"`);
    return new MonitoringConfig(Number(text));
  }
}
