/**
 * The distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n (scipy.stats.kstwo), which
 * ks_2samp's asymptotic path reads at n = round(n₁n₂ / (n₁ + n₂)): the algorithm chosen by n and x as Simard &
 * L'Ecuyer (2011) do — Ruben–Gambino, Durbin's matrix (Marsaglia, Tsang and Wang), Pomeranz, Pelz–Good, and the
 * Smirnov sum — ported from scipy's _ksstats.py.
 */

/** Pr(D_n ≥ x) for the two-sided one-sample statistic (scipy.stats.kstwo.sf). */
export function kolmogorovSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i += 1) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clip(1 - pomeranzCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clip(2 * smirnovSf(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}

/** Stirling's series for log(n!) (scipy's _STIRLING_COEFFS, as doubles). */
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953, 0.0007936507936507937,
  -0.002777777777777778, 0.08333333333333333,
];

/** log(n! / nⁿ) by Stirling's series. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  const y = rn / n;
  let series = 0;
  for (const coefficient of STIRLING) series = series * y + coefficient;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * series;
}

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;

/** Pr(D_n ≤ d) by Durbin's matrix, as Marsaglia, Tsang and Wang (2003) compute it. */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j += 1) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * factorial;
  let matrix: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i += 1) for (let row = i - 1; row < m; row += 1) matrix[row * m + i] = w[row - i + 1]!;
  for (let row = 0; row < m; row += 1) matrix[row * m] = v[row]!;
  for (let column = 0; column < m; column += 1) matrix[(m - 1) * m + column] = v[m - 1 - column]!;

  let power: Float64Array = identity(m);
  let remaining = n;
  let exponent = 0;
  let matrixExponent = 0;
  while (remaining > 0) {
    if (remaining % 2) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)]!) > EP128) {
      for (let index = 0; index < matrix.length; index += 1) matrix[index]! /= EP128;
      matrixExponent += E128;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i += 1) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      exponent -= E128;
    }
  }
  if (exponent !== 0) p *= 2 ** exponent;
  return clip(p);
}

function identity(m: number): Float64Array {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1) result[i * m + i] = 1;
  return result;
}

function multiply(left: Float64Array, right: Float64Array, m: number): Float64Array {
  const result = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1)
    for (let k = 0; k < m; k += 1) {
      const factor = left[i * m + k]!;
      if (factor === 0) continue;
      for (let j = 0; j < m; j += 1) result[i * m + j]! += factor * right[k * m + j]!;
    }
  return result;
}

function pomeranzBounds(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pr(D_n ≤ x) by Pomeranz's recursion (1974). */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = 1;
  twoGPower[0] = 1;
  oneMinusTwoGPower[0] = 1;
  let exponent = 0;
  for (let m = 1; m < powers; m += 1) {
    gPower[m] = (gPower[m - 1]! * (g / n)) / m;
    twoGPower[m] = (twoGPower[m - 1]! * ((2 * g) / n)) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1]! * ((1 - 2 * g) / n)) / m;
  }
  let v0 = new Float64Array(powers);
  let v1 = new Float64Array(powers);
  v1[0] = 1;
  let v0s = 0;
  let v1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i += 1) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0s, v1s] = [v1s, v0s];
    v1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      const start = j1 - k1;
      const count = j2 - j1 + 1;
      const offset = k1 - v0s;
      // numpy's slice v0[offset : offset + length] stops at the end of the row.
      const rowLength = Math.min(length, powers - offset);
      // The entries start … start + count − 1 of the full convolution of that slice with the first `length` weights.
      for (let out = 0; out < count; out += 1) {
        const at = start + out;
        let sum = 0;
        for (let s = Math.max(0, at - length + 1); s <= Math.min(at, rowLength - 1); s += 1) sum += v0[offset + s]! * weights[at - s]!;
        v1[out] = sum;
      }
      let largest = 0;
      for (let out = 0; out < powers; out += 1) if (v1[out]! > largest) largest = v1[out]!;
      if (largest > 0 && largest < EM128) {
        for (let out = 0; out < powers; out += 1) v1[out]! *= EP128;
        exponent -= E128;
      }
      v1s = v0s + j1 - k1;
    }
  }
  let answer = v1[n - v1s]!;
  for (let m = 1; m <= n; m += 1) {
    if (Math.abs(answer) > EP128) {
      answer *= EM128;
      exponent += E128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer *= 2 ** exponent;
  return clip(answer);
}

/** The Pelz–Good (1976) approximation of Pr(D_n ≤ x). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const pi2 = Math.PI ** 2;
  const pi4 = Math.PI ** 4;
  const pi6 = Math.PI ** 6;
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k -= 1) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qPower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let index = 0; index < 4; index += 1) terms[index] = terms[index]! * qPower + coefficients[index]!;
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let index = 0; index < 4; index += 1) terms[index] = (terms[index]! * q * sqrt2pi) / divisors[index]!;
  q = Math.exp(-pi2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k -= 1) {
    const k2 = k * k;
    const qPower = q ** k2;
    k2extra += k2 * qPower;
    k3extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * k2 * qPower;
  }
  terms[2]! += (k2extra * pi2 * sqrt2pi) / (-36 * z3);
  terms[3]! += (k3extra * pi2 * sqrt2pi) / (216 * z6);
  let sum = 0;
  for (let index = 0; index < 4; index += 1) sum += terms[index]! / n ** (index / 2);
  return sum;
}

/**
 * Pr(D_n⁺ ≥ x), the one-sided Smirnov statistic, by the Birnbaum–Tingey sum
 * x Σ_{j=0}^{⌊n(1−x)⌋} C(n, j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j), its terms summed in logarithms.
 */
export function smirnovSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const last = Math.floor(n * (1 - x) + 1e-12 * n);
  let logBinomial = 0;
  let sum = 0;
  for (let j = 0; j <= last && j <= n; j += 1) {
    if (j > 0) logBinomial += Math.log((n - j + 1) / j);
    const rest = (n - j) / n - x;
    if (rest < 0) break;
    const restPart = n - j === 0 ? 0 : rest === 0 ? -Infinity : (n - j) * Math.log(rest);
    sum += Math.exp(logBinomial + (j - 1) * Math.log(x + j / n) + restPart);
  }
  return clip(x * sum);
}

export function clip(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
