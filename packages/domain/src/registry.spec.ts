import fc from "fast-check";
import { aliasPeriods, aliasProblem, aliasVersionAt, approvalProblems, modelNameProblem, type AliasMove } from "./registry";

const recall = { name: "Recall", target: 0.9, metricKey: "recall", direction: "HIGHER_IS_BETTER" as const };
const latency = { name: "Error", target: 5, metricKey: "mape", direction: "LOWER_IS_BETTER" as const, unit: "%" };

describe("aliases", () => {
  it.each(["champion", "staging", "canary_2", "a-b"])("accepts %s", (alias) => expect(aliasProblem(alias)).toBeNull());
  it.each([
    ["latest", "reserved"],
    ["v3", "reserved"],
    ["Champion", "lowercase"],
    ["", "lowercase"],
    ["a b", "lowercase"],
    ["x".repeat(65), "1 to 64"],
  ])("refuses %j (%s)", (alias, why) => expect(aliasProblem(alias)).toContain(why));

  it("names models without slashes or control characters", () => {
    expect(modelNameProblem("spam-knn")).toBeNull();
    expect(modelNameProblem("a/b")).toContain("'/'");
    expect(modelNameProblem(" padded")).toContain("spaces");
    expect(modelNameProblem("tab\there")).toContain("control");
  });
});

describe("approvalProblems", () => {
  it("approves evidence that meets every linked KPI without an over- or underfit", () => {
    expect(approvalProblems([recall, latency], { runName: "knn", fitVerdict: "BALANCED", testMetrics: { recall: 0.93, mape: 0.04 } })).toEqual([]);
  });

  it("names each KPI missed and a bad fit", () => {
    expect(approvalProblems([recall, latency], { runName: "knn", fitVerdict: "OVERFIT", testMetrics: { recall: 0.8 } })).toEqual([
      "Recall needs recall ≥ 0.9",
      "no test mape for Error",
      "its fit is diagnosed overfitting",
    ]);
  });

  it("refuses evidence without a test evaluation, whatever the KPIs", () => {
    expect(approvalProblems([], { runName: null, fitVerdict: null, testMetrics: {} })).toEqual([expect.stringContaining("no test evaluation")]);
    expect(approvalProblems([], null)).toHaveLength(1);
  });
});

describe("alias history", () => {
  const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
  const moves: AliasMove[] = [
    { alias: "champion", fromVersion: null, toVersion: 1, createdAt: at(1000) },
    { alias: "staging", fromVersion: null, toVersion: 2, createdAt: at(1500) },
    { alias: "champion", fromVersion: 1, toVersion: 3, createdAt: at(2000) },
    { alias: "champion", fromVersion: 3, toVersion: null, createdAt: at(3000) },
    { alias: "champion", fromVersion: null, toVersion: 2, createdAt: at(4000) },
  ];

  it("answers which version an alias pointed to at an instant", () => {
    expect(aliasVersionAt(moves, "champion", at(999))).toBeNull();
    expect(aliasVersionAt(moves, "champion", at(1000))).toBe(1);
    expect(aliasVersionAt(moves, "champion", at(1999))).toBe(1);
    expect(aliasVersionAt(moves, "champion", at(2500))).toBe(3);
    expect(aliasVersionAt(moves, "champion", at(3500))).toBeNull();
    expect(aliasVersionAt(moves, "champion", at(9999))).toBe(2);
    expect(aliasVersionAt(moves, "staging", at(2500))).toBe(2);
  });

  it("lists an alias's periods, closing each at the next move", () => {
    expect(aliasPeriods(moves, "champion")).toEqual([
      { version: 1, from: at(1000), until: at(2000) },
      { version: 3, from: at(2000), until: at(3000) },
      { version: 2, from: at(4000), until: null },
    ]);
  });

  it("agrees with its periods at every instant, whatever the order the moves come in", () => {
    const move = fc.record({ toVersion: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), ms: fc.integer({ min: 0, max: 10_000 }) });
    fc.assert(
      fc.property(fc.uniqueArray(move, { selector: (item) => item.ms, maxLength: 12 }), fc.integer({ min: -1, max: 10_001 }), (raw, probe) => {
        const list: AliasMove[] = raw.map((item) => ({ alias: "a", fromVersion: null, toVersion: item.toVersion, createdAt: at(item.ms) }));
        const shuffled = [...list].reverse();
        const period = aliasPeriods(shuffled, "a").find((item) => item.from.getTime() <= at(probe).getTime() && (item.until === null || at(probe).getTime() < item.until.getTime()));
        expect(aliasVersionAt(shuffled, "a", at(probe))).toBe(period?.version ?? null);
      }),
    );
  });
});
