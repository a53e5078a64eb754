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

/** Where failed sign-ins are kept: in Postgres for the server (shared by all its processes), in memory for tests. */
export interface FailureLog {
  /** The times (epoch ms) of each key's failures since `since`, oldest first. */
  times(keys: string[], since: number): Promise<Map<string, number[]>>;
  /** Records a failure under each key, and forgets failures older than `forgetBefore` (they count no more). */
  add(keys: string[], at: number, forgetBefore: number): Promise<void>;
  clear(keys: string[]): Promise<void>;
}

/** A FailureLog in one process's memory. */
export class MemoryFailureLog implements FailureLog {
  private readonly failures = new Map<string, number[]>();

  async times(keys: string[], since: number): Promise<Map<string, number[]>> {
    return new Map(keys.map((key) => [key, (this.failures.get(key) ?? []).filter((time) => time >= since)]));
  }

  async add(keys: string[], at: number, forgetBefore: number): Promise<void> {
    for (const key of keys) this.failures.set(key, [...(this.failures.get(key) ?? []).filter((time) => time >= forgetBefore), at]);
  }

  async clear(keys: string[]): Promise<void> {
    for (const key of keys) this.failures.delete(key);
  }
}

/** The keys failures are counted under: one account from one address, and one account from anywhere. */
export const pairKey = (ip: string, email: string) => `pair:${ip}:${email}`;
export const accountKey = (email: string) => `account:${email}`;

/**
 * Counts failed sign-ins in a sliding window per account and address, per account and per address, in a
 * FailureLog (Postgres for the server, so that the limits hold across all its processes). Guessing from one
 * address locks that address out of that account; failures spread over addresses, or many users behind one
 * address, only slow sign-ins down by a back-off that never exceeds a minute. A success clears the account's counts.
 */
export class SignInLimiter {
  constructor(
    private readonly log: FailureLog = new MemoryFailureLog(),
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  ) {}

  /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
  async retryAfterSeconds(email: string, ip: string, now = Date.now()): Promise<number> {
    const rules = this.keys(email, ip);
    const times = await this.log.times(rules.map(([key]) => key), now - this.limits.windowMs + 1);
    const waits = rules.map(([key, rule]) => this.wait(times.get(key) ?? [], rule, now));
    return Math.ceil(Math.max(...waits) / 1000);
  }

  async recordFailure(email: string, ip: string, now = Date.now()): Promise<void> {
    await this.log.add(this.keys(email, ip).map(([key]) => key), now, now - this.limits.windowMs + 1);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.log.clear([pairKey(ip, email), accountKey(email)]);
  }

  private keys(email: string, ip: string): Array<[string, LimitRule]> {
    return [
      [pairKey(ip, email), this.limits.pair],
      [accountKey(email), this.limits.account],
      [`address:${ip}`, this.limits.address],
    ];
  }

  /** Milliseconds to wait under one rule, given the failures in the window (oldest first). */
  private wait(recent: number[], rule: LimitRule, now: number): number {
    if (recent.length < rule.limit) return 0;
    if (rule.kind === "lock") return recent[recent.length - rule.limit]! + this.limits.windowMs - now;
    const backoff = Math.min(this.limits.maxBackoffMs, 1000 * 2 ** (recent.length - rule.limit));
    return Math.max(0, recent[recent.length - 1]! + backoff - now);
  }
}
