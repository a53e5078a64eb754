import { sampleSeries, type MetricPoint } from "./sampling";

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
    expect(result.points.length).toBeGreaterThan(900);
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

  it("refuses a maxPoints below 2", () => {
    expect(() => sampleSeries(series(3), { maxPoints: 1 })).toThrow(RangeError);
  });
});
