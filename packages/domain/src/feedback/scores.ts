/**
 * Feedback scores: what a score config allows (its type and range or options), and what a score's value means as a
 * number for means over time (booleans count as 0 / 1; categories and text have none).
 */

export const SCORE_TYPES = ["NUMERIC", "CATEGORICAL", "BOOLEAN", "TEXT"] as const;
export type ScoreType = (typeof SCORE_TYPES)[number];
export const SCORE_SOURCES = ["END_USER", "DOMAIN_EXPERT", "STAKEHOLDER", "AUTOMATED_JUDGE"] as const;
export type ScoreSource = (typeof SCORE_SOURCES)[number];
export const SCORE_SOURCE_LABELS: Record<ScoreSource, string> = { END_USER: "End user", DOMAIN_EXPERT: "Domain expert", STAKEHOLDER: "Stakeholder", AUTOMATED_JUDGE: "Automated judge" };

export interface ScoreConfigRule {
  type: ScoreType;
  min: number | null;
  max: number | null;
  options: readonly string[];
}

export type ScoreValue = number | string | boolean;

/** Why a value does not fit its config, or null: a number in range, one of the options, a boolean, or text. */
export function scoreValueProblem(config: ScoreConfigRule, value: ScoreValue): string | null {
  switch (config.type) {
    case "NUMERIC":
      if (typeof value !== "number" || !Number.isFinite(value)) return "Must be a number";
      if (config.min !== null && value < config.min) return `Must be at least ${config.min}`;
      if (config.max !== null && value > config.max) return `Must be at most ${config.max}`;
      return null;
    case "CATEGORICAL":
      return typeof value === "string" && config.options.includes(value) ? null : `Must be one of ${config.options.map((option) => `"${option}"`).join(", ")}`;
    case "BOOLEAN":
      return typeof value === "boolean" ? null : "Must be true or false";
    case "TEXT":
      return typeof value === "string" && value.trim().length > 0 ? null : "Must be some text";
  }
}

/** What is wrong with a config's own rule, as a field and a reason, or null. */
export function scoreConfigProblem(config: ScoreConfigRule): { path: string; message: string } | null {
  if (config.type === "NUMERIC" && config.min !== null && config.max !== null && config.min >= config.max) return { path: "max", message: "Must be above min" };
  if (config.type === "CATEGORICAL" && config.options.length < 2) return { path: "options", message: "Give at least two options" };
  if (config.type === "CATEGORICAL" && new Set(config.options).size !== config.options.length) return { path: "options", message: "Lists an option twice" };
  if (config.type !== "CATEGORICAL" && config.options.length > 0) return { path: "options", message: "Only a categorical score has options" };
  if (config.type !== "NUMERIC" && (config.min !== null || config.max !== null)) return { path: "min", message: "Only a numeric score has a range" };
  return null;
}

/** A value as a number for means: numbers as they are, booleans 1 / 0, others none. */
export function numericScore(value: ScoreValue): number | null {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}
