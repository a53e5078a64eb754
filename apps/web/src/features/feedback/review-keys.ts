import type { PreferenceChoice, ScoreConfig, ScoreValue } from "@lifecycle/domain";

/** Which key gives which value on the review screen: at most ten whole numbers, nine options, yes / no. */
export function keyedValues(config: Pick<ScoreConfig, "type" | "min" | "max" | "options">): Array<{ key: string; value: ScoreValue; label: string }> {
  switch (config.type) {
    case "BOOLEAN":
      return [
        { key: "y", value: true, label: "Yes" },
        { key: "n", value: false, label: "No" },
      ];
    case "CATEGORICAL":
      return config.options.slice(0, 9).map((option, index) => ({ key: String(index + 1), value: option, label: option }));
    case "NUMERIC": {
      if (config.min === null || config.max === null || !Number.isInteger(config.min) || !Number.isInteger(config.max) || config.min < 0 || config.max > 9) return [];
      return Array.from({ length: config.max - config.min + 1 }, (_, index) => config.min! + index).map((value) => ({ key: String(value), value, label: String(value) }));
    }
    case "TEXT":
      return [];
  }
}

/** The value a key press gives a config, if any. */
export function keyValue(config: Pick<ScoreConfig, "type" | "min" | "max" | "options">, key: string): ScoreValue | undefined {
  return keyedValues(config).find((entry) => entry.key === key.toLowerCase())?.value;
}

/** A pair's choice by key: 1 or a for A, 2 or b for B, t or 0 for a tie. */
export const PAIR_KEYS: Record<string, PreferenceChoice> = { "1": "A", a: "A", "2": "B", b: "B", t: "TIE", "0": "TIE" };
