import { annotationProblem, dealItems } from "./annotations";

const configs = [
  { name: "correct", type: "BOOLEAN" as const, min: null, max: null, options: [] },
  { name: "helpfulness", type: "NUMERIC" as const, min: 1, max: 5, options: [] },
];

describe("annotation answers", () => {
  it("asks a prediction for one valid value of each of the queue's configs", () => {
    expect(annotationProblem("PREDICTIONS", configs, { scores: [{ config: "correct", value: true }, { config: "helpfulness", value: 4 }] })).toBeNull();
    expect(annotationProblem("PREDICTIONS", configs, { scores: [{ config: "correct", value: true }] })).toEqual({ path: "scores", message: 'Give "helpfulness" too' });
    expect(annotationProblem("PREDICTIONS", configs, { scores: [{ config: "correct", value: true }, { config: "helpfulness", value: 9 }] })).toEqual({ path: "scores.1.value", message: "Must be at most 5" });
    expect(annotationProblem("PREDICTIONS", configs, { scores: [{ config: "tone", value: 1 }] })).toEqual({ path: "scores.0.config", message: 'The queue does not ask for "tone"' });
    expect(annotationProblem("PREDICTIONS", configs, { scores: [{ config: "correct", value: true }, { config: "correct", value: false }] })?.message).toBe('"correct" is given twice');
    expect(annotationProblem("PREDICTIONS", configs, { choice: "A" })?.path).toBe("choice");
  });

  it("asks a pair for a choice and nothing else", () => {
    expect(annotationProblem("PAIRS", [], { choice: "TIE" })).toBeNull();
    expect(annotationProblem("PAIRS", [], {})).toEqual({ path: "choice", message: "Pick A, B or TIE" });
    expect(annotationProblem("PAIRS", [], { choice: "A", scores: [{ config: "correct", value: true }] })?.path).toBe("scores");
  });
});

describe("dealing items", () => {
  it("deals in turn from where the last deal stopped, or to no one", () => {
    expect(dealItems(5, ["ann", "bo"], 1)).toEqual(["bo", "ann", "bo", "ann", "bo"]);
    expect(dealItems(2, [])).toEqual([null, null]);
  });
});
