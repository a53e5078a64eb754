import fc from "fast-check";
import { foldPoints, int64Text, rollupsOf, type BatchPoint } from "./fold";
import { addToExtremes, blockWidth, ROLLUP_LEVELS, type Extremes } from "./sampling";

const ARRIVED = Date.UTC(2026, 0, 1);
const point = (key: string, step: number, value: number, at?: number, split = ""): BatchPoint => ({ key, split, step, value, at });

describe("foldPoints", () => {
  it("sums up each series: count, latest (highest step, then latest time, then last sent), extremes without NaN", () => {
    const folds = foldPoints(
      [point("loss", 0, 0.9, 10), point("loss", 2, 0.5, 5), point("acc", 0, Number.NaN), point("loss", 2, 0.4, 5), point("loss", 1, 0.1, 99), point("loss", 0, 0.3, 1, "val")],
      ARRIVED,
    );
    expect(folds.map((fold) => [fold.key, fold.split, fold.count, fold.latest.value, fold.min, fold.max])).toEqual([
      ["acc", "", 1, Number.NaN, Number.NaN, Number.NaN],
      ["loss", "", 4, 0.4, 0.1, 0.9],
      ["loss", "val", 1, 0.3, 0.3, 0.3],
    ]);
    expect(folds[0]!.latest.at).toBe(ARRIVED);
  });

  it("keeps a step's exact text with the latest point", () => {
    const [fold] = foldPoints([{ ...point("loss", 2 ** 62, 1, 0), stepText: "4611686018427387905" }], ARRIVED);
    expect(fold!.latest).toEqual({ step: 2 ** 62, stepText: "4611686018427387905", at: 0, value: 1 });
  });

  const points = fc.array(
    fc.record({
      key: fc.constantFrom("a", "b", "é"),
      split: fc.constantFrom("", "train"),
      step: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 5_000_000 })),
      value: fc.oneof(fc.double({ noNaN: true }), fc.constant(Number.NaN), fc.constantFrom(0, 1, -1)),
      at: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
    }),
    { maxLength: 300 },
  );

  it("agrees with a plain reference over any batch: per series and at every rollup level", () => {
    fc.assert(
      fc.property(points, (batch) => {
        const folds = foldPoints(batch, 25);
        const ids = [...new Set(batch.map((p) => `${p.key}\u0000${p.split}`))].sort();
        expect(folds.map((fold) => `${fold.key}\u0000${fold.split}`)).toEqual(ids);
        for (const fold of folds) {
          const own = batch.map((p, index) => ({ ...p, at: p.at ?? 25, index })).filter((p) => p.key === fold.key && p.split === fold.split);
          expect(fold.count).toBe(own.length);
          const latest = [...own].sort((x, y) => x.step - y.step || x.at - y.at || x.index - y.index).at(-1)!;
          expect(fold.latest).toEqual({ step: latest.step, at: latest.at, value: latest.value });
          const numbers = own.map((p) => p.value).filter((value) => !Number.isNaN(value));
          // The first value nothing later is strictly below (or above): 0 and -0 are equal, the first kept.
          expect(fold.min).toBe(numbers.reduce((kept, value) => (value < kept ? value : kept), numbers[0] ?? Number.NaN));
          expect(fold.max).toBe(numbers.reduce((kept, value) => (value > kept ? value : kept), numbers[0] ?? Number.NaN));
          // Each level's blocks, merged from the finest, equal the extremes of that level's blocks taken directly.
          const rollups = rollupsOf(fold);
          for (const level of ROLLUP_LEVELS) {
            const direct = new Map<number, Extremes>();
            for (const p of own) {
              const block = Math.floor(p.step / blockWidth(level));
              direct.set(block, addToExtremes(direct.get(block), batch[p.index]!));
            }
            const merged = rollups.filter((row) => row.level === level);
            expect(merged.map((row) => row.block)).toEqual([...direct.keys()].sort((x, y) => x - y));
            for (const row of merged) {
              const expected = direct.get(row.block)!;
              expect(row.extremes.count).toBe(expected.count);
              expect([row.extremes.min.step, row.extremes.min.value]).toEqual([expected.min.step, expected.min.value]);
              expect([row.extremes.max.step, row.extremes.max.value]).toEqual([expected.max.step, expected.max.value]);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("int64Text", () => {
  it("writes integers as bigint reads them, exact past 2^53 and held at bigint's end", () => {
    expect(int64Text(42)).toBe("42");
    expect(int64Text(-(2 ** 62))).toBe("-4611686018427387904");
    expect(int64Text(2 ** 60)).toBe("1152921504606846976");
    expect(int64Text(2 ** 63)).toBe("9223372036854775807");
  });
});
