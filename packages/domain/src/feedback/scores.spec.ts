import { numericScore, scoreConfigProblem, scoreValueProblem } from "./scores";

const numeric = { type: "NUMERIC" as const, min: 1, max: 5, options: [] };
const categorical = { type: "CATEGORICAL" as const, min: null, max: null, options: ["correct", "partly", "wrong"] };

describe("feedback scores", () => {
  it("checks a value against its config", () => {
    expect(scoreValueProblem(numeric, 4)).toBeNull();
    expect(scoreValueProblem(numeric, 6)).toBe("Must be at most 5");
    expect(scoreValueProblem(numeric, 0)).toBe("Must be at least 1");
    expect(scoreValueProblem(numeric, "4")).toBe("Must be a number");
    expect(scoreValueProblem(categorical, "partly")).toBeNull();
    expect(scoreValueProblem(categorical, "meh")).toBe('Must be one of "correct", "partly", "wrong"');
    expect(scoreValueProblem({ type: "BOOLEAN", min: null, max: null, options: [] }, 1)).toBe("Must be true or false");
    expect(scoreValueProblem({ type: "TEXT", min: null, max: null, options: [] }, "  ")).toBe("Must be some text");
  });

  it("checks a config's own rule", () => {
    expect(scoreConfigProblem(numeric)).toBeNull();
    expect(scoreConfigProblem({ ...numeric, min: 5, max: 5 })).toEqual({ path: "max", message: "Must be above min" });
    expect(scoreConfigProblem({ ...categorical, options: ["one"] })).toEqual({ path: "options", message: "Give at least two options" });
    expect(scoreConfigProblem({ ...categorical, options: ["a", "a"] })).toEqual({ path: "options", message: "Lists an option twice" });
    expect(scoreConfigProblem({ ...numeric, options: ["x"] })).toEqual({ path: "options", message: "Only a categorical score has options" });
    expect(scoreConfigProblem({ type: "BOOLEAN", min: 0, max: null, options: [] })).toEqual({ path: "min", message: "Only a numeric score has a range" });
  });

  it("reads booleans as 1 / 0 for means, and nothing for categories or text", () => {
    expect([numericScore(3.5), numericScore(true), numericScore(false), numericScore("partly")]).toEqual([3.5, 1, 0, null]);
  });
});
