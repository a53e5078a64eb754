import { addToExtremes, chooseRollupLevel, extremesInStepOrder, mergeExtremes, rawSamplingLimit, ROLLUP_LEVELS, sampleSeries, type Extremes, type MetricPoint } from "./sampling";

const series = (length: number, value: (step: number) => number = (step) => step): MetricPoint[] => Array.from({ length }, (_, step) => ({ step, value: value(step) }));

describe("sampleSeries", () => {
  it("returns every point when they fit", () => {
    const result = sampleSeries(series(10), { maxPoints: 10 });
    expect(result).toEqual({ sampled: false, total: 10, points: series(10) });
  });

  it("keeps at most maxPoints, in step order, and says it sampled", () => {
    const result = sampleSeries(series(100_000, (step) => Math.sin(step / 100)), { maxPoints: 1000 });
    expect(result.sampled).toBe(true);
    expect(result.total).toBe(100_000);
    expect(result.points.length).toBeLessThanOrEqual(1000);
    // 100,000 points are past the raw limit: 256-step blocks (391 of them) are the finest level with at most 500.
    expect(result.points.length).toBe(2 * Math.ceil(100_000 / 256));
    const steps = result.points.map((point) => point.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it("never loses a spike or a dip", () => {
    const data = series(10_000, () => 1);
    data[4321] = { step: 4321, value: 1e6 };
    data[8765] = { step: 8765, value: -1e6 };
    const { points } = sampleSeries(data, { maxPoints: 20 });
    expect(points).toContainEqual({ step: 4321, value: 1e6 });
    expect(points).toContainEqual({ step: 8765, value: -1e6 });
    expect(Math.max(...points.map((point) => point.value))).toBe(1e6);
  });

  it("keeps the first and last points' buckets' extremes within the bounds", () => {
    const { points } = sampleSeries(series(1000), { maxPoints: 10, fromStep: 100, toStep: 199 });
    expect(points[0]!.step).toBe(100);
    expect(points[points.length - 1]!.step).toBe(199);
    expect(points.every((point) => point.step >= 100 && point.step <= 199)).toBe(true);
  });

  it("keeps infinities as extremes and NaN only when a bucket has nothing else", () => {
    const data: MetricPoint[] = [
      { step: 0, value: 1 },
      { step: 1, value: Number.POSITIVE_INFINITY },
      { step: 2, value: Number.NaN },
      { step: 3, value: 2 },
      { step: 4, value: Number.NaN },
      { step: 5, value: Number.NaN },
      { step: 6, value: Number.NaN },
      { step: 7, value: Number.NaN },
    ];
    const { points } = sampleSeries(data, { maxPoints: 4 });
    expect(points).toEqual([
      { step: 0, value: 1 },
      { step: 1, value: Number.POSITIVE_INFINITY },
      { step: 4, value: Number.NaN },
    ]);
  });

  it("handles a single repeated step", () => {
    const data = Array.from({ length: 50 }, (_, index) => ({ step: 7, value: index }));
    expect(sampleSeries(data, { maxPoints: 4 }).points).toEqual([
      { step: 7, value: 0 },
      { step: 7, value: 49 },
    ]);
  });

  it("thins evenly up to the raw limit and by rollup blocks beyond it, keeping the spike either way", () => {
    for (const length of [rawSamplingLimit(100), rawSamplingLimit(100) + 1, 200_000]) {
      const data = series(length, (step) => (step === 1234 ? 99 : Math.cos(step)));
      const { points, sampled, total } = sampleSeries(data, { maxPoints: 100 });
      expect({ sampled, total }).toEqual({ sampled: true, total: length });
      expect(points.length).toBeLessThanOrEqual(100);
      expect(points).toContainEqual({ step: 1234, value: 99 });
    }
    // 200,000 steps: 4^6 = 4096-step blocks give 49 ≤ 50 buckets.
    expect(sampleSeries(series(200_000), { maxPoints: 100 }).points).toHaveLength(2 * 49);
  });

  it("keeps a range's blocks to the points inside the range", () => {
    const { points } = sampleSeries(series(100_000), { maxPoints: 20, fromStep: 1000, toStep: 50_000 });
    expect(points[0]).toEqual({ step: 1000, value: 1000 });
    expect(points[points.length - 1]).toEqual({ step: 50_000, value: 50_000 });
    expect(points.every((point) => point.step >= 1000 && point.step <= 50_000)).toBe(true);
    expect(points.length).toBeLessThanOrEqual(20);
  });

  it("groups the coarsest blocks when even they are too many", () => {
    const data = Array.from({ length: 5000 }, (_, index) => ({ step: index * 4 ** 14, value: index % 3 }));
    expect(chooseRollupLevel(new Map(ROLLUP_LEVELS.map((level) => [level, 5000])), 100)).toEqual({ level: 14, group: 100 });
    const { points } = sampleSeries(data, { maxPoints: 100 });
    expect(points.length).toBeLessThanOrEqual(100);
    expect(points.slice(0, 2)).toEqual([{ step: 0, value: 0 }, { step: 2 * 4 ** 14, value: 2 }]);
  });

  it("merges extremes as if every point were added, keeping the earliest of equals", () => {
    const points = [3, 1, Number.NaN, 1, 7, 7].map((value, step) => ({ step, value }));
    const whole = points.reduce<Extremes | undefined>(addToExtremes, undefined)!;
    const halves = [points.slice(0, 3), points.slice(3)].map((half) => half.reduce<Extremes | undefined>(addToExtremes, undefined)!);
    expect(mergeExtremes(mergeExtremes(undefined, halves[0]!), halves[1]!)).toEqual(whole);
    expect(extremesInStepOrder(whole)).toEqual([{ step: 1, value: 1 }, { step: 4, value: 7 }]);
    const nan = [{ step: 5, value: Number.NaN }, { step: 2, value: Number.NaN }].reduce<Extremes | undefined>(addToExtremes, undefined)!;
    expect(extremesInStepOrder(nan)).toEqual([{ step: 2, value: Number.NaN }]);
  });

  it("refuses a maxPoints below 2", () => {
    expect(() => sampleSeries(series(3), { maxPoints: 1 })).toThrow(RangeError);
  });
});
