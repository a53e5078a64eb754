import { findTransition, isGated, nextIteration, STAGES, stageStatusChanges, TRANSITIONS, transitionsFrom, type Stage } from "./stages";

const ALLOWED: Array<[Stage, Stage, string]> = [
  ["GOALS_KPIS", "PROBLEM_FRAMING", "ADVANCE"],
  ["PROBLEM_FRAMING", "DATA", "ADVANCE"],
  ["DATA", "MODEL_DEVELOPMENT", "ADVANCE"],
  ["MODEL_DEVELOPMENT", "DEPLOYMENT", "ADVANCE"],
  ["DEPLOYMENT", "MONITORING", "ADVANCE"],
  ["MONITORING", "ITERATION", "ADVANCE"],
  ["ITERATION", "DATA", "LOOP"],
  ["ITERATION", "MODEL_DEVELOPMENT", "LOOP"],
  ["PROBLEM_FRAMING", "GOALS_KPIS", "RETURN"],
  ["DATA", "PROBLEM_FRAMING", "RETURN"],
  ["MODEL_DEVELOPMENT", "DATA", "RETURN"],
  ["DEPLOYMENT", "MODEL_DEVELOPMENT", "RETURN"],
  ["MONITORING", "DEPLOYMENT", "RETURN"],
  ["ITERATION", "MONITORING", "RETURN"],
];

describe("transition table", () => {
  it.each(ALLOWED)("allows %s → %s as %s", (from, to, kind) => {
    expect(findTransition(from, to)?.kind).toBe(kind);
  });

  const allowedPairs = new Set(ALLOWED.map(([from, to]) => `${from}->${to}`));
  const forbidden = STAGES.flatMap((from) => STAGES.map((to) => [from, to] as const)).filter(([from, to]) => !allowedPairs.has(`${from}->${to}`));

  it.each(forbidden)("forbids %s → %s", (from, to) => {
    expect(findTransition(from, to)).toBeUndefined();
  });

  it("has exactly the listed rows", () => {
    expect(TRANSITIONS).toHaveLength(ALLOWED.length);
    expect(forbidden).toHaveLength(STAGES.length * STAGES.length - ALLOWED.length);
  });

  it("lists the moves from a stage", () => {
    expect(transitionsFrom("ITERATION").map((rule) => `${rule.kind}:${rule.to}`)).toEqual(["LOOP:DATA", "LOOP:MODEL_DEVELOPMENT", "RETURN:MONITORING"]);
    expect(transitionsFrom("GOALS_KPIS").map((rule) => rule.to)).toEqual(["PROBLEM_FRAMING"]);
  });

  it("gates forward moves and loops but not returns", () => {
    expect(isGated("ADVANCE")).toBe(true);
    expect(isGated("LOOP")).toBe(true);
    expect(isGated("RETURN")).toBe(false);
  });

  it("raises the iteration only on a loop", () => {
    expect(nextIteration("LOOP", 2)).toBe(3);
    expect(nextIteration("ADVANCE", 2)).toBe(2);
    expect(nextIteration("RETURN", 2)).toBe(2);
  });
});

describe("stage status changes", () => {
  it("finishes the stage left and starts the next on an advance", () => {
    expect(stageStatusChanges({ from: "GOALS_KPIS", to: "PROBLEM_FRAMING", kind: "ADVANCE" })).toEqual([
      { stage: "GOALS_KPIS", status: "DONE", clock: "end" },
      { stage: "PROBLEM_FRAMING", status: "IN_PROGRESS", clock: "start" },
    ]);
  });

  it("reopens the earlier stage and resets the one left on a return", () => {
    expect(stageStatusChanges({ from: "DATA", to: "PROBLEM_FRAMING", kind: "RETURN" })).toEqual([
      { stage: "DATA", status: "NOT_STARTED", clock: "reset" },
      { stage: "PROBLEM_FRAMING", status: "IN_PROGRESS", clock: "start" },
    ]);
  });

  it("resets every stage after the loop target on a loop", () => {
    expect(stageStatusChanges({ from: "ITERATION", to: "DATA", kind: "LOOP" })).toEqual([
      { stage: "ITERATION", status: "DONE", clock: "end" },
      { stage: "DATA", status: "IN_PROGRESS", clock: "start" },
      { stage: "MODEL_DEVELOPMENT", status: "NOT_STARTED", clock: "reset" },
      { stage: "DEPLOYMENT", status: "NOT_STARTED", clock: "reset" },
      { stage: "MONITORING", status: "NOT_STARTED", clock: "reset" },
    ]);
  });
});
