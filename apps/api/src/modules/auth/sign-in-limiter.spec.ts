import { DEFAULT_SIGN_IN_LIMITS, MemoryFailureLog, SignInLimiter, type SignInLimits } from "./sign-in-limiter";

const limits = (changes: Partial<SignInLimits>): SignInLimits => ({ ...DEFAULT_SIGN_IN_LIMITS, windowMs: 60_000, ...changes });

describe("SignInLimiter", () => {
  it("locks one account from one address once its failures reach the limit, for the window", async () => {
    const limiter = new SignInLimiter(new MemoryFailureLog(), limits({ pair: { limit: 3, kind: "lock" }, account: { limit: 100, kind: "backoff" } }));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 1_000 * attempt)).toBe(0);
      await limiter.recordFailure("a@x.io", "1.1.1.1", 1_000 * attempt);
    }
    expect(await limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 3_000)).toBe(57);
    expect(await limiter.retryAfterSeconds("b@x.io", "1.1.1.1", 3_000)).toBe(0);
    // The same account from another address is not locked.
    expect(await limiter.retryAfterSeconds("a@x.io", "9.9.9.9", 3_000)).toBe(0);
    expect(await limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 61_000)).toBe(0);
  });

  it("thirty failures behind one address slow everyone there down by a back-off, never a lock-out", async () => {
    const limiter = new SignInLimiter(new MemoryFailureLog(), DEFAULT_SIGN_IN_LIMITS);
    for (let index = 0; index < 30; index += 1) await limiter.recordFailure(`user${index}@x.io`, "2.2.2.2", 0);
    // A colleague behind the same NAT waits a second, not fifteen minutes.
    expect(await limiter.retryAfterSeconds("colleague@x.io", "2.2.2.2", 0)).toBe(1);
    expect(await limiter.retryAfterSeconds("colleague@x.io", "2.2.2.2", 1_000)).toBe(0);
    for (let index = 0; index < 30; index += 1) await limiter.recordFailure(`more${index}@x.io`, "2.2.2.2", 2_000);
    expect(await limiter.retryAfterSeconds("colleague@x.io", "2.2.2.2", 2_000)).toBe(60);
    expect(await limiter.retryAfterSeconds("colleague@x.io", "3.3.3.3", 2_000)).toBe(0);
  });

  it("counts one account's failures across addresses, and backs off rather than locking the only admin out", async () => {
    const limiter = new SignInLimiter(new MemoryFailureLog(), DEFAULT_SIGN_IN_LIMITS);
    for (let index = 0; index < 10; index += 1) await limiter.recordFailure("admin@x.io", `10.0.0.${index}`, 0);
    expect(await limiter.retryAfterSeconds("admin@x.io", "10.0.1.1", 0)).toBe(1);
    for (let index = 0; index < 40; index += 1) await limiter.recordFailure("admin@x.io", `10.0.2.${index}`, 5_000);
    // Never more than a minute after the last failure.
    expect(await limiter.retryAfterSeconds("admin@x.io", "10.0.1.1", 5_000)).toBe(60);
    expect(await limiter.retryAfterSeconds("admin@x.io", "10.0.1.1", 65_000)).toBe(0);
  });

  it("clears an account's failures on success", async () => {
    const limiter = new SignInLimiter(new MemoryFailureLog(), limits({ pair: { limit: 2, kind: "lock" } }));
    await limiter.recordFailure("a@x.io", "1.1.1.1", 0);
    await limiter.recordFailure("a@x.io", "1.1.1.1", 0);
    await limiter.recordSuccess("a@x.io", "1.1.1.1");
    expect(await limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 10)).toBe(0);
  });
});
