/**
 * Annotation queues: items people review in turn — a deployment's predictions to score, or pairs of answers to
 * choose between. What an answer to an item must contain, and how new items are dealt to reviewers.
 */
import { scoreValueProblem, type ScoreConfigRule, type ScoreValue } from "./scores";
import type { PreferenceChoice } from "./preferences";

export const ANNOTATION_QUEUE_KINDS = ["PREDICTIONS", "PAIRS"] as const;
export type AnnotationQueueKind = (typeof ANNOTATION_QUEUE_KINDS)[number];
export const ANNOTATION_ITEM_STATUSES = ["PENDING", "DONE", "SKIPPED"] as const;
export type AnnotationItemStatus = (typeof ANNOTATION_ITEM_STATUSES)[number];

export interface AnnotationAnswer {
  scores?: ReadonlyArray<{ config: string; value: ScoreValue }> | undefined;
  choice?: PreferenceChoice | undefined;
}

/**
 * What is wrong with an answer to an item of this queue, as a field and a reason, or null: a prediction gets one
 * valid value for each of the queue's configs (and no others), a pair gets a choice.
 */
export function annotationProblem(kind: AnnotationQueueKind, configs: ReadonlyArray<ScoreConfigRule & { name: string }>, answer: AnnotationAnswer): { path: string; message: string } | null {
  if (kind === "PAIRS") {
    if (answer.scores?.length) return { path: "scores", message: "A pair is answered with a choice" };
    return answer.choice ? null : { path: "choice", message: "Pick A, B or TIE" };
  }
  if (answer.choice) return { path: "choice", message: "A prediction is answered with scores" };
  const scores = answer.scores ?? [];
  const byName = new Map(configs.map((config) => [config.name, config]));
  const seen = new Set<string>();
  for (const [index, score] of scores.entries()) {
    const config = byName.get(score.config);
    if (!config) return { path: `scores.${index}.config`, message: `The queue does not ask for "${score.config}"` };
    if (seen.has(score.config)) return { path: `scores.${index}.config`, message: `"${score.config}" is given twice` };
    seen.add(score.config);
    const problem = scoreValueProblem(config, score.value);
    if (problem) return { path: `scores.${index}.value`, message: problem };
  }
  const missing = configs.find((config) => !seen.has(config.name));
  return missing ? { path: "scores", message: `Give "${missing.name}" too` } : null;
}

/** Deals `count` new items to reviewers in turn, starting after the one dealt to last (`start`), or to none. */
export function dealItems<T>(count: number, reviewers: readonly T[], start = 0): Array<T | null> {
  return Array.from({ length: count }, (_, index) => (reviewers.length ? reviewers[(start + index) % reviewers.length]! : null));
}
