/** How many failures a rule allows in the window before it answers "wait", and how it waits. */
export interface LimitRule {
  limit: number;
  /** "lock": wait until the window holds fewer failures; "backoff": wait 2^(failures − limit) s after the last, at most `maxBackoffMs`. */
  kind: "lock" | "backoff";
}

export interface SignInLimits {
  /** One account from one address: the guesser's own pair, locked for the window. */
  pair: LimitRule;
  /** One account from anywhere: many addresses guessing one password (the only admin's) slow down, never lock it out. */
  account: LimitRule;
  /** One address for any account: many people behind one NAT slow down after a burst, never lock out. */
  address: LimitRule;
  windowMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  pair: { limit: 5, kind: "lock" },
  account: { limit: 10, kind: "backoff" },
  address: { limit: 30, kind: "backoff" },
  windowMs: 15 * 60_000,
  maxBackoffMs: 60_000,
};

/**
 * Counts failed sign-ins in a sliding window per account and address, per account and per address, in memory
 * (one server process). Guessing from one address locks that address out of that account; failures spread over
 * addresses, or many users behind one address, only slow sign-ins down by a back-off that never exceeds a minute.
 * A success clears the account's counts.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {}

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  retryAfterSeconds(email: string, ip: string, now = Date.now()): number {
    const waits = this.keys(email, ip).map(([key, rule]) => this.wait(key, rule, now));
    return Math.ceil(Math.max(...waits) / 1000);
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const [key] of this.keys(email, ip)) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(email: string, ip: string): void {
    this.failures.delete(`pair:${ip}:${email}`);
    this.failures.delete(`account:${email}`);
  }

  private keys(email: string, ip: string): Array<[string, LimitRule]> {
    return [
      [`pair:${ip}:${email}`, this.limits.pair],
      [`account:${email}`, this.limits.account],
      [`address:${ip}`, this.limits.address],
    ];
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((time) => now - time < this.limits.windowMs);
  }

  /** Milliseconds to wait under one rule. */
  private wait(key: string, rule: LimitRule, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < rule.limit) return 0;
    if (rule.kind === "lock") return recent[recent.length - rule.limit]! + this.limits.windowMs - now;
    const backoff = Math.min(this.limits.maxBackoffMs, 1000 * 2 ** (recent.length - rule.limit));
    return Math.max(0, recent[recent.length - 1]! + backoff - now);
  }
}
