/**
 * Classification metrics from a confusion matrix of counts, rows the actual
 * class and columns the predicted one (scikit-learn's convention). A ratio
 * whose denominator is zero (a class never predicted, or never present) is 0,
 * as scikit-learn's zero_division=0.
 */

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Items actually of this class (the row's sum). */
  support: number;
  /** Items predicted as this class (the column's sum). */
  predicted: number;
}

export interface Averages {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassificationReport {
  total: number;
  accuracy: number;
  perClass: ClassMetrics[];
  /** The plain mean over classes. */
  macro: Averages;
  /** The mean weighted by each class's support. */
  weighted: Averages;
}

/** What is wrong with a confusion matrix, as a path and a reason, or null when it is sound. */
export function confusionMatrixProblem(labels: readonly string[], matrix: ReadonlyArray<ReadonlyArray<number>>): { path: string; message: string } | null {
  if (labels.length < 2) return { path: "labels", message: "Give at least two labels" };
  const seen = new Set<string>();
  for (const [index, label] of labels.entries()) {
    if (seen.has(label)) return { path: `labels.${index}`, message: `Label "${label}" appears twice; labels must be unique` };
    seen.add(label);
  }
  if (matrix.length !== labels.length) return { path: "matrix", message: `The matrix has ${matrix.length} rows for ${labels.length} labels; it must be square, one row and one column per label` };
  for (const [row, cells] of matrix.entries()) {
    if (cells.length !== labels.length) return { path: `matrix.${row}`, message: `Row ${row} has ${cells.length} counts for ${labels.length} labels; the matrix must be square` };
    for (const [column, count] of cells.entries()) {
      if (!Number.isInteger(count) || count < 0) return { path: `matrix.${row}.${column}`, message: `Counts must be non-negative integers, not ${count}` };
    }
  }
  if (matrix.every((cells) => cells.every((count) => count === 0))) return { path: "matrix", message: "The matrix counts nothing" };
  return null;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const harmonic = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

export function classificationReport(labels: readonly string[], matrix: ReadonlyArray<ReadonlyArray<number>>): ClassificationReport {
  const problem = confusionMatrixProblem(labels, matrix);
  if (problem) throw new RangeError(`${problem.path}: ${problem.message}`);
  const size = labels.length;
  const rowSums = matrix.map((cells) => cells.reduce((sum, count) => sum + count, 0));
  const columnSums = labels.map((_, column) => matrix.reduce((sum, cells) => sum + cells[column]!, 0));
  const total = rowSums.reduce((sum, count) => sum + count, 0);
  let correct = 0;
  const perClass = labels.map((label, index) => {
    const hits = matrix[index]![index]!;
    correct += hits;
    const precision = ratio(hits, columnSums[index]!);
    const recall = ratio(hits, rowSums[index]!);
    return { label, precision, recall, f1: harmonic(precision, recall), support: rowSums[index]!, predicted: columnSums[index]! };
  });
  const mean = (pick: (metrics: ClassMetrics) => number) => perClass.reduce((sum, metrics) => sum + pick(metrics), 0) / size;
  const weightedMean = (pick: (metrics: ClassMetrics) => number) => ratio(perClass.reduce((sum, metrics) => sum + pick(metrics) * metrics.support, 0), total);
  return {
    total,
    accuracy: ratio(correct, total),
    perClass,
    macro: { precision: mean((metrics) => metrics.precision), recall: mean((metrics) => metrics.recall), f1: mean((metrics) => metrics.f1) },
    weighted: { precision: weightedMean((metrics) => metrics.precision), recall: weightedMean((metrics) => metrics.recall), f1: weightedMean((metrics) => metrics.f1) },
  };
}

export interface CurvePoint {
  x: number;
  y: number;
  threshold: number;
}

export interface BinaryCurves {
  /** False-positive rate (x) against true-positive rate (y), from (0, 0) to (1, 1). */
  roc: CurvePoint[];
  rocAuc: number;
  /** Recall (x) against precision (y), as the threshold falls. */
  pr: CurvePoint[];
  /** Average precision: Σ (Rₙ − Rₙ₋₁) · Pₙ over the thresholds, as scikit-learn computes it. */
  averagePrecision: number;
}

/**
 * ROC and precision–recall curves of a binary classifier from its scores for
 * the positive class, one point per distinct score (ties move together).
 */
export function binaryCurves(scores: readonly number[], positives: readonly boolean[]): BinaryCurves {
  if (scores.length !== positives.length) throw new RangeError(`${scores.length} scores for ${positives.length} labels`);
  const totalPositive = positives.filter(Boolean).length;
  const totalNegative = positives.length - totalPositive;
  if (totalPositive === 0 || totalNegative === 0) throw new RangeError("Curves need both positive and negative items");
  const order = scores.map((score, index) => index).sort((a, b) => scores[b]! - scores[a]!);
  const roc: CurvePoint[] = [{ x: 0, y: 0, threshold: Number.POSITIVE_INFINITY }];
  const pr: CurvePoint[] = [];
  let truePositive = 0;
  let falsePositive = 0;
  let averagePrecision = 0;
  let lastRecall = 0;
  for (let index = 0; index < order.length; index += 1) {
    const item = order[index]!;
    if (positives[item]) truePositive += 1;
    else falsePositive += 1;
    const next = order[index + 1];
    if (next !== undefined && scores[next] === scores[item]) continue;
    const threshold = scores[item]!;
    const recall = truePositive / totalPositive;
    const precision = truePositive / (truePositive + falsePositive);
    roc.push({ x: falsePositive / totalNegative, y: recall, threshold });
    pr.push({ x: recall, y: precision, threshold });
    averagePrecision += (recall - lastRecall) * precision;
    lastRecall = recall;
  }
  let rocAuc = 0;
  for (let index = 1; index < roc.length; index += 1) rocAuc += ((roc[index]!.x - roc[index - 1]!.x) * (roc[index]!.y + roc[index - 1]!.y)) / 2;
  return { roc, rocAuc, pr, averagePrecision };
}
