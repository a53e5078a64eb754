import fc from "fast-check";
import { FILTER_LIMITS, FilterSyntaxError, parseFilter, parseOrderBy } from "./filter";
import { likeMatches } from "./like";

function positionOf(parse: () => unknown): number {
  try {
    parse();
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error.position;
    throw error;
  }
  throw new Error("parsed");
}

/** LIKE as a regular expression would read it: the meaning likeMatches must keep, on small inputs only. */
function likeByRegExp(text: string, pattern: string): boolean {
  const escaped = Array.from(pattern)
    .map((char) => (char === "%" ? ".*" : char === "_" ? "." : char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${escaped}$`, "su").test(text);
}

describe("likeMatches", () => {
  it("reads % and _ as SQL does", () => {
    expect(likeMatches("churn-model", "churn%")).toBe(true);
    expect(likeMatches("churn-model", "%model")).toBe(true);
    expect(likeMatches("churn-model", "%n-m%")).toBe(true);
    expect(likeMatches("churn-model", "c_urn%")).toBe(true);
    expect(likeMatches("churn", "churn_")).toBe(false);
    expect(likeMatches("", "%")).toBe(true);
    expect(likeMatches("", "")).toBe(true);
    expect(likeMatches("a", "")).toBe(false);
    expect(likeMatches("aXbXc", "a%b%c")).toBe(true);
    expect(likeMatches("abab", "%ab%ab")).toBe(true);
    expect(likeMatches("aba", "%ab%ab")).toBe(false);
    expect(likeMatches("a.b*c", "a.b*c")).toBe(true);
    expect(likeMatches("axbyc", "a.b*c")).toBe(false);
    expect(likeMatches("😀x", "_x")).toBe(true);
    expect(likeMatches("Churn", "churn", true)).toBe(true);
    expect(likeMatches("Churn", "churn")).toBe(false);
  });

  it("agrees with the regular-expression reading on random text and patterns", () => {
    const char = fc.constantFrom("a", "b", "%", "_", ".");
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "."), { maxLength: 12 }), fc.array(char, { maxLength: 8 }), (text, pattern) => {
        expect(likeMatches(text.join(""), pattern.join(""))).toBe(likeByRegExp(text.join(""), pattern.join("")));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches the pattern that froze the server (8.4 s through a RegExp) without backtracking", () => {
    // A RegExp for this pattern backtracks exponentially on a long run of a's; likeMatches does a few thousand steps.
    const name = "a".repeat(5000);
    expect(likeMatches(name, "%a%a%a%a%a%a%a%a%b")).toBe(false);
    expect(likeMatches(`${name}b`, "%a%a%a%a%a%a%a%a%b")).toBe(true);
  });
});

describe("filter limits", () => {
  it("refuses parentheses nested deeper than the limit, naming where", () => {
    const deep = `${"(".repeat(5000)}name = 'x'${")".repeat(5000)}`;
    expect(positionOf(() => parseFilter(deep.slice(0, FILTER_LIMITS.length - 1)))).toBe(FILTER_LIMITS.depth);
    expect(positionOf(() => parseFilter(deep))).toBe(FILTER_LIMITS.length);
    const allowed = `${"(".repeat(FILTER_LIMITS.depth)}name = 'x'${")".repeat(FILTER_LIMITS.depth)}`;
    expect(parseFilter(allowed)).toMatchObject({ kind: "compare" });
  });

  it("refuses IN lists longer than the limit and filters with too many comparisons", () => {
    const values = (count: number) => Array.from({ length: count }, (_, index) => index).join(",");
    expect(parseFilter(`params.k IN (${values(FILTER_LIMITS.inValues)})`)).toMatchObject({ kind: "in" });
    expect(() => parseFilter(`params.k IN (${values(FILTER_LIMITS.inValues + 1)})`)).toThrow(/at most 500 values/);
    const many = Array.from({ length: FILTER_LIMITS.comparisons + 1 }, (_, index) => `metrics.m${index} > 0`).join(" AND ");
    expect(() => parseFilter(many)).toThrow(/at most 100 comparisons/);
  });

  it("refuses NUL characters and lone surrogates, in filters and orderings", () => {
    expect(positionOf(() => parseFilter("name = 'a\u0000b'"))).toBe(9);
    expect(positionOf(() => parseFilter("name = '\uD800'"))).toBe(8);
    expect(positionOf(() => parseFilter("name = '\uDC00x'"))).toBe(8);
    expect(positionOf(() => parseOrderBy("params.`a\u0000`"))).toBe(9);
    expect(parseFilter("name = '😀'")).toMatchObject({ value: { value: "😀" } });
  });

  it("takes double-quoted values as MLflow clients write them", () => {
    expect(parseFilter('tags.team = "nlp"')).toMatchObject({ field: { scope: "tag", key: "team" }, value: { type: "string", value: "nlp" } });
    expect(parseFilter('params."my key" = "a b"')).toMatchObject({ field: { scope: "param", key: "my key" }, value: { type: "string", value: "a b" } });
  });

  it("checks attributes against the list it is given", () => {
    expect(parseFilter("creation_time > 0", ["name", "creation_time"])).toMatchObject({ field: { scope: "attribute", key: "creation_time" } });
    expect(() => parseFilter("creation_time > 0")).toThrow(/Unknown attribute 'creation_time'/);
  });
});
