/**
 * Regression metrics from true and predicted values, folded pair by pair so
 * that a million pairs can arrive in batches without being held in memory.
 *
 * - residual = predicted − actual
 * - MAE = mean |residual|, MSE = mean residual², RMSE = √MSE
 * - R² = 1 − Σ residual² / Σ (actual − mean actual)²; null when every actual value is the same
 *   (the ratio has no meaning then)
 * - MAPE = mean |residual / actual| over the pairs whose actual value is not 0; pairs with an actual
 *   of 0 are left out of MAPE (and counted in mapeExcluded); null when every actual value is 0
 */

export interface RegressionMetrics {
  count: number;
  mae: number;
  mse: number;
  rmse: number;
  r2: number | null;
  mape: number | null;
  mapeExcluded: number;
  residuals: Histogram;
}

export interface Histogram {
  /** bins + 1 edges from the lowest to the highest residual. */
  edges: number[];
  counts: number[];
}

export const RESIDUAL_BINS = 20;

/**
 * What regression metrics are computed from, pair by pair: mergeable sums (production windows merge them hour by
 * hour; the offline accumulator keeps one).
 */
export interface RegressionSums {
  count: number;
  absolute: number;
  squared: number;
  percentage: number;
  percentageCount: number;
  /** Welford's running mean and sum of squared deviations of the actual values. */
  mean: number;
  deviations: number;
}

export const emptyRegressionSums = (): RegressionSums => ({ count: 0, absolute: 0, squared: 0, percentage: 0, percentageCount: 0, mean: 0, deviations: 0 });

/** Adds one pair of finite numbers to the sums; answers its residual. */
export function addRegressionPair(sums: RegressionSums, truth: number, guess: number): number {
  const residual = guess - truth;
  sums.count += 1;
  sums.absolute += Math.abs(residual);
  sums.squared += residual * residual;
  if (truth !== 0) {
    sums.percentage += Math.abs(residual / truth);
    sums.percentageCount += 1;
  }
  const delta = truth - sums.mean;
  sums.mean += delta / sums.count;
  sums.deviations += delta * (truth - sums.mean);
  return residual;
}

/** The metrics of non-empty sums (all but the residual histogram). */
export function regressionFigures(sums: RegressionSums): Omit<RegressionMetrics, "residuals"> {
  const mse = sums.squared / sums.count;
  return {
    count: sums.count,
    mae: sums.absolute / sums.count,
    mse,
    rmse: Math.sqrt(mse),
    r2: sums.deviations === 0 ? null : 1 - sums.squared / sums.deviations,
    mape: sums.percentageCount === 0 ? null : sums.percentage / sums.percentageCount,
    mapeExcluded: sums.count - sums.percentageCount,
  };
}

export class RegressionAccumulator {
  private readonly sums = emptyRegressionSums();
  private readonly residuals: number[] = [];

  /** Adds pairs; the arrays must be the same length and hold finite numbers. */
  add(actual: readonly number[], predicted: readonly number[]): void {
    if (actual.length !== predicted.length) throw new RangeError(`${actual.length} actual values for ${predicted.length} predictions; they must pair up`);
    for (let index = 0; index < actual.length; index += 1) {
      const truth = actual[index]!;
      const guess = predicted[index]!;
      if (!Number.isFinite(truth) || !Number.isFinite(guess)) throw new RangeError(`Pair ${index} is not a pair of finite numbers`);
      this.residuals.push(addRegressionPair(this.sums, truth, guess));
    }
  }

  result(): RegressionMetrics {
    if (this.sums.count === 0) throw new RangeError("No pairs to evaluate");
    return { ...regressionFigures(this.sums), residuals: histogram(this.residuals, RESIDUAL_BINS) };
  }
}

export function regressionMetrics(actual: readonly number[], predicted: readonly number[]): RegressionMetrics {
  const accumulator = new RegressionAccumulator();
  accumulator.add(actual, predicted);
  return accumulator.result();
}

/** Equal-width bins between the lowest and highest value; the last bin includes its upper edge. */
export function histogram(values: readonly number[], bins: number): Histogram {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (values.length === 0) return { edges: [], counts: [] };
  if (low === high) return { edges: [low, high], counts: [values.length] };
  const width = (high - low) / bins;
  const counts: number[] = new Array(bins).fill(0);
  for (const value of values) counts[Math.min(bins - 1, Math.floor((value - low) / width))]! += 1;
  return { edges: Array.from({ length: bins + 1 }, (_, index) => (index === bins ? high : low + index * width)), counts };
}
