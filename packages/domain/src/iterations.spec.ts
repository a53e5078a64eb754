import { kpiChange, planProblems, type KpiSnapshot } from "./iterations";

const kpi = (value: number | null, direction: KpiSnapshot["direction"] = "HIGHER_IS_BETTER"): KpiSnapshot => ({ kpiId: "k", name: "Defects caught", unit: "%", direction, target: 95, value, status: "AT_RISK" });

describe("iterations", () => {
  it("names what a plan lacks", () => {
    expect(planProblems({ triggers: 1, hypothesis: "h", changes: 2 })).toEqual([]);
    expect(planProblems({ triggers: 0, hypothesis: null, changes: 0 })).toHaveLength(3);
    expect(planProblems({ triggers: 1, hypothesis: "  ", changes: 1 })).toEqual(["no hypothesis"]);
  });

  it("tells how a KPI moved, in its own direction", () => {
    expect(kpiChange(kpi(91), kpi(96))).toBe("IMPROVED");
    expect(kpiChange(kpi(91), kpi(90))).toBe("WORSE");
    expect(kpiChange(kpi(300, "LOWER_IS_BETTER"), kpi(200, "LOWER_IS_BETTER"))).toBe("IMPROVED");
    expect(kpiChange(kpi(91), kpi(91))).toBe("UNCHANGED");
    expect(kpiChange(kpi(null), kpi(91))).toBe("UNKNOWN");
    expect(kpiChange(kpi(91), undefined)).toBe("UNKNOWN");
  });
});
