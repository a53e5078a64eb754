import { HistoryPageCache } from "./history-page.cache";

const page = (runId: string, token = "") => ({ runId, key: "loss", pageSize: 25_000, token });

describe("HistoryPageCache", () => {
  it("serves a page again only at the point count it was kept at", () => {
    const cache = new HistoryPageCache();
    const body = Buffer.from('{"metrics":[]}');
    cache.set(page("a"), 10_000, body);
    expect(cache.get(page("a"), 10_000)).toBe(body);
    expect(cache.get(page("a", "next"), 10_000)).toBeNull();
    expect(cache.get(page("b"), 10_000)).toBeNull();
    // The series grew: the kept page is stale, and gone.
    expect(cache.get(page("a"), 10_001)).toBeNull();
    expect(cache.get(page("a"), 10_000)).toBeNull();
  });

  it("lets the least recently used pages go beyond 64 MB", () => {
    const cache = new HistoryPageCache();
    const mb = (n: number) => Buffer.alloc(n * 1024 * 1024);
    cache.set(page("a"), 1, mb(15));
    cache.set(page("b"), 1, mb(15));
    cache.set(page("c"), 1, mb(15));
    expect(cache.get(page("a"), 1)).not.toBeNull(); // a is now the most recently used
    cache.set(page("d"), 1, mb(15));
    cache.set(page("e"), 1, mb(15)); // 75 MB: the least recently used (b) goes
    expect(cache.get(page("b"), 1)).toBeNull();
    expect(cache.get(page("a"), 1)).not.toBeNull();
    expect(cache.get(page("e"), 1)).not.toBeNull();
    // A page of more than a quarter of the budget is never kept.
    cache.set(page("f"), 1, mb(17));
    expect(cache.get(page("f"), 1)).toBeNull();
  });
});
