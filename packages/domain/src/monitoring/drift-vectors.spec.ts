import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chiSquare, jensenShannon, wasserstein } from "./distances";
import { ks2samp, ksResult } from "./kolmogorov";

interface Vectors {
  ks2samp: { name: string; a: number[]; b: number[]; statistic: number; pvalue: number }[];
  ksPvalues: { n1: number; n2: number; d: number; pvalue: number; method: string }[];
  wasserstein: { name: string; u: number[]; v: number[]; uWeights?: number[]; vWeights?: number[]; distance: number }[];
  chisquare: { name: string; observed: number[]; expected: number[]; statistic: number; pvalue: number }[];
  jensenshannon: { name: string; p: number[]; q: number[]; distance: number }[];
}

const vectors = JSON.parse(readFileSync(join(__dirname, "vectors", "drift-vectors.json"), "utf8")) as Vectors;
const TOLERANCE = 1e-9;

describe("drift statistics against scipy's answers (vectors/drift-vectors.json)", () => {
  it.each(vectors.ks2samp.map((c) => [c.name, c] as const))("ks_2samp: %s", (_name, c) => {
    const result = ks2samp(c.a, c.b);
    expect(Math.abs(result.statistic - c.statistic)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(result.pvalue - c.pvalue)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("ks_2samp's p-value over a grid of sizes and statistics, exact and asymptotic", () => {
    const wrong = vectors.ksPvalues
      .map((c) => ({ ...c, got: ksResult(c.n1, c.n2, c.d).pvalue }))
      .filter((c) => !(Math.abs(c.got - c.pvalue) <= TOLERANCE));
    expect(wrong).toEqual([]);
  });

  it.each(vectors.wasserstein.map((c) => [c.name, c] as const))("wasserstein_distance: %s", (_name, c) => {
    expect(Math.abs(wasserstein(c.u, c.v, c.uWeights, c.vWeights) - c.distance)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(vectors.chisquare.map((c) => [c.name, c] as const))("chisquare: %s", (_name, c) => {
    const result = chiSquare(c.observed, c.expected);
    expect(Math.abs(result.statistic - c.statistic)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, c.statistic));
    expect(Math.abs(result.pvalue - c.pvalue)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(vectors.jensenshannon.map((c) => [c.name, c] as const))("jensenshannon: %s", (_name, c) => {
    expect(Math.abs(jensenShannon(c.p, c.q) - c.distance)).toBeLessThanOrEqual(TOLERANCE);
  });
});
