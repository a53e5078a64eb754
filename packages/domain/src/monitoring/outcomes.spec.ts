import fc from "fast-check";
import { classificationReport } from "../evaluation/classification";
import { regressionMetrics } from "../evaluation/regression";
import { foldOutcome, mergeOutcomes, outcomeFigures, outcomeReport, type OutcomePair, type OutcomeProfile } from "./outcomes";

const fold = (pairs: OutcomePair[]) => pairs.reduce<OutcomeProfile | null>((profile, pair) => foldOutcome(profile, pair), null);
/** Splits pairs into hours, folds each, merges them in a shuffled order. */
function merged(pairs: OutcomePair[], cuts: number[], order: number[]): OutcomeProfile | null {
  const bounds = [...new Set([0, ...cuts.map((cut) => cut % (pairs.length + 1)), pairs.length])].sort((a, b) => a - b);
  const hours = bounds.slice(1).map((end, index) => fold(pairs.slice(bounds[index], end)));
  const shuffled: Array<OutcomeProfile | null> = [...order.map((index) => hours[index % hours.length]!), ...hours];
  // Every hour once: merge a permutation (the order list may repeat; take the first occurrence of each).
  const seen = new Set<OutcomeProfile | null>();
  return shuffled.filter((hour) => (seen.has(hour) ? false : (seen.add(hour), true))).reduce((total, hour) => mergeOutcomes(total, hour), null as OutcomeProfile | null);
}

describe("production outcomes", () => {
  it("a classifier's window is classificationReport of its confusion matrix", () => {
    const pairs: OutcomePair[] = [
      { actual: { label: "fraud" }, prediction: { label: "fraud" } },
      { actual: { label: "fraud" }, prediction: { label: "ok" } },
      { actual: { label: "ok" }, prediction: { label: "ok" } },
      { actual: { label: "ok" }, prediction: { label: "ok" } },
      { actual: { label: "ok" }, prediction: { label: "fraud" } },
    ];
    const report = outcomeReport(fold(pairs));
    expect(report).toEqual({ kind: "classification", labels: ["fraud", "ok"], matrix: [[1, 1], [1, 2]], report: classificationReport(["fraud", "ok"], [[1, 1], [1, 2]]) });
    expect(outcomeFigures(report)).toMatchObject({ accuracy: 0.6, labelled: 5 });
  });

  it("a window of one class only is all right", () => {
    const report = outcomeReport(fold([{ actual: { label: "ok" }, prediction: { label: "ok" } }, { actual: { label: "ok" }, prediction: { label: "ok" } }]));
    expect(report).toMatchObject({ labels: ["ok"], matrix: [[2]], report: { accuracy: 1, total: 2, macro: { f1: 1 } } });
  });

  it("labels as numbers or booleans count as their text; unpaired kinds are left out", () => {
    const profile = fold([
      { actual: { label: true }, prediction: { label: true } },
      { actual: { label: 1 }, prediction: { label: "1" } },
      { actual: { value: 3 }, prediction: { label: "x" } },
    ]);
    expect(outcomeReport(profile)).toMatchObject({ labels: ["1", "true"], matrix: [[1, 0], [0, 1]] });
    expect(outcomeReport(null)).toBeNull();
    expect(outcomeFigures(null)).toEqual({ accuracy: null, f1_macro: null, rmse: null, mae: null, labelled: 0 });
  });

  it("merged hours give the offline figures on all the pairs, in any order (classification)", () => {
    const label = fc.constantFrom("a", "b", "c");
    fc.assert(
      fc.property(fc.array(fc.record({ actual: fc.record({ label }), prediction: fc.record({ label }) }), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), (pairs, cuts, order) => {
        expect(outcomeReport(merged(pairs, cuts, order))).toEqual(outcomeReport(fold(pairs)));
      }),
    );
  });

  it("merged hours give regressionMetrics on all the pairs to 1e-9, in any order (regression)", () => {
    const number = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.record({ actual: fc.record({ value: number }), prediction: fc.record({ value: number }) }), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), (pairs, cuts, order) => {
        const report = outcomeReport(merged(pairs, cuts, order));
        const offline = regressionMetrics(pairs.map((pair) => pair.actual.value), pairs.map((pair) => pair.prediction.value));
        if (report?.kind !== "regression") throw new Error("expected regression");
        for (const key of ["mae", "mse", "rmse"] as const) expect(report.metrics[key]).toBeCloseTo(offline[key], 6);
        for (const key of ["mae", "rmse"] as const) expect(Math.abs(report.metrics[key] - offline[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, offline[key]));
        // R² divides by the actual values' spread: merged means differ from the running one in the last bits only.
        if (offline.r2 !== null && report.metrics.r2 !== null) expect(Math.abs(report.metrics.r2 - offline.r2)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(offline.r2)));
        expect(report.metrics.mapeExcluded).toBe(offline.mapeExcluded);
      }),
    );
  });
});
