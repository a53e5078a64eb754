/**
 * A mergeable quantile sketch of numbers with a guaranteed relative accuracy (the scheme of DDSketch,
 * Masson, Rim and Lee, VLDB 2019): a value x ≠ 0 is counted in the bucket ⌈log_γ |x|⌉ of its sign, with
 * γ = (1 + α) / (1 − α), and stands for 2γⁱ / (γ + 1), within α of x relative to |x|. Buckets are plain
 * counts, so two sketches merge by adding them, in any order, to the same sketch; the sketch is plain JSON
 * so that it can be stored and every figure drawn from it recomputed.
 */
export interface QuantileSketch {
  /** The relative accuracy α. */
  alpha: number;
  count: number;
  /** Values whose magnitude is below MIN_MAGNITUDE, 0 among them. */
  zero: number;
  /** Bucket index → count, for positive and for negative values. */
  positive: Record<string, number>;
  negative: Record<string, number>;
}

export const SKETCH_ALPHA = 0.01;
const MIN_MAGNITUDE = 1e-12;
/**
 * The most buckets kept per sign (values from 1e-12 to 1e12 need about 2,750 at 1 %): beyond it the buckets of the
 * smallest magnitudes are folded into the smallest kept one, as DDSketch's collapsing store does, so that no stream
 * of values, however spread, makes a sketch grow without bound. The largest values keep their accuracy.
 */
export const MAX_BUCKETS = 2_048;

export function emptySketch(alpha = SKETCH_ALPHA): QuantileSketch {
  return { alpha, count: 0, zero: 0, positive: {}, negative: {} };
}

function gamma(alpha: number): number {
  return (1 + alpha) / (1 - alpha);
}

/** Counts a finite value in the sketch (in place). */
export function sketchAdd(sketch: QuantileSketch, value: number): void {
  sketch.count += 1;
  const magnitude = Math.abs(value);
  if (magnitude < MIN_MAGNITUDE) {
    sketch.zero += 1;
    return;
  }
  const index = String(Math.ceil(Math.log(magnitude) / Math.log(gamma(sketch.alpha))));
  const buckets = value > 0 ? sketch.positive : sketch.negative;
  const fresh = buckets[index] === undefined;
  buckets[index] = (buckets[index] ?? 0) + 1;
  if (fresh && Object.keys(buckets).length > MAX_BUCKETS) collapse(buckets);
}

/** Folds the smallest-magnitude buckets into the smallest of the MAX_BUCKETS largest (in place). */
function collapse(buckets: Record<string, number>): void {
  const indices = Object.keys(buckets).map(Number).sort((a, b) => a - b);
  if (indices.length <= MAX_BUCKETS) return;
  const floor = indices[indices.length - MAX_BUCKETS]!;
  let folded = 0;
  for (const index of indices) {
    if (index >= floor) break;
    folded += buckets[String(index)]!;
    delete buckets[String(index)];
  }
  buckets[String(floor)]! += folded;
}

/** The sketch of both sketches' values together (they must share α). */
export function sketchMerge(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  if (a.alpha !== b.alpha) throw new RangeError(`Sketches of accuracy ${a.alpha} and ${b.alpha} do not merge`);
  const add = (x: Record<string, number>, y: Record<string, number>) => {
    const out: Record<string, number> = { ...x };
    for (const [key, count] of Object.entries(y)) out[key] = (out[key] ?? 0) + count;
    return out;
  };
  const positive = add(a.positive, b.positive);
  const negative = add(a.negative, b.negative);
  collapse(positive);
  collapse(negative);
  return { alpha: a.alpha, count: a.count + b.count, zero: a.zero + b.zero, positive, negative };
}

/** The sketch's values as weighted points, ascending: each bucket's representative value and its count. */
export function sketchPoints(sketch: QuantileSketch): { values: number[]; weights: number[] } {
  const g = gamma(sketch.alpha);
  const represent = (index: number) => (2 * g ** index) / (g + 1);
  const values: number[] = [];
  const weights: number[] = [];
  const negative = Object.entries(sketch.negative).map(([key, count]) => [Number(key), count] as const).sort((a, b) => b[0] - a[0]);
  for (const [index, count] of negative) {
    values.push(-represent(index));
    weights.push(count);
  }
  if (sketch.zero > 0) {
    values.push(0);
    weights.push(sketch.zero);
  }
  const positive = Object.entries(sketch.positive).map(([key, count]) => [Number(key), count] as const).sort((a, b) => a[0] - b[0]);
  for (const [index, count] of positive) {
    values.push(represent(index));
    weights.push(count);
  }
  return { values, weights };
}

/** The q-quantile (0 ≤ q ≤ 1) of the sketched values, within α of the true one; null for an empty sketch. */
export function sketchQuantile(sketch: QuantileSketch, q: number): number | null {
  if (sketch.count === 0) return null;
  const { values, weights } = sketchPoints(sketch);
  const rank = q * (sketch.count - 1);
  let seen = 0;
  for (let k = 0; k < values.length; k += 1) {
    seen += weights[k]!;
    if (seen > rank) return values[k]!;
  }
  return values[values.length - 1]!;
}
