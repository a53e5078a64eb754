import gammainc from "@stdlib/math-base-special-gammainc";

/**
 * The distances and tests drift is measured with, each computed as scipy computes it (the tests hold them to
 * scipy's answers in vectors/drift-vectors.json): the first Wasserstein distance (scipy.stats.wasserstein_distance),
 * Pearson's chi-square test (scipy.stats.chisquare) and the Jensen–Shannon distance in natural logarithms
 * (scipy.spatial.distance.jensenshannon); and the population stability index on given bins.
 */

/**
 * The first Wasserstein distance between two (optionally weighted) samples: the area between their
 * distribution functions, ∫ |U(x) − V(x)| dx.
 */
export function wasserstein(u: readonly number[], v: readonly number[], uWeights?: readonly number[], vWeights?: readonly number[]): number {
  if (u.length === 0 || v.length === 0) throw new RangeError("Both samples need at least one value");
  const uSorted = sortedWithWeights(u, uWeights);
  const vSorted = sortedWithWeights(v, vWeights);
  const all = Float64Array.from([...u, ...v]).sort();
  let i = 0;
  let j = 0;
  let total = 0;
  for (let k = 0; k < all.length - 1; k += 1) {
    const value = all[k]!;
    while (i < uSorted.values.length && uSorted.values[i]! <= value) i += 1;
    while (j < vSorted.values.length && vSorted.values[j]! <= value) j += 1;
    const uCdf = uSorted.cumulative[i]! / uSorted.total;
    const vCdf = vSorted.cumulative[j]! / vSorted.total;
    total += Math.abs(uCdf - vCdf) * (all[k + 1]! - value);
  }
  return total;
}

function sortedWithWeights(values: readonly number[], weights: readonly number[] | undefined) {
  if (weights && weights.length !== values.length) throw new RangeError(`${weights.length} weights for ${values.length} values`);
  const order = values.map((_, index) => index).sort((a, b) => values[a]! - values[b]! || a - b);
  const cumulative = new Float64Array(values.length + 1);
  for (let k = 0; k < order.length; k += 1) cumulative[k + 1] = cumulative[k]! + (weights ? weights[order[k]!]! : 1);
  return { values: order.map((index) => values[index]!), cumulative, total: weights ? cumulative[values.length]! : 1 * values.length };
}

export interface ChiSquareResult {
  statistic: number;
  pvalue: number;
  degreesOfFreedom: number;
}

/** Pearson's chi-square test of observed counts against expected ones (both as long, expected all positive). */
export function chiSquare(observed: readonly number[], expected: readonly number[]): ChiSquareResult {
  if (observed.length !== expected.length) throw new RangeError(`${observed.length} observed counts for ${expected.length} expected`);
  if (observed.length < 2) throw new RangeError("A chi-square test needs at least two categories");
  let statistic = 0;
  for (let k = 0; k < observed.length; k += 1) {
    const e = expected[k]!;
    if (!(e > 0)) throw new RangeError(`Expected count ${k} is not positive`);
    statistic += (observed[k]! - e) ** 2 / e;
  }
  const degreesOfFreedom = observed.length - 1;
  return { statistic, pvalue: chiSquareSf(statistic, degreesOfFreedom), degreesOfFreedom };
}

/** Pr(χ²_k ≥ x): the regularised upper incomplete gamma function Q(k/2, x/2). */
export function chiSquareSf(x: number, degreesOfFreedom: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, degreesOfFreedom / 2, true, true);
}

/** The Jensen–Shannon distance (natural logarithm) between two distributions given as counts or shares. */
export function jensenShannon(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) throw new RangeError(`${p.length} shares against ${q.length}`);
  const pTotal = sum(p);
  const qTotal = sum(q);
  if (!(pTotal > 0) || !(qTotal > 0)) throw new RangeError("Both distributions need some mass");
  let divergence = 0;
  for (let k = 0; k < p.length; k += 1) {
    const pk = p[k]! / pTotal;
    const qk = q[k]! / qTotal;
    const mk = (pk + qk) / 2;
    if (pk > 0) divergence += pk * Math.log(pk / mk);
    if (qk > 0) divergence += qk * Math.log(qk / mk);
  }
  return Math.sqrt(Math.max(divergence, 0) / 2);
}

/** The share a bin holds in a window where it holds nothing; PSI needs a logarithm of every share. */
export const DEFAULT_EPSILON = 1e-4;

/**
 * The population stability index of a window's counts on a reference's bins: Σ (c − r) ln(c / r) over
 * the bins' shares, a share of 0 replaced by epsilon on either side.
 */
export function psi(reference: readonly number[], current: readonly number[], epsilon = DEFAULT_EPSILON): number {
  if (reference.length !== current.length) throw new RangeError(`${reference.length} reference bins against ${current.length}`);
  const referenceTotal = sum(reference);
  const currentTotal = sum(current);
  if (!(referenceTotal > 0) || !(currentTotal > 0)) throw new RangeError("Both sides need at least one counted value");
  let index = 0;
  for (let k = 0; k < reference.length; k += 1) {
    const r = reference[k]! / referenceTotal || epsilon;
    const c = current[k]! / currentTotal || epsilon;
    index += (c - r) * Math.log(c / r);
  }
  return index;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
