import { LifecycleApiError } from "./errors";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry network failures, 5xx and 429; anything else is the caller's mistake. */
export function retryable(error: unknown): boolean {
  return !(error instanceof LifecycleApiError) || error.status >= 500 || error.status === 429;
}

/** Calls until it succeeds, a failure is not retryable, or `attempts` are spent; backs off 200 ms, 400 ms … up to 5 s. */
export async function withRetries<T>(call: () => Promise<T>, attempts: number): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= attempts || !retryable(error)) throw error;
      await sleep(Math.min(5_000, 100 * 2 ** attempt));
    }
  }
}
