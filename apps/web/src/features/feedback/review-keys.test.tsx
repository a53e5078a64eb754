import { keyedValues, keyValue, PAIR_KEYS } from "./review-keys";

const config = (type: "NUMERIC" | "CATEGORICAL" | "BOOLEAN" | "TEXT", rest: { min?: number | null; max?: number | null; options?: string[] } = {}) => ({ type, min: rest.min ?? null, max: rest.max ?? null, options: rest.options ?? [] });

describe("review keys", () => {
  it("maps digits to a small whole-number range, options in order, y / n to booleans", () => {
    expect(keyValue(config("NUMERIC", { min: 1, max: 5 }), "4")).toBe(4);
    expect(keyValue(config("NUMERIC", { min: 1, max: 5 }), "6")).toBeUndefined();
    expect(keyValue(config("NUMERIC", { min: 0, max: 9 }), "0")).toBe(0);
    expect(keyValue(config("CATEGORICAL", { options: ["correct", "partly", "wrong"] }), "2")).toBe("partly");
    expect(keyValue(config("BOOLEAN"), "Y")).toBe(true);
    expect(keyValue(config("BOOLEAN"), "n")).toBe(false);
  });

  it("gives no keys where a key cannot name the value: wide or fractional ranges, text", () => {
    expect(keyedValues(config("NUMERIC", { min: 0, max: 100 }))).toEqual([]);
    expect(keyedValues(config("NUMERIC", { min: 0.5, max: 5 }))).toEqual([]);
    expect(keyedValues(config("NUMERIC"))).toEqual([]);
    expect(keyedValues(config("TEXT"))).toEqual([]);
  });

  it("picks a pair's answer with 1 / a, 2 / b and t / 0", () => {
    expect([PAIR_KEYS["1"], PAIR_KEYS.b, PAIR_KEYS.t, PAIR_KEYS.x]).toEqual(["A", "B", "TIE", undefined]);
  });
});
