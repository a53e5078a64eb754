import { classificationReport, type ClassificationReport } from "../evaluation/classification";
import { addRegressionPair, emptyRegressionSums, regressionFigures, type RegressionSums } from "../evaluation/regression";

/**
 * Production evaluation: predictions joined with their actuals (ground truth that arrives later), kept as mergeable
 * per-hour profiles so that a window's metrics never re-read records. A classifier's profile is its confusion
 * counts; a regressor's holds the sums the offline RegressionAccumulator keeps (Welford's mean and squared
 * deviations of the actual values, merged with Chan's formula), so that a window's figures are the offline
 * evaluation's maths on the same pairs.
 */

export interface ClassificationOutcomes {
  kind: "classification";
  /** actual label → predicted label → count. */
  counts: Record<string, Record<string, number>>;
}

export interface RegressionOutcomes extends RegressionSums {
  kind: "regression";
}

export type OutcomeProfile = ClassificationOutcomes | RegressionOutcomes;

/** One prediction and its actual, as stored: a label (text, number or boolean) or a number. */
export interface OutcomePair {
  actual: { label?: string | number | boolean; value?: number };
  prediction: { label?: string | number | boolean; value?: number };
}

const labelText = (label: string | number | boolean) => String(label);

/** Whether a pair can be evaluated: a label with a label, or a number with a number. */
export function pairKind(pair: OutcomePair): "classification" | "regression" | null {
  if (pair.actual.label !== undefined && pair.prediction.label !== undefined) return "classification";
  if (typeof pair.actual.value === "number" && typeof pair.prediction.value === "number") return "regression";
  return null;
}

function emptyOf(kind: OutcomeProfile["kind"]): OutcomeProfile {
  return kind === "classification" ? { kind, counts: {} } : { kind, ...emptyRegressionSums() };
}

/** Adds one pair to a profile (a new one when null); pairs that cannot be evaluated, or of the other kind, leave it as it is. */
export function foldOutcome(profile: OutcomeProfile | null, pair: OutcomePair): OutcomeProfile | null {
  const kind = pairKind(pair);
  if (kind === null || (profile && profile.kind !== kind)) return profile;
  const target = profile ?? emptyOf(kind);
  if (target.kind === "classification") {
    const actual = labelText(pair.actual.label!);
    const predicted = labelText(pair.prediction.label!);
    const row = (target.counts[actual] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
    return target;
  }
  addRegressionPair(target, pair.actual.value!, pair.prediction.value!);
  return target;
}

/** Two profiles as one, in either order; profiles of different kinds keep the first. */
export function mergeOutcomes(a: OutcomeProfile | null, b: OutcomeProfile | null): OutcomeProfile | null {
  if (!a) return b;
  if (!b || a.kind !== b.kind) return a;
  if (a.kind === "classification" && b.kind === "classification") {
    const counts: Record<string, Record<string, number>> = {};
    for (const source of [a.counts, b.counts]) {
      for (const [actual, row] of Object.entries(source)) {
        const target = (counts[actual] ??= {});
        for (const [predicted, count] of Object.entries(row)) target[predicted] = (target[predicted] ?? 0) + count;
      }
    }
    return { kind: "classification", counts };
  }
  const x = a as RegressionOutcomes;
  const y = b as RegressionOutcomes;
  const count = x.count + y.count;
  if (count === 0) return x;
  const delta = y.mean - x.mean;
  return {
    kind: "regression",
    count,
    absolute: x.absolute + y.absolute,
    squared: x.squared + y.squared,
    percentage: x.percentage + y.percentage,
    percentageCount: x.percentageCount + y.percentageCount,
    mean: x.mean + (delta * y.count) / count,
    deviations: x.deviations + y.deviations + (delta * delta * x.count * y.count) / count,
  };
}

export type OutcomeReport =
  | { kind: "classification"; labels: string[]; matrix: number[][]; report: ClassificationReport }
  | { kind: "regression"; metrics: { count: number; mae: number; mse: number; rmse: number; r2: number | null; mape: number | null; mapeExcluded: number } };

/** A window's production metrics from its profile: the confusion matrix and classificationReport, or the regression figures. */
export function outcomeReport(profile: OutcomeProfile | null): OutcomeReport | null {
  if (!profile) return null;
  if (profile.kind === "classification") {
    const labels = [...new Set([...Object.keys(profile.counts), ...Object.values(profile.counts).flatMap((row) => Object.keys(row))])].sort();
    if (labels.length === 0) return null;
    const matrix = labels.map((actual) => labels.map((predicted) => profile.counts[actual]?.[predicted] ?? 0));
    return { kind: "classification", labels, matrix, report: labels.length === 1 ? oneClass(labels[0]!, matrix[0]![0]!) : classificationReport(labels, matrix) };
  }
  return profile.count === 0 ? null : { kind: "regression", metrics: regressionFigures(profile) };
}

/** A window where every actual and every prediction was the one class: all right (scikit-learn answers the same). */
function oneClass(label: string, count: number): ClassificationReport {
  const perfect = { precision: 1, recall: 1, f1: 1 };
  return { total: count, accuracy: 1, perClass: [{ label, ...perfect, support: count, predicted: count }], macro: perfect, weighted: perfect };
}

/** The figures a monitor can watch from a window's production metrics. */
export function outcomeFigures(report: OutcomeReport | null): { accuracy: number | null; f1_macro: number | null; rmse: number | null; mae: number | null; labelled: number } {
  if (!report) return { accuracy: null, f1_macro: null, rmse: null, mae: null, labelled: 0 };
  if (report.kind === "classification") return { accuracy: report.report.accuracy, f1_macro: report.report.macro.f1, rmse: null, mae: null, labelled: report.report.total };
  return { accuracy: null, f1_macro: null, rmse: report.metrics.rmse, mae: report.metrics.mae, labelled: report.metrics.count };
}
