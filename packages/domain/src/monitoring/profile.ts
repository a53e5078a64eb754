import { DEFAULT_EPSILON } from "./distances";
import { emptySketch, sketchAdd, sketchMerge, type QuantileSketch } from "./sketch";

/**
 * What drift is measured on. A baseline holds, per feature, a **reference**: the feature's type, its binning
 * (kept so that every figure can be recomputed later exactly), the reference's counts on those bins, and what
 * its tests need (the sorted values themselves when there are at most SMALL_REFERENCE of them, for the exact
 * Kolmogorov–Smirnov statistic; otherwise a quantile sketch, for the Wasserstein distance). A window of
 * production records is folded, record by record, into a **profile** per feature on the reference's bins;
 * profiles are plain JSON and merge by adding (mergeProfiles), so windows roll up without rescanning records.
 */

/** At most this many reference values: the small-sample tests (Kolmogorov–Smirnov, chi-square) apply. */
export const SMALL_REFERENCE = 1_000;
/** Numeric bins cut at the reference's deciles. */
export const NUMERIC_BINS = 10;
/** The most categories a reference keeps as bins of their own; the rest, and unseen ones, share "other". */
export const MAX_CATEGORIES = 50;
/** The most distinct values a categorical profile names in its top values. */
export const TOP_VALUES = 20;

export type FeatureValue = number | string | boolean | null | undefined;

/**
 * Numeric bins: (−∞, e₀), [e₀, e₁), …, [e_{k−1}, +∞) for edges e₀ < … < e_{k−1}. The edges are the
 * reference's minimum, its deciles and the number just above its maximum, so values below or above
 * everything seen in the reference fall in bins of their own (empty in the reference, filled with epsilon).
 */
export interface NumericBinning {
  method: "quantile";
  edges: number[];
  epsilon: number;
}

/** Categorical bins: one per category, in order, then "other" for every other value. */
export interface CategoricalBinning {
  method: "top-categories";
  categories: string[];
  epsilon: number;
}

export interface NumericReference {
  kind: "numeric";
  count: number;
  missing: number;
  mean: number;
  /** Population standard deviation (the normaliser of the Wasserstein distance). */
  std: number;
  binning: NumericBinning;
  binCounts: number[];
  /** The distinct values, ascending, and how often each occurs, when count ≤ SMALL_REFERENCE. */
  values: number[] | null;
  valueCounts: number[] | null;
  sketch: QuantileSketch;
}

export interface CategoricalReference {
  kind: "categorical";
  count: number;
  missing: number;
  binning: CategoricalBinning;
  binCounts: number[];
}

export type FeatureReference = NumericReference | CategoricalReference;

export interface NumericProfile {
  kind: "numeric";
  count: number;
  missing: number;
  /** Values of the wrong type (a string where the reference is numeric); counted, never binned. */
  invalid: number;
  sum: number;
  sumSquares: number;
  min: number | null;
  max: number | null;
  binCounts: number[];
  /**
   * With a small reference: gaps[i] counts values strictly between the reference's values i − 1 and i
   * (gaps[0] below the first, gaps[k] above the last) and at[i] those equal to value i — enough for the
   * exact Kolmogorov–Smirnov statistic.
   */
  gaps: number[] | null;
  at: number[] | null;
  sketch: QuantileSketch;
}

export interface CategoricalProfile {
  kind: "categorical";
  count: number;
  missing: number;
  invalid: number;
  binCounts: number[];
  /** The most frequent values seen (at most TOP_VALUES kept after each merge), value → count. */
  top: Record<string, number>;
}

export type FeatureProfile = NumericProfile | CategoricalProfile;

/** How a feature's values are read: numbers are numeric; strings and booleans are categories. */
export function featureKindOf(values: readonly FeatureValue[]): "numeric" | "categorical" {
  let numbers = 0;
  let others = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (typeof value === "number") numbers += 1;
    else others += 1;
  }
  return others === 0 && numbers > 0 ? "numeric" : "categorical";
}

export function categoryOf(value: string | boolean | number): string {
  return typeof value === "string" ? value : String(value);
}

/** The reference of a numeric feature from its values (null and undefined count as missing). */
export function numericReference(values: readonly FeatureValue[], epsilon = DEFAULT_EPSILON): NumericReference {
  const numbers: number[] = [];
  let missing = 0;
  for (const value of values) {
    if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) missing += 1;
    else if (typeof value !== "number" || !Number.isFinite(value)) throw new RangeError(`A numeric reference cannot hold ${JSON.stringify(value)}`);
    else numbers.push(value);
  }
  const sorted = Float64Array.from(numbers).sort();
  const count = sorted.length;
  let mean = 0;
  let deviations = 0;
  for (let k = 0; k < count; k += 1) {
    const delta = sorted[k]! - mean;
    mean += delta / (k + 1);
    deviations += delta * (sorted[k]! - mean);
  }
  const edges = count === 0 ? [] : numericEdges(sorted);
  const binning: NumericBinning = { method: "quantile", edges, epsilon };
  const binCounts = new Array<number>(edges.length + 1).fill(0);
  const sketch = emptySketch();
  for (const value of sorted) {
    binCounts[binIndex(edges, value)]! += 1;
    sketchAdd(sketch, value);
  }
  let distinct: number[] | null = null;
  let distinctCounts: number[] | null = null;
  if (count <= SMALL_REFERENCE) {
    distinct = [];
    distinctCounts = [];
    for (const value of sorted) {
      if (distinct.length > 0 && distinct[distinct.length - 1] === value) distinctCounts[distinctCounts.length - 1]! += 1;
      else {
        distinct.push(value);
        distinctCounts.push(1);
      }
    }
  }
  return {
    kind: "numeric",
    count,
    missing,
    mean: count ? mean : 0,
    std: count ? Math.sqrt(deviations / count) : 0,
    binning,
    binCounts,
    values: distinct,
    valueCounts: distinctCounts,
    sketch,
  };
}

function numericEdges(sorted: Float64Array): number[] {
  const edges: number[] = [sorted[0]!];
  for (let k = 1; k < NUMERIC_BINS; k += 1) {
    const value = quantileLinear(sorted, k / NUMERIC_BINS);
    if (value > edges[edges.length - 1]!) edges.push(value);
  }
  const above = nextUp(sorted[sorted.length - 1]!);
  if (above > edges[edges.length - 1]!) edges.push(above);
  return edges;
}

/** numpy's default ("linear") quantile of sorted values. */
function quantileLinear(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** The next double above a finite value. */
export function nextUp(value: number): number {
  if (value === 0) return Number.MIN_VALUE;
  const buffer = new DataView(new ArrayBuffer(8));
  buffer.setFloat64(0, value);
  const bits = buffer.getBigInt64(0);
  buffer.setBigInt64(0, value > 0 ? bits + 1n : bits - 1n);
  return buffer.getFloat64(0);
}

/** The bin of a value: the number of edges at or below it. */
export function binIndex(edges: readonly number[], value: number): number {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edges[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The reference of a categorical feature: its MAX_CATEGORIES most frequent values (ties by name), then "other". */
export function categoricalReference(values: readonly FeatureValue[], epsilon = DEFAULT_EPSILON): CategoricalReference {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const value of values) {
    if (value === null || value === undefined) missing += 1;
    else {
      const category = categoryOf(value);
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, MAX_CATEGORIES);
  const other = ranked.slice(MAX_CATEGORIES).reduce((total, [, count]) => total + count, 0);
  return {
    kind: "categorical",
    count: values.length - missing,
    missing,
    binning: { method: "top-categories", categories: kept.map(([category]) => category), epsilon },
    binCounts: [...kept.map(([, count]) => count), other],
  };
}

/** A reference of the feature's own kind (featureKindOf) from its values. */
export function buildReference(values: readonly FeatureValue[], epsilon = DEFAULT_EPSILON): FeatureReference {
  return featureKindOf(values) === "numeric" ? numericReference(values, epsilon) : categoricalReference(values, epsilon);
}

/** An empty profile on a reference's bins. */
export function emptyProfile(reference: FeatureReference): FeatureProfile {
  if (reference.kind === "categorical") {
    return { kind: "categorical", count: 0, missing: 0, invalid: 0, binCounts: new Array<number>(reference.binCounts.length).fill(0), top: {} };
  }
  const small = reference.values !== null;
  return {
    kind: "numeric",
    count: 0,
    missing: 0,
    invalid: 0,
    sum: 0,
    sumSquares: 0,
    min: null,
    max: null,
    binCounts: new Array<number>(reference.binCounts.length).fill(0),
    gaps: small ? new Array<number>(reference.values!.length + 1).fill(0) : null,
    at: small ? new Array<number>(reference.values!.length).fill(0) : null,
    sketch: emptySketch(reference.sketch.alpha),
  };
}

/** Folds one value into a profile (in place). */
export function profileAdd(profile: FeatureProfile, reference: FeatureReference, value: FeatureValue): void {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) {
    profile.missing += 1;
    return;
  }
  if (profile.kind === "categorical" && reference.kind === "categorical") {
    const category = categoryOf(value);
    const index = reference.binning.categories.indexOf(category);
    profile.count += 1;
    profile.binCounts[index === -1 ? profile.binCounts.length - 1 : index]! += 1;
    profile.top[category] = (profile.top[category] ?? 0) + 1;
    if (Object.keys(profile.top).length > TOP_VALUES * 4) profile.top = trimTop(profile.top);
    return;
  }
  if (profile.kind !== "numeric" || reference.kind !== "numeric") throw new RangeError("The profile does not belong to this reference");
  if (typeof value !== "number" || !Number.isFinite(value)) {
    profile.invalid += 1;
    return;
  }
  profile.count += 1;
  profile.sum += value;
  profile.sumSquares += value * value;
  profile.min = profile.min === null ? value : Math.min(profile.min, value);
  profile.max = profile.max === null ? value : Math.max(profile.max, value);
  profile.binCounts[binIndex(reference.binning.edges, value)]! += 1;
  sketchAdd(profile.sketch, value);
  if (profile.gaps && profile.at && reference.values) {
    const position = binIndex(reference.values, value);
    if (position > 0 && reference.values[position - 1] === value) profile.at[position - 1]! += 1;
    else profile.gaps[position]! += 1;
  }
}

function trimTop(top: Record<string, number>): Record<string, number> {
  const ranked = Object.entries(top).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(ranked.slice(0, TOP_VALUES));
}

/** The profile of two windows' values together (both on the same reference). */
export function mergeProfiles(a: FeatureProfile, b: FeatureProfile): FeatureProfile {
  const add = (x: readonly number[], y: readonly number[]) => {
    if (x.length !== y.length) throw new RangeError("The profiles are on different bins");
    return x.map((value, index) => value + y[index]!);
  };
  if (a.kind === "categorical" && b.kind === "categorical") {
    const top: Record<string, number> = { ...a.top };
    for (const [value, count] of Object.entries(b.top)) top[value] = (top[value] ?? 0) + count;
    return { kind: "categorical", count: a.count + b.count, missing: a.missing + b.missing, invalid: a.invalid + b.invalid, binCounts: add(a.binCounts, b.binCounts), top: trimTop(top) };
  }
  if (a.kind !== "numeric" || b.kind !== "numeric") throw new RangeError("A numeric and a categorical profile do not merge");
  const least = (x: number | null, y: number | null, pick: (p: number, q: number) => number) => (x === null ? y : y === null ? x : pick(x, y));
  return {
    kind: "numeric",
    count: a.count + b.count,
    missing: a.missing + b.missing,
    invalid: a.invalid + b.invalid,
    sum: a.sum + b.sum,
    sumSquares: a.sumSquares + b.sumSquares,
    min: least(a.min, b.min, Math.min),
    max: least(a.max, b.max, Math.max),
    binCounts: add(a.binCounts, b.binCounts),
    gaps: a.gaps && b.gaps ? add(a.gaps, b.gaps) : null,
    at: a.at && b.at ? add(a.at, b.at) : null,
    sketch: sketchMerge(a.sketch, b.sketch),
  };
}
