import { chiSquare, jensenShannon, psi, wasserstein } from "./distances";
import { ksResult } from "./kolmogorov";
import { SMALL_REFERENCE, type CategoricalProfile, type CategoricalReference, type FeatureProfile, type FeatureReference, type NumericProfile, type NumericReference } from "./profile";
import { sketchPoints } from "./sketch";

/**
 * Whether a window of production values drifted from the reference, per feature and for the data set:
 * - numeric: the Kolmogorov–Smirnov p-value when the reference holds at most SMALL_REFERENCE values (drift when
 *   p < pValue), the Wasserstein distance divided by the reference's standard deviation above (drift when
 *   ≥ distance; computed on the two quantile sketches, so within the sketches' 1 % of the exact figure);
 * - categorical: Pearson's chi-square p-value with the expected counts scaled from the reference when it is small
 *   (the reference's shares are taken for the truth, as Evidently does: a window much larger than the reference
 *   also sees the reference's own sampling noise, so raise pValue's strictness there if it flags too often),
 *   the Jensen–Shannon distance above;
 * - both: PSI on the reference's bins, reported in bands (stable < psiModerate ≤ moderate < psiSignificant ≤ significant);
 * - the data set drifts when at least datasetShare of its features drift.
 * An empty window, or a reference with no values, gives no figure (and no drift) rather than an error.
 */

export interface DriftThresholds {
  pValue: number;
  distance: number;
  psiModerate: number;
  psiSignificant: number;
  datasetShare: number;
}

export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = { pValue: 0.05, distance: 0.1, psiModerate: 0.1, psiSignificant: 0.25, datasetShare: 0.5 };

export type DriftMethod = "ks" | "wasserstein" | "chi-square" | "jensen-shannon";
export type PsiBand = "stable" | "moderate" | "significant";

export interface FeatureDrift {
  method: DriftMethod | null;
  /** The p-value (ks, chi-square) or the distance (wasserstein, jensen-shannon); null without data. */
  score: number | null;
  /** The test's statistic: the KS distance D or the chi-square statistic; the distance itself otherwise. */
  statistic: number | null;
  threshold: number;
  drifted: boolean;
  psi: number | null;
  psiBand: PsiBand | null;
  referenceCount: number;
  windowCount: number;
  windowMissing: number;
  /** Why there is no figure, when there is none. */
  note: string | null;
}

export function featureDrift(reference: FeatureReference, profile: FeatureProfile, thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS): FeatureDrift {
  const small = reference.count <= SMALL_REFERENCE;
  const method: DriftMethod = reference.kind === "numeric" ? (small ? "ks" : "wasserstein") : small ? "chi-square" : "jensen-shannon";
  const usesPValue = method === "ks" || method === "chi-square";
  const base = {
    method,
    threshold: usesPValue ? thresholds.pValue : thresholds.distance,
    referenceCount: reference.count,
    windowCount: profile.count,
    windowMissing: profile.missing,
  };
  if (reference.count === 0 || profile.count === 0) {
    return { ...base, score: null, statistic: null, drifted: false, psi: null, psiBand: null, note: reference.count === 0 ? "The reference has no values" : "The window has no values" };
  }
  const index = psi(reference.binCounts, profile.binCounts, reference.binning.epsilon);
  const psiBand: PsiBand = index < thresholds.psiModerate ? "stable" : index < thresholds.psiSignificant ? "moderate" : "significant";
  let score: number;
  let statistic: number;
  let note: string | null = null;
  if (reference.kind === "numeric" && profile.kind === "numeric") {
    if (method === "ks") {
      const result = ksResult(reference.count, profile.count, ksStatistic(reference, profile));
      score = result.pvalue;
      statistic = result.statistic;
    } else {
      const r = sketchPoints(reference.sketch);
      const c = sketchPoints(profile.sketch);
      const distance = wasserstein(r.values, c.values, r.weights, c.weights);
      if (reference.std > 0) score = distance / reference.std;
      else {
        score = distance;
        note = "The reference is constant: the distance is not divided by its standard deviation";
      }
      statistic = score;
    }
  } else if (reference.kind === "categorical" && profile.kind === "categorical") {
    if (method === "chi-square") {
      const result = chiSquare(profile.binCounts, expectedCounts(reference, profile));
      score = result.pvalue;
      statistic = result.statistic;
    } else {
      score = jensenShannon(reference.binCounts, profile.binCounts);
      statistic = score;
    }
  } else {
    throw new RangeError("The profile does not belong to this reference");
  }
  const drifted = usesPValue ? score < thresholds.pValue : score >= thresholds.distance;
  return { ...base, score, statistic, drifted, psi: index, psiBand, note };
}

/**
 * The Kolmogorov–Smirnov statistic between a small reference and a window profiled on its values: both
 * distribution functions only change at the reference's values and inside the gaps between them, so the
 * largest distance is found at a reference value or just below one, and equals ks_2samp's on the raw values.
 */
export function ksStatistic(reference: NumericReference, profile: NumericProfile): number {
  const values = reference.values;
  const counts = reference.valueCounts;
  if (!values || !counts || !profile.gaps || !profile.at) throw new RangeError("The Kolmogorov–Smirnov statistic needs a small reference");
  const n1 = reference.count;
  const n2 = profile.count;
  let referenceBelow = 0;
  let windowBelow = 0;
  let largest = 0;
  let smallest = 0;
  const consider = (difference: number) => {
    if (difference > largest) largest = difference;
    if (difference < smallest) smallest = difference;
  };
  for (let i = 0; i < values.length; i += 1) {
    windowBelow += profile.gaps[i]!;
    if (profile.gaps[i]! > 0) consider(referenceBelow / n1 - windowBelow / n2);
    referenceBelow += counts[i]!;
    windowBelow += profile.at[i]!;
    consider(referenceBelow / n1 - windowBelow / n2);
  }
  return Math.max(largest, Math.min(-smallest, 1));
}

/** Chi-square's expected counts: the reference's shares (an empty bin given epsilon, then rescaled) times the window's count. */
function expectedCounts(reference: CategoricalReference, profile: CategoricalProfile): number[] {
  const shares = reference.binCounts.map((count) => count / reference.count || reference.binning.epsilon);
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (share / total) * profile.count);
}

export interface DatasetDrift {
  features: number;
  drifted: number;
  share: number;
  /** At least datasetShare of the features with a figure drifted. */
  datasetDrifted: boolean;
}

export function datasetDrift(features: readonly FeatureDrift[], thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS): DatasetDrift {
  const measured = features.filter((feature) => feature.score !== null);
  const drifted = measured.filter((feature) => feature.drifted).length;
  const share = measured.length ? drifted / measured.length : 0;
  return { features: measured.length, drifted, share, datasetDrifted: measured.length > 0 && share >= thresholds.datasetShare };
}
