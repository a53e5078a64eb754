import { alignSeries, plottable, smooth } from "./series";

describe("chart series", () => {
  it("smooths with a debiased moving average and leaves gaps alone", () => {
    expect(smooth([1, 2, 3], 0)).toEqual([1, 2, 3]);
    const smoothed = smooth([10, null, 10, 20], 0.5);
    expect(smoothed[0]).toBeCloseTo(10);
    expect(smoothed[1]).toBeNull();
    expect(smoothed[2]).toBeCloseTo(10);
    expect(smoothed[3]).toBeGreaterThan(10);
    expect(smoothed[3]).toBeLessThan(20);
  });

  it("lines series up on the union of their steps", () => {
    expect(alignSeries([[{ step: 0, value: 1 }, { step: 2, value: 3 }], [{ step: 1, value: 5 }]])).toEqual({ steps: [0, 1, 2], columns: [[1, null, 3], [null, 5, null]] });
  });

  it("plots numbers only", () => {
    expect([1, "NaN", "Infinity", Number.POSITIVE_INFINITY].map((value) => plottable(value as never))).toEqual([1, null, null, null]);
  });
});
