/**
 * The two-sample Kolmogorov–Smirnov test, two-sided, as scipy.stats.ks_2samp computes it with its default
 * method ("auto"): the exact distribution of the statistic when both samples hold at most 10,000 values
 * (Hodges' lattice-path count, with Viehmann's recursion for 1 − p), and otherwise the distribution of the
 * one-sample statistic D_n with n = round(n₁n₂ / (n₁ + n₂)) (Simard & L'Ecuyer's choice of algorithm:
 * Ruben–Gambino, Durbin's matrix as Marsaglia, Tsang and Wang compute it, Pomeranz, Pelz–Good, and the
 * Smirnov sum, in kolmogorov-distribution.ts). drift-vectors.json holds scipy's answers that the tests hold this code to.
 */

import { clip, kolmogorovSf } from "./kolmogorov-distribution";

/** scipy's MAX_AUTO_N: the exact distribution is used while both samples are at most this large. */
export const KS_EXACT_MAX = 10_000;

export interface KsResult {
  statistic: number;
  pvalue: number;
}

/** ks_2samp(a, b) of finite values (neither empty). */
export function ks2samp(a: readonly number[], b: readonly number[]): KsResult {
  if (a.length === 0 || b.length === 0) throw new RangeError("Both samples need at least one value");
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  return ksResult(x.length, y.length, ksStatisticSorted(x, y));
}

/** The largest distance between the two samples' empirical distribution functions (sorted input). */
export function ksStatisticSorted(x: Float64Array, y: Float64Array): number {
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  let largest = 0;
  let smallest = 0;
  // Walk every distinct value once, counting how many of each sample are at or below it (searchsorted right).
  while (i < n1 || j < n2) {
    const value = j >= n2 || (i < n1 && x[i]! <= y[j]!) ? x[i]! : y[j]!;
    while (i < n1 && x[i]! <= value) i += 1;
    while (j < n2 && y[j]! <= value) j += 1;
    const difference = i / n1 - j / n2;
    if (difference > largest) largest = difference;
    if (difference < smallest) smallest = difference;
  }
  return Math.max(largest, Math.min(-smallest, 1));
}

/** The test's answer for samples of n1 and n2 values whose statistic is d. */
export function ksResult(n1: number, n2: number, d: number): KsResult {
  if (Math.max(n1, n2) <= KS_EXACT_MAX) {
    const exact = attemptExact(n1, n2, d);
    if (exact) return { statistic: exact.d, pvalue: clip(exact.p) };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  return { statistic: d, pvalue: clip(kolmogorovSf(roundHalfEven((m * n) / (m + n)), d)) };
}

function attemptExact(n1: number, n2: number, d: number): { d: number; p: number } | null {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const snapped = h / lcm;
  if (h === 0) return { d: snapped, p: 1 };
  const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInside(n1, n2, g, h);
  if (!Number.isFinite(p) || p < 0 || p > 1) return null;
  return { d: snapped, p };
}

/** Pr(D_{n,n} ≥ h/n): 2 Σ (−1)^(k+1) C(2n, n − kh) / C(2n, n), by a Horner-like scheme. */
function probabilityOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k -= 1) {
    let term = 1;
    for (let j = 0; j < h; j += 1) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}

/** The share of lattice paths from (0, 0) to (m, n) that leave the band |x/m − y/n| < h / lcm(m, n). */
function outerProbabilityInside(first: number, second: number, g: number, h: number): number {
  const [m, n] = first >= second ? [first, second] : [second, first];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA).fill(1);
  a.fill(0, minj, maxj);
  for (let i = 1; i <= m; i += 1) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj += 1) {
      const j = jj + minj;
      value = (a[jj + minj - lastminj]! * i + value * j) / (i + j);
      a[jj] = value;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return a[maxj - minj - 1]!;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
