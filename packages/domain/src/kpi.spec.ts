import { assessKpi, deadlineEnd, kpiProgress, kpiTargetProblem, linearTrend, rollupKpiStatuses, type KpiDefinition } from "./kpi";

const at = (iso: string) => new Date(iso);
const higher: KpiDefinition = { direction: "HIGHER_IS_BETTER", baseline: 0.8, target: 0.95, deadline: at("2026-12-31"), createdAt: at("2026-01-01T00:00:00Z") };
const lower: KpiDefinition = { direction: "LOWER_IS_BETTER", baseline: 400, target: 200, deadline: null, createdAt: at("2026-01-01T00:00:00Z") };

describe("kpiProgress", () => {
  it("measures the share of the way from baseline to target", () => {
    expect(kpiProgress(higher, 0.875)).toBeCloseTo(0.5, 12);
    expect(kpiProgress(lower, 300)).toBeCloseTo(0.5, 12);
    expect(kpiProgress(lower, 250)).toBeCloseTo(0.75, 12);
  });

  it("clamps below the baseline and beyond the target", () => {
    expect(kpiProgress(higher, 0.5)).toBe(0);
    expect(kpiProgress(higher, 0.99)).toBe(1);
    expect(kpiProgress(lower, 500)).toBe(0);
  });

  it("is unknown without a baseline or a target, and complete when they are equal", () => {
    expect(kpiProgress({ baseline: null, target: 1 }, 0.5)).toBeNull();
    expect(kpiProgress({ baseline: 1, target: null }, 0.5)).toBeNull();
    expect(kpiProgress({ baseline: 3, target: 3 }, 2)).toBe(1);
  });
});

describe("linearTrend", () => {
  it("fits a least-squares line through the points", () => {
    const trend = linearTrend([
      { value: 1, measuredAt: new Date(0) },
      { value: 3, measuredAt: new Date(2) },
      { value: 5, measuredAt: new Date(4) },
    ]);
    expect(trend?.slopePerMs).toBeCloseTo(1, 12);
    expect(trend?.intercept).toBeCloseTo(1, 12);
  });

  it("needs two distinct times", () => {
    expect(linearTrend([{ value: 1, measuredAt: new Date(0) }])).toBeNull();
    expect(linearTrend([{ value: 1, measuredAt: new Date(5) }, { value: 2, measuredAt: new Date(5) }])).toBeNull();
  });
});

describe("assessKpi", () => {
  const now = at("2026-07-02T00:00:00Z");

  it("has no data without measurements", () => {
    expect(assessKpi(higher, [], now)).toMatchObject({ status: "NO_DATA", current: null, met: false, onTrack: null });
  });

  it("is met when the latest measurement reaches the target", () => {
    const result = assessKpi(higher, [{ value: 0.7, measuredAt: at("2026-02-01") }, { value: 0.96, measuredAt: at("2026-03-01") }], now);
    expect(result).toMatchObject({ status: "MET", met: true, onTrack: true, current: 0.96, progress: 1 });
  });

  it("takes, of measurements at the same instant, the one recorded last", () => {
    const same = at("2026-03-01T10:00:00Z");
    const result = assessKpi(lower, [{ value: 250, measuredAt: same, createdAt: at("2026-03-01T10:00:05Z") }, { value: 300, measuredAt: same, createdAt: at("2026-03-01T10:00:01Z") }], now);
    expect(result.current).toBe(250);
  });

  it("uses the latest measurement whatever the order given", () => {
    const result = assessKpi(lower, [{ value: 250, measuredAt: at("2026-03-01") }, { value: 390, measuredAt: at("2026-02-01") }], now);
    expect(result.current).toBe(250);
  });

  it("is on track when the trend reaches the target by the deadline", () => {
    const result = assessKpi(higher, [{ value: 0.8, measuredAt: at("2026-01-01") }, { value: 0.875, measuredAt: at("2026-07-01") }], now);
    expect(result.status).toBe("ON_TRACK");
    expect(result.projectedAtDeadline).toBeGreaterThan(0.95);
  });

  it("is at risk when the trend falls short of the target by the deadline", () => {
    const result = assessKpi(higher, [{ value: 0.8, measuredAt: at("2026-01-01") }, { value: 0.81, measuredAt: at("2026-07-01") }], now);
    expect(result).toMatchObject({ status: "AT_RISK", onTrack: false });
    expect(result.projectedAtDeadline).toBeLessThan(0.95);
  });

  it("projects no impossible value: a percentage stays within 0–100 %, a recall within 0–1", () => {
    const percent: KpiDefinition = { ...higher, baseline: 80, target: 99, unit: "%" };
    const steep = [{ value: 80, measuredAt: at("2026-01-01") }, { value: 95, measuredAt: at("2026-03-01") }];
    expect(assessKpi(percent, steep, now)).toMatchObject({ status: "ON_TRACK", projectedAtDeadline: 100 });
    const recall: KpiDefinition = { ...higher, metricKey: "recall" };
    expect(assessKpi(recall, [{ value: 0.8, measuredAt: at("2026-01-01") }, { value: 0.9, measuredAt: at("2026-03-01") }], now).projectedAtDeadline).toBe(1);
    const falling: KpiDefinition = { ...higher, baseline: 40, target: 60, unit: "%", direction: "HIGHER_IS_BETTER" };
    expect(assessKpi(falling, [{ value: 40, measuredAt: at("2026-01-01") }, { value: 20, measuredAt: at("2026-03-01") }], now).projectedAtDeadline).toBe(0);
    // Unbounded units are projected as the trend says.
    const latency: KpiDefinition = { ...lower, deadline: at("2026-12-31"), unit: "ms" };
    expect(assessKpi(latency, [{ value: 400, measuredAt: at("2026-01-01") }, { value: 390, measuredAt: at("2026-03-01") }], now).projectedAtDeadline).toBeGreaterThan(300);
  });

  it("is at risk once the deadline has passed unmet", () => {
    const result = assessKpi(higher, [{ value: 0.9, measuredAt: at("2026-12-01") }], at("2027-01-02T00:00:00Z"));
    expect(result).toMatchObject({ status: "AT_RISK", onTrack: false });
  });

  it("counts the whole deadline day as before the deadline", () => {
    expect(deadlineEnd(at("2026-12-31")).toISOString()).toBe("2026-12-31T23:59:59.999Z");
  });

  it("with one measurement, compares progress with the time elapsed", () => {
    const halfway = at("2026-07-02T12:00:00Z");
    expect(assessKpi(higher, [{ value: 0.9, measuredAt: halfway }], halfway).status).toBe("ON_TRACK");
    expect(assessKpi(higher, [{ value: 0.82, measuredAt: halfway }], halfway).status).toBe("AT_RISK");
  });

  it("without a deadline, is on track while better than the baseline", () => {
    expect(assessKpi(lower, [{ value: 300, measuredAt: at("2026-02-01") }], now).status).toBe("ON_TRACK");
    expect(assessKpi(lower, [{ value: 400, measuredAt: at("2026-02-01") }], now).status).toBe("AT_RISK");
    expect(assessKpi(lower, [{ value: 450, measuredAt: at("2026-02-01") }], now).status).toBe("AT_RISK");
  });

  it("has nothing to judge without a target", () => {
    expect(assessKpi({ ...higher, target: null }, [{ value: 0.9, measuredAt: now }], now)).toMatchObject({ status: "NO_DATA", current: 0.9, onTrack: null });
  });
});

describe("kpiTargetProblem", () => {
  it("rejects a target on the wrong side of the baseline", () => {
    expect(kpiTargetProblem("HIGHER_IS_BETTER", 0.9, 0.8)).toBe("Higher is better, so the target must not be below the baseline");
    expect(kpiTargetProblem("LOWER_IS_BETTER", 200, 300)).toBe("Lower is better, so the target must not be above the baseline");
  });

  it("accepts consistent or incomplete numbers", () => {
    expect(kpiTargetProblem("HIGHER_IS_BETTER", 0.8, 0.9)).toBeNull();
    expect(kpiTargetProblem("LOWER_IS_BETTER", 300, 200)).toBeNull();
    expect(kpiTargetProblem("LOWER_IS_BETTER", null, 200)).toBeNull();
    expect(kpiTargetProblem("HIGHER_IS_BETTER", 1, 1)).toBeNull();
  });
});

describe("rollupKpiStatuses", () => {
  it.each([
    [[], "NO_KPIS"],
    [["MET", "MET"], "MET"],
    [["MET", "ON_TRACK"], "ON_TRACK"],
    [["MET", "NO_DATA"], "ON_TRACK"],
    [["MET", "AT_RISK"], "AT_RISK"],
    [["NO_DATA"], "NO_DATA"],
  ] as const)("%j rolls up to %s", (statuses, expected) => {
    expect(rollupKpiStatuses(statuses)).toBe(expected);
  });
});
