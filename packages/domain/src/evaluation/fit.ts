/**
 * Fit diagnosis from a run's train and validation curves of one metric.
 *
 * Values are first turned into errors (lower is better): a loss as it is, a
 * score negated. With `tail` the last share of the steps (default the last 20 %):
 *
 * 1. NOT_ENOUGH_DATA — either curve has fewer than `minPoints` points.
 * 2. UNDERFIT — a target (the KPI's or a baseline) is known and the final training error is worse than it:
 *    the model cannot even fit what it trains on (high bias).
 * 3. OVERFIT — validation error has risen by more than `riseTolerance` (relative) since its best step, that best
 *    step lies before the tail, and training error did not get worse meanwhile; or the final
 *    generalisation gap (validation − training error, relative to the training error) exceeds `maxGap`.
 * 4. UNDERFIT — validation error was still falling steeply when training stopped: it improved by more than
 *    `steepImprovement` (relative) across the tail.
 * 5. BALANCED — none of these.
 *
 * Bias is the final training error against the target (positive: worse than the target); variance is the gap,
 * and the spread of the final validation values across runs with the same hyperparameters when given.
 */

export const FIT_VERDICTS = ["NOT_ENOUGH_DATA", "UNDERFIT", "OVERFIT", "BALANCED"] as const;
export type FitVerdict = (typeof FIT_VERDICTS)[number];

export interface FitThresholds {
  minPoints: number;
  tail: number;
  maxGap: number;
  riseTolerance: number;
  steepImprovement: number;
}

export const DEFAULT_FIT_THRESHOLDS: FitThresholds = { minPoints: 5, tail: 0.2, maxGap: 0.2, riseTolerance: 0.05, steepImprovement: 0.05 };

export interface FitPoint {
  step: number;
  value: number;
}

export interface FitInput {
  train: readonly FitPoint[];
  validation: readonly FitPoint[];
  direction: "LOWER_IS_BETTER" | "HIGHER_IS_BETTER";
  /** The value to reach (a KPI target or a baseline), in the metric's own units. */
  target?: number | null;
  /** Final validation values of runs with the same hyperparameters, this run's included. */
  siblings?: readonly number[];
  thresholds?: Partial<FitThresholds>;
}

export interface FitDiagnosis {
  verdict: FitVerdict;
  /** Why, in a sentence. */
  reason: string;
  evidence: {
    bestStep: number | null;
    bestValidation: number | null;
    finalTrain: number | null;
    finalValidation: number | null;
    /** (validation − training error) / |training error| at the end. */
    gap: number | null;
    /** How much validation error rose from its best to the end, relative. */
    validationRise: number | null;
    /** How much validation error fell across the tail, relative. */
    tailImprovement: number | null;
    /** Final training error minus the target's (positive: short of the target); null without a target. */
    bias: number | null;
    /** The gap, as the variance estimate from one run. */
    variance: number | null;
    /** Standard deviation of the siblings' final validation values; null with fewer than two. */
    spreadAcrossRuns: number | null;
  };
  thresholds: FitThresholds;
}

const relative = (change: number, base: number) => change / Math.max(Math.abs(base), 1e-12);

function sampleStandardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}

/** The error at the last step at or before `step` (curves sorted by step). */
function valueAt(curve: ReadonlyArray<{ step: number; error: number }>, step: number): number {
  let found = curve[0]!.error;
  for (const point of curve) {
    if (point.step > step) break;
    found = point.error;
  }
  return found;
}

export function diagnoseFit(input: FitInput): FitDiagnosis {
  const thresholds = { ...DEFAULT_FIT_THRESHOLDS, ...input.thresholds };
  const sign = input.direction === "HIGHER_IS_BETTER" ? -1 : 1;
  const toError = (points: readonly FitPoint[]) =>
    points
      .filter((point) => Number.isFinite(point.value))
      .map((point) => ({ step: point.step, error: sign * point.value }))
      .sort((a, b) => a.step - b.step);
  const train = toError(input.train);
  const validation = toError(input.validation);
  const spreadAcrossRuns = sampleStandardDeviation(input.siblings ?? []);
  const empty = { bestStep: null, bestValidation: null, finalTrain: null, finalValidation: null, gap: null, validationRise: null, tailImprovement: null, bias: null, variance: null, spreadAcrossRuns };
  if (train.length < thresholds.minPoints || validation.length < thresholds.minPoints) {
    return {
      verdict: "NOT_ENOUGH_DATA",
      reason: `Needs at least ${thresholds.minPoints} training and validation points; has ${train.length} and ${validation.length}.`,
      evidence: empty,
      thresholds,
    };
  }

  const best = validation.reduce((winner, point) => (point.error < winner.error ? point : winner));
  const finalTrain = train[train.length - 1]!.error;
  const finalValidation = validation[validation.length - 1]!.error;
  const firstStep = Math.min(train[0]!.step, validation[0]!.step);
  const lastStep = Math.max(train[train.length - 1]!.step, validation[validation.length - 1]!.step);
  const tailStart = lastStep - (lastStep - firstStep) * thresholds.tail;
  const gap = relative(finalValidation - finalTrain, finalTrain);
  const validationRise = relative(finalValidation - best.error, best.error);
  const tailImprovement = relative(valueAt(validation, tailStart) - finalValidation, valueAt(validation, tailStart));
  const trainAtBest = valueAt(train, best.step);
  const target = input.target === null || input.target === undefined ? null : sign * input.target;
  const bias = target === null ? null : sign * (finalTrain - target);
  const evidence = {
    bestStep: best.step,
    bestValidation: sign * best.error,
    finalTrain: sign * finalTrain,
    finalValidation: sign * finalValidation,
    gap,
    validationRise,
    tailImprovement,
    bias,
    variance: gap,
    spreadAcrossRuns,
  };
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const verdict = (kind: FitVerdict, reason: string): FitDiagnosis => ({ verdict: kind, reason, evidence, thresholds });

  if (target !== null && finalTrain > target) {
    return verdict("UNDERFIT", `The final training value ${sign * finalTrain} does not reach the target ${input.target}: the model does not fit even its training data (high bias).`);
  }
  if (validationRise > thresholds.riseTolerance && best.step < tailStart && finalTrain <= trainAtBest) {
    return verdict("OVERFIT", `Validation got ${percent(validationRise)} worse after its best at step ${best.step} while training kept improving (high variance).`);
  }
  if (gap > thresholds.maxGap) {
    return verdict("OVERFIT", `Validation is ${percent(gap)} worse than training at the end, beyond the ${percent(thresholds.maxGap)} allowed (high variance).`);
  }
  if (tailImprovement > thresholds.steepImprovement) {
    return verdict("UNDERFIT", `Validation was still improving by ${percent(tailImprovement)} over the last ${percent(thresholds.tail)} of the steps: training stopped too early.`);
  }
  return verdict("BALANCED", `Training and validation end ${percent(Math.max(0, gap))} apart, validation at most ${percent(Math.max(0, validationRise))} off its best and no longer improving much.`);
}
