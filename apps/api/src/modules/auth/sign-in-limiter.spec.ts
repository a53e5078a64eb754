import { DEFAULT_SIGN_IN_LIMITS, SignInLimiter, type SignInLimits } from "./sign-in-limiter";

const limits = (changes: Partial<SignInLimits>): SignInLimits => ({ ...DEFAULT_SIGN_IN_LIMITS, windowMs: 60_000, ...changes });

describe("SignInLimiter", () => {
  it("locks one account from one address once its failures reach the limit, for the window", () => {
    const limiter = new SignInLimiter(limits({ pair: { limit: 3, kind: "lock" }, account: { limit: 100, kind: "backoff" } }));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 1_000 * attempt)).toBe(0);
      limiter.recordFailure("a@x.io", "1.1.1.1", 1_000 * attempt);
    }
    expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 3_000)).toBe(57);
    expect(limiter.retryAfterSeconds("b@x.io", "1.1.1.1", 3_000)).toBe(0);
    // The same account from another address is not locked.
    expect(limiter.retryAfterSeconds("a@x.io", "9.9.9.9", 3_000)).toBe(0);
    expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 61_000)).toBe(0);
  });

  it("thirty failures behind one address slow everyone there down by a back-off, never a lock-out", () => {
    const limiter = new SignInLimiter(DEFAULT_SIGN_IN_LIMITS);
    for (let index = 0; index < 30; index += 1) limiter.recordFailure(`user${index}@x.io`, "2.2.2.2", 0);
    // A colleague behind the same NAT waits a second, not fifteen minutes.
    expect(limiter.retryAfterSeconds("colleague@x.io", "2.2.2.2", 0)).toBe(1);
    expect(limiter.retryAfterSeconds("colleague@x.io", "2.2.2.2", 1_000)).toBe(0);
    for (let index = 0; index < 30; index += 1) limiter.recordFailure(`more${index}@x.io`, "2.2.2.2", 2_000);
    expect(limiter.retryAfterSeconds("colleague@x.io", "2.2.2.2", 2_000)).toBe(60);
    expect(limiter.retryAfterSeconds("colleague@x.io", "3.3.3.3", 2_000)).toBe(0);
  });

  it("counts one account's failures across addresses, and backs off rather than locking the only admin out", () => {
    const limiter = new SignInLimiter(DEFAULT_SIGN_IN_LIMITS);
    for (let index = 0; index < 10; index += 1) limiter.recordFailure("admin@x.io", `10.0.0.${index}`, 0);
    expect(limiter.retryAfterSeconds("admin@x.io", "10.0.1.1", 0)).toBe(1);
    for (let index = 0; index < 40; index += 1) limiter.recordFailure("admin@x.io", `10.0.2.${index}`, 5_000);
    // Never more than a minute after the last failure.
    expect(limiter.retryAfterSeconds("admin@x.io", "10.0.1.1", 5_000)).toBe(60);
    expect(limiter.retryAfterSeconds("admin@x.io", "10.0.1.1", 65_000)).toBe(0);
  });

  it("clears an account's failures on success", () => {
    const limiter = new SignInLimiter(limits({ pair: { limit: 2, kind: "lock" } }));
    limiter.recordFailure("a@x.io", "1.1.1.1", 0);
    limiter.recordFailure("a@x.io", "1.1.1.1", 0);
    limiter.recordSuccess("a@x.io", "1.1.1.1");
    expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 10)).toBe(0);
  });
});
