import { SignInLimiter } from "./sign-in-limiter";

describe("SignInLimiter", () => {
  it("allows attempts until an account's failures reach the limit, then says how long to wait", () => {
    const limiter = new SignInLimiter(3, 100, 60_000);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 1_000 * attempt)).toBe(0);
      limiter.recordFailure("a@x.io", "1.1.1.1", 1_000 * attempt);
    }
    expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 3_000)).toBe(57);
    expect(limiter.retryAfterSeconds("b@x.io", "1.1.1.1", 3_000)).toBe(0);
    expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 61_000)).toBe(0);
  });

  it("limits an address across accounts", () => {
    const limiter = new SignInLimiter(100, 2, 60_000);
    limiter.recordFailure("a@x.io", "2.2.2.2", 0);
    limiter.recordFailure("b@x.io", "2.2.2.2", 0);
    expect(limiter.retryAfterSeconds("c@x.io", "2.2.2.2", 10)).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds("c@x.io", "3.3.3.3", 10)).toBe(0);
  });

  it("clears an account's failures on success", () => {
    const limiter = new SignInLimiter(2, 100, 60_000);
    limiter.recordFailure("a@x.io", "1.1.1.1", 0);
    limiter.recordFailure("a@x.io", "1.1.1.1", 0);
    limiter.recordSuccess("a@x.io", "1.1.1.1");
    expect(limiter.retryAfterSeconds("a@x.io", "1.1.1.1", 10)).toBe(0);
  });
});
