import fc from "fast-check";
import { psi, wasserstein } from "./distances";
import { datasetDrift, featureDrift, ksStatistic, type FeatureDrift } from "./drift";
import { ks2samp } from "./kolmogorov";
import { buildReference, categoricalReference, emptyProfile, mergeProfiles, nextUp, numericReference, profileAdd, type FeatureProfile, type FeatureReference, type FeatureValue, type NumericProfile } from "./profile";
import { gaussianFrom, seededRandom as random } from "../random";
import { emptySketch, MAX_BUCKETS, sketchAdd, sketchMerge, sketchPoints, sketchQuantile } from "./sketch";

function profileOf(reference: FeatureReference, values: readonly FeatureValue[]): FeatureProfile {
  const profile = emptyProfile(reference);
  for (const value of values) profileAdd(profile, reference, value);
  return profile;
}

function normals(count: number, mean: number, seed: number): number[] {
  const next = random(seed);
  return Array.from({ length: count }, () => mean + gaussianFrom(next));
}

const smallIntegers = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 });
const doubles = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });

describe("the Kolmogorov–Smirnov statistic from a profile", () => {
  it("equals ks_2samp's on the raw values, ties and values outside the reference included", () => {
    fc.assert(
      fc.property(fc.oneof(smallIntegers, doubles), fc.oneof(smallIntegers, doubles), (referenceValues, windowValues) => {
        const reference = numericReference(referenceValues);
        const profile = profileOf(reference, windowValues) as NumericProfile;
        expect(ksStatistic(reference, profile)).toBeCloseTo(ks2samp(referenceValues, windowValues).statistic, 12);
      }),
      { numRuns: 300 },
    );
  });

  it("gives featureDrift the p-value ks_2samp gives", () => {
    const referenceValues = normals(500, 0, 1);
    const windowValues = normals(2_000, 0.15, 2);
    const drift = featureDrift(numericReference(referenceValues), profileOf(numericReference(referenceValues), windowValues));
    const direct = ks2samp(referenceValues, windowValues);
    expect(drift.method).toBe("ks");
    expect(drift.score).toBe(direct.pvalue);
    expect(drift.statistic).toBe(direct.statistic);
    expect(drift.drifted).toBe(direct.pvalue < 0.05);
  });
});

describe("profiles", () => {
  it("merge to the profile of both windows' values together, in either order", () => {
    const referenceValues = normals(300, 0, 3);
    fc.assert(
      fc.property(doubles, doubles, (first, second) => {
        const reference = numericReference(referenceValues);
        const together = profileOf(reference, [...first, ...second]) as NumericProfile;
        const merged = mergeProfiles(profileOf(reference, first), profileOf(reference, second)) as NumericProfile;
        const swapped = mergeProfiles(profileOf(reference, second), profileOf(reference, first)) as NumericProfile;
        for (const candidate of [merged, swapped]) {
          expect(candidate.binCounts).toEqual(together.binCounts);
          expect(candidate.gaps).toEqual(together.gaps);
          expect(candidate.at).toEqual(together.at);
          expect(candidate.count).toBe(together.count);
          expect([candidate.min, candidate.max]).toEqual([together.min, together.max]);
          expect(sketchPoints(candidate.sketch)).toEqual(sketchPoints(together.sketch));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("count missing and wrongly typed values apart from the bins", () => {
    const reference = numericReference([1, 2, 3, null]);
    expect(reference.missing).toBe(1);
    const profile = profileOf(reference, [1, null, undefined, Number.NaN, "3", 2]) as NumericProfile;
    expect([profile.count, profile.missing, profile.invalid]).toEqual([2, 3, 1]);
    expect(profile.binCounts.reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe("binning edge cases", () => {
  it("a constant column has a bin for its value and one either side of it", () => {
    const reference = numericReference(Array.from({ length: 2_000 }, () => 7));
    expect(reference.binning.edges).toEqual([7, nextUp(7)]);
    expect(reference.binCounts).toEqual([0, 2_000, 0]);
    const same = featureDrift(reference, profileOf(reference, Array.from({ length: 500 }, () => 7)));
    expect([same.psi, same.score, same.drifted, same.psiBand]).toEqual([0, 0, false, "stable"]);
    const moved = featureDrift(reference, profileOf(reference, Array.from({ length: 500 }, (_, k) => (k % 2 ? 7 : 8))));
    expect(moved.drifted).toBe(true);
    expect(moved.psiBand).toBe("significant");
    expect(moved.note).toMatch(/constant/);
  });

  it("numeric values beyond the reference's range land in the outer bins, filled with epsilon in the reference", () => {
    const reference = numericReference(normals(5_000, 0, 4));
    expect(reference.binCounts[0]).toBe(0);
    expect(reference.binCounts[reference.binCounts.length - 1]).toBe(0);
    const beyond = profileOf(reference, [1e9, -1e9]);
    expect(beyond.binCounts[0]).toBe(1);
    expect(beyond.binCounts[beyond.binCounts.length - 1]).toBe(1);
    expect(psi(reference.binCounts, beyond.binCounts, reference.binning.epsilon)).toBeGreaterThan(0.25);
  });

  it("unseen categories count in 'other' and drift", () => {
    const reference = categoricalReference(Array.from({ length: 600 }, (_, k) => ["red", "green", "blue"][k % 3]!));
    expect(reference.binning.categories).toEqual(["blue", "green", "red"]);
    expect(reference.binCounts).toEqual([200, 200, 200, 0]);
    const window = profileOf(reference, Array.from({ length: 300 }, (_, k) => ["red", "green", "purple"][k % 3]!));
    expect(window.binCounts).toEqual([0, 100, 100, 100]);
    const drift = featureDrift(reference, window);
    expect(drift.method).toBe("chi-square");
    expect(drift.drifted).toBe(true);
    expect(drift.psiBand).toBe("significant");
  });

  it("a window like its reference does not drift, for each method", () => {
    const small = numericReference(normals(800, 0, 5));
    const large = numericReference(normals(20_000, 0, 6));
    const colours = (count: number, seed: number) => {
      const next = random(seed);
      return Array.from({ length: count }, () => ["a", "b", "c", "d"][Math.floor(next() * 4)]!);
    };
    const smallColours = colours(900, 7);
    const smallCategories = categoricalReference(smallColours);
    const largeCategories = categoricalReference(colours(30_000, 8));
    const results: [string, FeatureDrift][] = [
      ["ks", featureDrift(small, profileOf(small, normals(3_000, 0, 9)))],
      ["wasserstein", featureDrift(large, profileOf(large, normals(3_000, 0, 10)))],
      // Chi-square (as the issue and Evidently define it) takes the small reference's shares for the truth, so even a
      // window drawn from the same distribution differs from it by the reference's own sampling noise; a window in the
      // reference's proportions is what does not drift.
      ["chi-square", featureDrift(smallCategories, profileOf(smallCategories, [...smallColours, ...smallColours].reverse()))],
      ["jensen-shannon", featureDrift(largeCategories, profileOf(largeCategories, colours(3_000, 12)))],
    ];
    for (const [method, drift] of results) {
      expect(drift.method).toBe(method);
      expect(drift.drifted).toBe(false);
      expect(drift.psiBand).toBe("stable");
    }
    const shifted = featureDrift(large, profileOf(large, normals(3_000, 0.5, 13)));
    expect(shifted.drifted).toBe(true);
    expect(shifted.score).toBeGreaterThan(0.4);
  });

  it("an empty window, or a reference without values, gives no figure and no drift", () => {
    const reference = numericReference(normals(100, 0, 14));
    const empty = featureDrift(reference, profileOf(reference, [null, null]));
    expect([empty.score, empty.psi, empty.drifted, empty.windowMissing]).toEqual([null, null, false, 2]);
    expect(empty.note).toBe("The window has no values");
    const noReference = buildReference([null, null]);
    expect(featureDrift(noReference, profileOf(noReference, ["x"])).note).toBe("The reference has no values");
  });
});

describe("the quantile sketch", () => {
  it("answers quantiles within its relative accuracy and merges in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, q) => {
        const sketch = emptySketch();
        for (const value of values) sketchAdd(sketch, value);
        const sorted = [...values].sort((a, b) => a - b);
        const exact = sorted[Math.floor(q * (sorted.length - 1))]!;
        const estimate = sketchQuantile(sketch, q)!;
        expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(sketch.alpha * Math.abs(exact) + 1e-12);
        const half = Math.floor(values.length / 2);
        const a = emptySketch();
        const b = emptySketch();
        values.forEach((value, index) => sketchAdd(index < half ? a : b, value));
        expect(sketchPoints(sketchMerge(a, b))).toEqual(sketchPoints(sketch));
        expect(sketchPoints(sketchMerge(b, a))).toEqual(sketchPoints(sketch));
      }),
    );
  });

  it("stays bounded however spread the values: the smallest magnitudes fold together, the largest keep their accuracy", () => {
    const sketch = emptySketch();
    const values = Array.from({ length: 20_000 }, (_, k) => 10 ** (-12 + (24 * k) / 20_000));
    for (const value of values) sketchAdd(sketch, value);
    expect(Object.keys(sketch.positive).length).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(Object.values(sketch.positive).reduce((a, b) => a + b, 0)).toBe(20_000);
    const top = sketchQuantile(sketch, 0.99)!;
    const exact = values[Math.floor(0.99 * (values.length - 1))]!;
    expect(Math.abs(top - exact) / exact).toBeLessThanOrEqual(sketch.alpha);
    const merged = sketchMerge(sketch, sketch);
    expect(Object.keys(merged.positive).length).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(merged.count).toBe(40_000);
  });

  it("gives a Wasserstein distance close to the one on the raw values", () => {
    const u = normals(20_000, 10, 15);
    const v = normals(20_000, 10.3, 16);
    const [su, sv] = [emptySketch(), emptySketch()];
    u.forEach((value) => sketchAdd(su, value));
    v.forEach((value) => sketchAdd(sv, value));
    const pu = sketchPoints(su);
    const pv = sketchPoints(sv);
    const exact = wasserstein(u, v);
    expect(Math.abs(wasserstein(pu.values, pv.values, pu.weights, pv.weights) - exact)).toBeLessThan(0.02 * 10);
  });
});

describe("data set drift", () => {
  const figure = (drifted: boolean, score: number | null = 0.5): FeatureDrift => ({
    method: "wasserstein", score, statistic: score, threshold: 0.1, drifted, psi: 0, psiBand: "stable", referenceCount: 1, windowCount: 1, windowMissing: 0, note: null,
  });

  it("drifts when at least half of the measured features drift", () => {
    expect(datasetDrift([figure(true), figure(false)])).toEqual({ features: 2, drifted: 1, share: 0.5, datasetDrifted: true });
    expect(datasetDrift([figure(true), figure(false), figure(false)]).datasetDrifted).toBe(false);
    expect(datasetDrift([figure(true), figure(false, null), figure(false, null)])).toEqual({ features: 1, drifted: 1, share: 1, datasetDrifted: true });
    expect(datasetDrift([]).datasetDrifted).toBe(false);
    expect(datasetDrift([figure(true), figure(false), figure(false)], { pValue: 0.05, distance: 0.1, psiModerate: 0.1, psiSignificant: 0.25, datasetShare: 0.3 }).datasetDrifted).toBe(true);
  });
});
