import { afterAttempt, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_RETRY_DELAYS_MS, webhookUrlProblem } from "./webhooks";

describe("webhook retries", () => {
  it("delivers on any 2xx", () => {
    expect(afterAttempt(1, { statusCode: 200, error: null }, 0)).toEqual({ status: "DELIVERED", nextAttemptAt: null });
    expect(afterAttempt(3, { statusCode: 204, error: null }, 0)).toEqual({ status: "DELIVERED", nextAttemptAt: null });
  });

  it("backs off after each failed attempt, longer each time", () => {
    const waits = Array.from({ length: WEBHOOK_MAX_ATTEMPTS - 1 }, (_, index) => afterAttempt(index + 1, { statusCode: 500, error: null }, 1_000).nextAttemptAt! - 1_000);
    expect(waits).toEqual([...WEBHOOK_RETRY_DELAYS_MS]);
    for (let index = 1; index < waits.length; index += 1) expect(waits[index]).toBeGreaterThan(waits[index - 1]!);
  });

  it("retries network errors and redirects like server errors", () => {
    expect(afterAttempt(1, { statusCode: null, error: "ECONNREFUSED" }, 0).status).toBe("PENDING");
    expect(afterAttempt(1, { statusCode: 302, error: null }, 0).status).toBe("PENDING");
    expect(afterAttempt(1, { statusCode: 404, error: null }, 0).status).toBe("PENDING");
  });

  it("fails once the attempts are used up", () => {
    expect(afterAttempt(WEBHOOK_MAX_ATTEMPTS, { statusCode: 503, error: null }, 0)).toEqual({ status: "FAILED", nextAttemptAt: null });
  });
});

describe("webhook URLs", () => {
  it.each([
    ["https://hooks.example.com/lifecycle", null],
    ["http://127.0.0.1:8080/hook", null],
    ["ftp://example.com/x", "Must be an http or https URL"],
    ["not a url", "Not a URL"],
    ["https://user:secret@example.com/", "Must not carry credentials: the signature authenticates the sender"],
  ])("%s", (url, problem) => {
    expect(webhookUrlProblem(url)).toBe(problem);
  });
});
