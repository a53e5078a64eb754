import { binaryCurves, classificationReport, confusionMatrixProblem } from "./classification";
import { diagnoseFit, type FitPoint } from "./fit";
import { histogram, RegressionAccumulator, regressionMetrics } from "./regression";

const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 9);

describe("classificationReport", () => {
  it("computes a binary report as by hand", () => {
    // 60 negatives (50 right), 40 positives (35 right).
    const report = classificationReport(["neg", "pos"], [[50, 10], [5, 35]]);
    expect(report.total).toBe(100);
    close(report.accuracy, 0.85);
    const [neg, pos] = report.perClass;
    close(pos!.precision, 35 / 45);
    close(pos!.recall, 35 / 40);
    close(pos!.f1, 70 / 85);
    close(neg!.precision, 50 / 55);
    close(neg!.recall, 50 / 60);
    close(neg!.f1, 100 / 115);
    expect([neg!.support, pos!.support, neg!.predicted, pos!.predicted]).toEqual([60, 40, 55, 45]);
    close(report.macro.f1, (70 / 85 + 100 / 115) / 2);
    close(report.weighted.f1, ((100 / 115) * 60 + (70 / 85) * 40) / 100);
  });

  it("matches scikit-learn on a three-class example with a class never predicted right", () => {
    // y_true = [2, 0, 2, 2, 0, 1], y_pred = [0, 0, 2, 2, 0, 2]
    const report = classificationReport(["0", "1", "2"], [[2, 0, 0], [0, 0, 1], [1, 0, 2]]);
    close(report.accuracy, 4 / 6);
    expect(report.perClass.map((metrics) => [metrics.precision, metrics.recall, metrics.f1].map((value) => Number(value.toFixed(12))))).toEqual([
      [Number((2 / 3).toFixed(12)), 1, 0.8],
      [0, 0, 0],
      [Number((2 / 3).toFixed(12)), Number((2 / 3).toFixed(12)), Number((2 / 3).toFixed(12))],
    ]);
    close(report.macro.precision, 4 / 9);
    close(report.macro.f1, (0.8 + 2 / 3) / 3);
    close(report.weighted.f1, (0.8 * 2 + (2 / 3) * 3) / 6);
  });

  it("handles hundreds of labels", () => {
    const size = 300;
    const matrix = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => (row === column ? 9 : column === (row + 1) % size ? 1 : 0)));
    const report = classificationReport(Array.from({ length: size }, (_, index) => `c${index}`), matrix);
    close(report.accuracy, 0.9);
    close(report.macro.f1, 0.9);
  });

  it("names what is wrong with a matrix", () => {
    expect(confusionMatrixProblem(["a", "b"], [[1, 2]])).toEqual({ path: "matrix", message: expect.stringContaining("square") });
    expect(confusionMatrixProblem(["a", "b"], [[1, 2], [3]])).toEqual({ path: "matrix.1", message: expect.stringContaining("square") });
    expect(confusionMatrixProblem(["a", "b"], [[1, -2], [3, 4]])).toEqual({ path: "matrix.0.1", message: expect.stringContaining("non-negative integers") });
    expect(confusionMatrixProblem(["a", "b"], [[1, 2.5], [3, 4]])?.path).toBe("matrix.0.1");
    expect(confusionMatrixProblem(["a", "a"], [[1, 2], [3, 4]])).toEqual({ path: "labels.1", message: expect.stringContaining("unique") });
    expect(confusionMatrixProblem(["a"], [[1]])?.path).toBe("labels");
    expect(confusionMatrixProblem(["a", "b"], [[0, 0], [0, 0]])?.message).toMatch(/nothing/);
    expect(confusionMatrixProblem(["a", "b"], [[1, 2], [3, 4]])).toBeNull();
  });
});

describe("binaryCurves", () => {
  it("gives scikit-learn's ROC AUC and average precision", () => {
    // roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75; average_precision_score(...) = 0.8333…
    const curves = binaryCurves([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);
    close(curves.rocAuc, 0.75);
    close(curves.averagePrecision, 5 / 6);
    expect(curves.roc[0]).toEqual({ x: 0, y: 0, threshold: Number.POSITIVE_INFINITY });
    expect(curves.roc.at(-1)).toMatchObject({ x: 1, y: 1 });
    expect(curves.pr.map((point) => [point.x, point.y])).toEqual([[0.5, 1], [0.5, 0.5], [1, 2 / 3], [1, 0.5]]);
  });

  it("moves tied scores together", () => {
    const curves = binaryCurves([0.5, 0.5, 0.5, 0.5], [true, false, true, false]);
    expect(curves.roc).toHaveLength(2);
    close(curves.rocAuc, 0.5);
  });

  it("needs both classes and paired arrays", () => {
    expect(() => binaryCurves([0.1], [true])).toThrow(RangeError);
    expect(() => binaryCurves([0.1, 0.2], [true])).toThrow(RangeError);
  });
});

describe("regressionMetrics", () => {
  it("matches scikit-learn's example", () => {
    // y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]
    const metrics = regressionMetrics([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
    close(metrics.mae, 0.5);
    close(metrics.mse, 0.375);
    close(metrics.rmse, Math.sqrt(0.375));
    close(metrics.r2, 0.9486081370449679);
    close(metrics.mape, 0.3273809523809524);
    expect(metrics.mapeExcluded).toBe(0);
    expect(metrics.residuals.counts.reduce((sum, count) => sum + count, 0)).toBe(4);
  });

  it("leaves zero targets out of MAPE and says how many, and has no R² for constant targets", () => {
    const metrics = regressionMetrics([0, 2], [1, 1]);
    close(metrics.mape, 0.5);
    expect(metrics.mapeExcluded).toBe(1);
    expect(regressionMetrics([0, 0], [1, 1]).mape).toBeNull();
    expect(regressionMetrics([5, 5, 5], [4, 5, 6]).r2).toBeNull();
  });

  it("folds batches into the same result as one pass", () => {
    const actual = Array.from({ length: 10_000 }, (_, index) => Math.sin(index) * 100 + 3);
    const predicted = actual.map((value, index) => value + Math.cos(index * 7));
    const batched = new RegressionAccumulator();
    for (let start = 0; start < actual.length; start += 999) batched.add(actual.slice(start, start + 999), predicted.slice(start, start + 999));
    const whole = regressionMetrics(actual, predicted);
    const result = batched.result();
    close(result.r2, whole.r2!);
    close(result.mse, whole.mse);
    expect(result.residuals).toEqual(whole.residuals);
  });

  it("refuses unpaired or non-finite input", () => {
    expect(() => regressionMetrics([1, 2], [1])).toThrow(/pair/);
    expect(() => regressionMetrics([1, Number.NaN], [1, 2])).toThrow(/finite/);
    expect(() => new RegressionAccumulator().result()).toThrow(RangeError);
  });

  it("bins residuals evenly, the top edge in the last bin", () => {
    expect(histogram([0, 1, 2, 3, 4], 2)).toEqual({ edges: [0, 2, 4], counts: [2, 3] });
    expect(histogram([1, 1], 5)).toEqual({ edges: [1, 1], counts: [2] });
  });
});

describe("diagnoseFit", () => {
  const curve = (steps: number, value: (step: number) => number): FitPoint[] => Array.from({ length: steps }, (_, step) => ({ step, value: value(step) }));

  it("calls a validation loss that turns up while training keeps falling overfitting, with its best step", () => {
    const result = diagnoseFit({ train: curve(100, (step) => 1 / (1 + step / 5)), validation: curve(100, (step) => 0.3 + ((step - 30) / 60) ** 2), direction: "LOWER_IS_BETTER" });
    expect(result.verdict).toBe("OVERFIT");
    expect(result.evidence.bestStep).toBe(30);
    close(result.evidence.bestValidation, 0.3);
    expect(result.evidence.validationRise).toBeGreaterThan(0.05);
  });

  it("calls a wide final gap overfitting, for a score too", () => {
    const result = diagnoseFit({ train: curve(50, (step) => 0.99 - 0.5 * Math.exp(-step / 3)), validation: curve(50, (step) => 0.7 - 0.3 * Math.exp(-step / 3)), direction: "HIGHER_IS_BETTER" });
    expect(result.verdict).toBe("OVERFIT");
    expect(result.evidence.gap).toBeGreaterThan(0.2);
    expect(result.reason).toMatch(/worse than training/);
  });

  it("calls a training error short of the target underfitting (high bias)", () => {
    const result = diagnoseFit({ train: curve(50, () => 0.8), validation: curve(50, () => 0.82), direction: "LOWER_IS_BETTER", target: 0.3 });
    expect(result.verdict).toBe("UNDERFIT");
    close(result.evidence.bias, 0.5);
  });

  it("calls curves still falling steeply at the end underfitting (stopped early)", () => {
    const result = diagnoseFit({ train: curve(30, (step) => Math.exp(-step / 20)), validation: curve(30, (step) => 1.05 * Math.exp(-step / 20)), direction: "LOWER_IS_BETTER" });
    expect(result.verdict).toBe("UNDERFIT");
    expect(result.evidence.tailImprovement).toBeGreaterThan(0.05);
  });

  it("calls converged curves close together balanced", () => {
    const result = diagnoseFit({ train: curve(100, (step) => 0.2 + 0.8 * Math.exp(-step / 8)), validation: curve(100, (step) => 0.22 + 0.8 * Math.exp(-step / 8)), direction: "LOWER_IS_BETTER", target: 0.25 });
    expect(result.verdict).toBe("BALANCED");
    close(result.evidence.gap, 0.02 / (0.2 + 0.8 * Math.exp(-99 / 8)));
    expect(result.evidence.bias).toBeLessThan(0);
  });

  it("says when there is not enough to go on, and honours thresholds", () => {
    expect(diagnoseFit({ train: curve(3, () => 1), validation: curve(10, () => 1), direction: "LOWER_IS_BETTER" }).verdict).toBe("NOT_ENOUGH_DATA");
    const gapOfTen = { train: curve(100, (step) => 0.2 + 0.8 * Math.exp(-step / 8)), validation: curve(100, (step) => 0.22 + 0.8 * Math.exp(-step / 8)), direction: "LOWER_IS_BETTER" as const };
    expect(diagnoseFit({ ...gapOfTen, thresholds: { maxGap: 0.05 } }).verdict).toBe("OVERFIT");
  });

  it("measures the spread across runs with the same hyperparameters", () => {
    const result = diagnoseFit({ train: curve(10, () => 1), validation: curve(10, () => 1), direction: "LOWER_IS_BETTER", siblings: [0.2, 0.4, 0.6] });
    close(result.evidence.spreadAcrossRuns, 0.2);
  });
});
