/**
 * Counts failed sign-ins in a sliding window, per email and address and per
 * address alone, in memory (one server process). Enough to stop guessing;
 * a success clears the email's count.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly perAccount = 5,
    private readonly perAddress = 30,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  retryAfterSeconds(email: string, ip: string, now = Date.now()): number {
    const waits = [this.wait(`account:${ip}:${email}`, this.perAccount, now), this.wait(`address:${ip}`, this.perAddress, now)];
    return Math.max(...waits);
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of [`account:${ip}:${email}`, `address:${ip}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(email: string, ip: string): void {
    this.failures.delete(`account:${ip}:${email}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((time) => now - time < this.windowMs);
  }

  private wait(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < limit) return 0;
    return Math.ceil((recent[recent.length - limit]! + this.windowMs - now) / 1000);
  }
}
