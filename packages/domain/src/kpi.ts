export const KPI_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const KPI_STATUSES = ["MET", "ON_TRACK", "AT_RISK", "NO_DATA"] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KPI_ROLLUPS = ["NO_KPIS", "MET", "ON_TRACK", "AT_RISK", "NO_DATA"] as const;
export type KpiRollup = (typeof KPI_ROLLUPS)[number];

export interface KpiDefinition {
  direction: KpiDirection;
  baseline: number | null;
  target: number | null;
  /** Calendar date the target is due, at the end of that day (UTC). */
  deadline: Date | null;
  createdAt: Date;
  /** "%" bounds projections to 0–100. */
  unit?: string | null;
  /** A linked metric that is a share (recall, accuracy, f1…) bounds projections to 0–1. */
  metricKey?: string | null;
}

export interface Measurement {
  value: number;
  measuredAt: Date;
  /** When it was recorded: of measurements taken at the same instant, the one recorded last is the latest. */
  createdAt?: Date;
}

/** Oldest first: by when measured, then by when recorded. */
export function measurementOrder(a: Measurement, b: Measurement): number {
  return a.measuredAt.getTime() - b.measuredAt.getTime() || (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0);
}

export interface KpiAssessment {
  current: number | null;
  currentAt: Date | null;
  /** Share of the way from baseline to target, clamped to [0, 1]; null without baseline and target. */
  progress: number | null;
  met: boolean;
  /** null when there is nothing to judge it by (no target or no measurement). */
  onTrack: boolean | null;
  status: KpiStatus;
  /** The value a least-squares trend through the measurements projects for the deadline. */
  projectedAtDeadline: number | null;
}

const DAY_MS = 86_400_000;

/** Metrics that are shares of a whole: never below 0 or above 1. */
const SHARE_METRIC = /(^|[._-])(accuracy|balanced_accuracy|recall|precision|f1|f1_score|f1_macro|f1_micro|f1_weighted|fbeta|auc|roc_auc|pr_auc|average_precision|specificity|sensitivity|iou|jaccard|hit_rate|mrr|ndcg|map|top_\d+_accuracy|exact_match)$/i;

/** The values a KPI can take at all, as far as its unit or linked metric tell: a projection is kept inside them. */
export function kpiRange(definition: Pick<KpiDefinition, "unit" | "metricKey">): readonly [number, number] | null {
  if (definition.unit?.trim() === "%") return [0, 100];
  if (!definition.unit?.trim() && definition.metricKey && SHARE_METRIC.test(definition.metricKey)) return [0, 1];
  return null;
}

export function isBetterOrEqual(direction: KpiDirection, value: number, reference: number): boolean {
  return direction === "HIGHER_IS_BETTER" ? value >= reference : value <= reference;
}

export function kpiProgress(definition: Pick<KpiDefinition, "baseline" | "target">, current: number): number | null {
  const { baseline, target } = definition;
  if (baseline === null || target === null) return null;
  if (target === baseline) return 1;
  const raw = (current - baseline) / (target - baseline);
  // Values stored before their range was checked can overflow: no progress is better than a wrong one.
  return Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : null;
}

/** Ordinary least squares of value against time; null with fewer than two distinct times. */
export function linearTrend(points: readonly Measurement[]): { slopePerMs: number; intercept: number } | null {
  if (points.length < 2) return null;
  const xs = points.map((point) => point.measuredAt.getTime());
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  let numerator = 0;
  let denominator = 0;
  points.forEach((point, index) => {
    const dx = xs[index]! - meanX;
    numerator += dx * (point.value - meanY);
    denominator += dx * dx;
  });
  if (denominator === 0) return null;
  const slopePerMs = numerator / denominator;
  return { slopePerMs, intercept: meanY - slopePerMs * meanX };
}

export function deadlineEnd(deadline: Date): Date {
  return new Date(Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth(), deadline.getUTCDate()) + DAY_MS - 1);
}

/**
 * Where a KPI stands. Met: the latest measurement reaches the target. Otherwise,
 * with a deadline: past it is at risk; with two or more measurements the trend
 * line must reach the target by the deadline; with one, progress must keep pace
 * with the time elapsed since the KPI was set. Without a deadline it is on track
 * while the latest value is better than the baseline.
 */
export function assessKpi(definition: KpiDefinition, measurements: readonly Measurement[], now: Date): KpiAssessment {
  const ordered = [...measurements].sort(measurementOrder);
  const latest = ordered[ordered.length - 1];
  const none: KpiAssessment = { current: null, currentAt: null, progress: null, met: false, onTrack: null, status: "NO_DATA", projectedAtDeadline: null };
  if (!latest) return none;

  const { direction, baseline, target, deadline } = definition;
  const current = latest.value;
  const base = { current, currentAt: latest.measuredAt, progress: target === null ? null : kpiProgress(definition, current) };
  if (target === null) return { ...base, met: false, onTrack: null, status: "NO_DATA", projectedAtDeadline: null };

  if (isBetterOrEqual(direction, current, target)) {
    return { ...base, progress: base.progress ?? 1, met: true, onTrack: true, status: "MET", projectedAtDeadline: null };
  }

  let onTrack: boolean;
  let projectedAtDeadline: number | null = null;
  if (deadline) {
    const due = deadlineEnd(deadline).getTime();
    const trend = linearTrend(ordered);
    if (now.getTime() > due) {
      onTrack = false;
    } else if (trend) {
      const range = kpiRange(definition);
      const raw = trend.intercept + trend.slopePerMs * due;
      const projected = range ? Math.min(range[1], Math.max(range[0], raw)) : raw;
      projectedAtDeadline = Number.isFinite(projected) ? projected : null;
      onTrack = isBetterOrEqual(direction, projected, target);
    } else {
      const start = definition.createdAt.getTime();
      const elapsed = due > start ? Math.min(1, Math.max(0, (now.getTime() - start) / (due - start))) : 1;
      onTrack = (base.progress ?? 0) >= elapsed;
    }
  } else {
    onTrack = baseline === null ? true : isBetterOrEqual(direction, current, baseline) && current !== baseline;
  }
  return { ...base, met: false, onTrack, status: onTrack ? "ON_TRACK" : "AT_RISK", projectedAtDeadline };
}

/** One status for a project's KPIs: at risk if any is, met if all are. */
export function rollupKpiStatuses(statuses: readonly KpiStatus[]): KpiRollup {
  if (statuses.length === 0) return "NO_KPIS";
  if (statuses.includes("AT_RISK")) return "AT_RISK";
  if (statuses.every((status) => status === "MET")) return "MET";
  if (statuses.includes("ON_TRACK") || statuses.includes("MET")) return "ON_TRACK";
  return "NO_DATA";
}

/** Why a KPI's numbers contradict its direction, or null when they agree. */
export function kpiTargetProblem(direction: KpiDirection, baseline: number | null, target: number | null): string | null {
  if (baseline === null || target === null || baseline === target) return null;
  if (direction === "HIGHER_IS_BETTER" && target < baseline) return "Higher is better, so the target must not be below the baseline";
  if (direction === "LOWER_IS_BETTER" && target > baseline) return "Lower is better, so the target must not be above the baseline";
  return null;
}
