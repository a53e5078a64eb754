import { seededRandom } from "../random";
import { dpoLine, PREFERENCE_CHOICES, wilsonInterval, winRates, type PairTally } from "./preferences";

describe("pairwise win rates", () => {
  it("counts wins, losses and ties from both sides, a tie as half a win", () => {
    const { variants, headToHead } = winRates([
      { a: "v1", b: "v2", choice: "B", count: 6 },
      { a: "v2", b: "v1", choice: "A", count: 2 },
      { a: "v1", b: "v2", choice: "TIE", count: 2 },
      { a: "v1", b: "v2", choice: "A", count: 2 },
    ]);
    expect(variants.map((variant) => [variant.variant, variant.comparisons, variant.wins, variant.losses, variant.ties, variant.winRate])).toEqual([
      ["v2", 12, 8, 2, 2, 0.75],
      ["v1", 12, 2, 8, 2, 0.25],
    ]);
    expect(headToHead).toEqual([
      { variant: "v1", opponent: "v2", comparisons: 12, winRate: 0.25 },
      { variant: "v2", opponent: "v1", comparisons: 12, winRate: 0.75 },
    ]);
  });

  it("leaves out a version compared with itself", () => {
    expect(winRates([{ a: "v1", b: "v1", choice: "A", count: 5 }]).variants).toEqual([]);
  });

  it("keeps every variant's rates consistent: win rates over all comparisons average one half", () => {
    const random = seededRandom(7);
    const names = ["v1", "v2", "v3", "prompt-4"];
    const tallies: PairTally[] = Array.from({ length: 60 }, () => ({
      a: names[Math.floor(random() * names.length)]!,
      b: names[Math.floor(random() * names.length)]!,
      choice: PREFERENCE_CHOICES[Math.floor(random() * 3)]!,
      count: 1 + Math.floor(random() * 9),
    }));
    const { variants, headToHead } = winRates(tallies);
    const comparisons = variants.reduce((sum, variant) => sum + variant.comparisons, 0);
    const credited = variants.reduce((sum, variant) => sum + variant.winRate * variant.comparisons, 0);
    expect(credited / comparisons).toBeCloseTo(0.5, 12);
    for (const variant of variants) {
      expect(variant.wins + variant.losses + variant.ties).toBe(variant.comparisons);
      expect(variant.low).toBeLessThanOrEqual(variant.winRate);
      expect(variant.high).toBeGreaterThanOrEqual(variant.winRate);
      const own = headToHead.filter((row) => row.variant === variant.variant);
      expect(own.reduce((sum, row) => sum + row.comparisons, 0)).toBe(variant.comparisons);
    }
    for (const row of headToHead) {
      const mirror = headToHead.find((other) => other.variant === row.opponent && other.opponent === row.variant)!;
      expect(row.winRate + mirror.winRate).toBeCloseTo(1, 12);
    }
    expect(variants.map((variant) => variant.winRate)).toEqual([...variants.map((variant) => variant.winRate)].sort((x, y) => y - x));
  });
});

describe("Wilson's interval", () => {
  it("matches the published values", () => {
    // 8 of 10: (0.4902, 0.9433); 0 of 10: (0, 0.2775).
    const { low, high } = wilsonInterval(0.8, 10);
    expect(low).toBeCloseTo(0.490162, 5);
    expect(high).toBeCloseTo(0.943318, 5);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.277533, 5);
    expect(wilsonInterval(0.5, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe("DPO lines", () => {
  it("puts the chosen answer first, exactly as given, and skips a tie", () => {
    const preference = { prompt: 'How do I reset my "password"?\n', responseA: "Click Forgot.", responseB: "Call us 🙂" };
    expect(dpoLine({ ...preference, choice: "B" })).toBe(`{"prompt":"How do I reset my \\"password\\"?\\n","chosen":"Call us 🙂","rejected":"Click Forgot."}\n`);
    expect(JSON.parse(dpoLine({ ...preference, choice: "A" })!)).toEqual({ prompt: preference.prompt, chosen: "Click Forgot.", rejected: "Call us 🙂" });
    expect(dpoLine({ ...preference, choice: "TIE" })).toBeNull();
  });
});
