import fc from "fast-check";
import { crosses, monitorState, nextDue, opensAlert, thresholdProblem, windowToEvaluate, type MonitorOperator, type MonitorRule } from "./monitors";

const HOUR = 3_600_000;

describe("the monitor state machine", () => {
  const latency: MonitorRule = { operator: "gt", warning: 300, alert: 500, noData: "NO_DATA" };

  it("is ALERT past the alert threshold, WARNING past the warning one, OK otherwise", () => {
    expect([100, 300, 301, 500, 501].map((value) => monitorState(latency, value))).toEqual(["OK", "OK", "WARNING", "WARNING", "ALERT"]);
    const volume: MonitorRule = { operator: "lte", warning: 1_000, alert: 100, noData: "ALERT" };
    expect([5_000, 1_000, 100, 0].map((value) => monitorState(volume, value))).toEqual(["OK", "WARNING", "ALERT", "ALERT"]);
    expect(monitorState({ ...latency, warning: null }, 400)).toBe("OK");
  });

  it("follows the no-data policy when a window has no figure", () => {
    expect(monitorState(latency, null)).toBe("NO_DATA");
    expect(monitorState({ ...latency, noData: "OK" }, null)).toBe("OK");
    expect(monitorState({ ...latency, noData: "ALERT" }, null)).toBe("ALERT");
  });

  it("never says WARNING where the value is past the alert threshold, whatever the operator", () => {
    const operators: MonitorOperator[] = ["gt", "gte", "lt", "lte"];
    fc.assert(
      fc.property(fc.constantFrom(...operators), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }), (operator, alert, value) => {
        const state = monitorState({ operator, warning: null, alert, noData: "NO_DATA" }, value);
        expect(state === "ALERT").toBe(crosses(operator, value, alert));
      }),
    );
  });

  it("opens an alert on entering ALERT, not while it stays there", () => {
    expect(opensAlert(null, "ALERT")).toBe(true);
    expect(opensAlert("OK", "ALERT")).toBe(true);
    expect(opensAlert("WARNING", "ALERT")).toBe(true);
    expect(opensAlert("NO_DATA", "ALERT")).toBe(true);
    expect(opensAlert("ALERT", "ALERT")).toBe(false);
    expect(opensAlert("ALERT", "OK")).toBe(false);
    expect(opensAlert("OK", "WARNING")).toBe(false);
  });

  it("wants the warning before the alert in the operator's direction", () => {
    expect(thresholdProblem(latency)).toBeNull();
    expect(thresholdProblem({ operator: "gt", warning: 600, alert: 500 })).toMatch(/below 500/);
    expect(thresholdProblem({ operator: "lt", warning: 50, alert: 100 })).toMatch(/above 100/);
    expect(thresholdProblem({ operator: "lt", warning: null, alert: 100 })).toBeNull();
  });
});

describe("which window an evaluation covers", () => {
  it("ends at the last whole cadence step and reaches back a window", () => {
    const now = Date.parse("2026-12-03T14:37:00Z");
    expect(windowToEvaluate(now, HOUR, HOUR)).toEqual({ from: Date.parse("2026-12-03T13:00:00Z"), to: Date.parse("2026-12-03T14:00:00Z") });
    expect(windowToEvaluate(now, HOUR, 24 * HOUR)).toEqual({ from: Date.parse("2026-12-02T14:00:00Z"), to: Date.parse("2026-12-03T14:00:00Z") });
    expect(nextDue(Date.parse("2026-12-03T14:00:00Z"), HOUR)).toBe(Date.parse("2026-12-03T15:00:00Z"));
  });

  it("covers each cadence step once, however often it is asked", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), fc.integer({ min: 0, max: HOUR - 1 }), (start, later) => {
        const hourStart = Math.floor(start / HOUR) * HOUR;
        expect(windowToEvaluate(hourStart + later, HOUR, HOUR)).toEqual(windowToEvaluate(hourStart, HOUR, HOUR));
      }),
    );
  });
});
