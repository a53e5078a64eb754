/**
 * Iterations: the loop from production evidence back to data or model development. An iteration is planned from
 * reasons to iterate (its triggers) with a hypothesis and planned changes, started by looping back, and closed once
 * a new version is live, with the KPIs and the triggering monitor before and after.
 */

export const ITERATION_STATUSES = ["PLANNED", "STARTED", "CLOSED"] as const;
export type IterationStatus = (typeof ITERATION_STATUSES)[number];

export const TRIGGER_KINDS = ["ALERT", "DRIFT", "KPI_AT_RISK", "FEEDBACK", "REQUIREMENT"] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
export const TRIGGER_LABELS: Record<TriggerKind, string> = {
  ALERT: "An alert",
  DRIFT: "Drift on a monitor",
  KPI_AT_RISK: "A KPI at risk",
  FEEDBACK: "A feedback theme",
  REQUIREMENT: "A changed requirement",
};

export const CHANGE_KINDS = ["NEW_DATA", "FEATURES", "HYPERPARAMETERS", "APPROACH", "PROMPT", "OTHER"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  NEW_DATA: "New data",
  FEATURES: "Features",
  HYPERPARAMETERS: "Hyperparameters",
  APPROACH: "Approach",
  PROMPT: "Prompt",
  OTHER: "Other",
};

/** What a planned iteration lacks before the Iteration gate lets the project loop back; empty when ready. */
export function planProblems(plan: { triggers: number; hypothesis: string | null; changes: number }): string[] {
  const problems: string[] = [];
  if (plan.triggers === 0) problems.push("no trigger (an alert, drift, a KPI at risk, a feedback theme or a changed requirement)");
  if (!plan.hypothesis?.trim()) problems.push("no hypothesis");
  if (plan.changes === 0) problems.push("no planned change");
  return problems;
}

/** A KPI as an iteration records it before and after: its latest value and status then. */
export interface KpiSnapshot {
  kpiId: string;
  name: string;
  unit: string | null;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  target: number | null;
  value: number | null;
  status: string;
}

/** How each KPI moved between two snapshots: improved, worse, unchanged, or not comparable. */
export function kpiChange(before: KpiSnapshot, after: KpiSnapshot | undefined): "IMPROVED" | "WORSE" | "UNCHANGED" | "UNKNOWN" {
  if (!after || before.value === null || after.value === null) return "UNKNOWN";
  if (after.value === before.value) return "UNCHANGED";
  const better = before.direction === "LOWER_IS_BETTER" ? after.value < before.value : after.value > before.value;
  return better ? "IMPROVED" : "WORSE";
}
