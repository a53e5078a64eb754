/**
 * Monitors: one figure of a deployment's production, compared window by window with a warning and an alert
 * threshold. The state of an evaluated window, which window an evaluation covers, and when an alert opens are
 * the rules here; the API stores the history and the alerts.
 */

export const MONITOR_FIGURES = {
  volume: "Records in the window",
  error_rate: "Share of records that failed",
  latency_p95: "Latency p95 (ms)",
  cost_per_request: "Cost per request",
  dataset_drift_share: "Share of features that drifted",
  feature_psi: "A feature's PSI",
  prediction_psi: "The prediction's PSI",
  accuracy: "Production accuracy",
  f1_macro: "Production macro F1",
  rmse: "Production RMSE",
  mae: "Production MAE",
  feedback_mean: "Mean feedback score",
} as const;
export type MonitorFigure = keyof typeof MONITOR_FIGURES;

export const MONITOR_OPERATORS = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as const;
export type MonitorOperator = keyof typeof MONITOR_OPERATORS;

export const MONITOR_STATES = ["OK", "WARNING", "ALERT", "NO_DATA"] as const;
export type MonitorState = (typeof MONITOR_STATES)[number];

/** What a window without a figure (no records, no baseline) makes of the monitor. */
export const NO_DATA_POLICIES = ["NO_DATA", "OK", "ALERT"] as const;
export type NoDataPolicy = (typeof NO_DATA_POLICIES)[number];

export interface MonitorRule {
  operator: MonitorOperator;
  warning: number | null;
  alert: number;
  noData: NoDataPolicy;
}

/** Whether a value is past a threshold in the operator's direction ("latency_p95 > 500"). */
export function crosses(operator: MonitorOperator, value: number, threshold: number): boolean {
  switch (operator) {
    case "gt":
      return value > threshold;
    case "gte":
      return value >= threshold;
    case "lt":
      return value < threshold;
    case "lte":
      return value <= threshold;
  }
}

/** The state of a window: ALERT past the alert threshold, WARNING past the warning one, else OK; without a figure, the no-data policy. */
export function monitorState(rule: MonitorRule, value: number | null): MonitorState {
  if (value === null) return rule.noData;
  if (crosses(rule.operator, value, rule.alert)) return "ALERT";
  if (rule.warning !== null && crosses(rule.operator, value, rule.warning)) return "WARNING";
  return "OK";
}

/**
 * Why the thresholds do not make sense, or null: the warning must come before the alert in the operator's
 * direction (for "> alert 0.25", a warning of 0.1; for "< alert 100", a warning of 500).
 */
export function thresholdProblem(rule: Pick<MonitorRule, "operator" | "warning" | "alert">): string | null {
  if (rule.warning === null) return null;
  const rising = rule.operator === "gt" || rule.operator === "gte";
  if (rising ? rule.warning >= rule.alert : rule.warning <= rule.alert) {
    return `The warning must come before the alert: ${rising ? "below" : "above"} ${rule.alert} for ${MONITOR_OPERATORS[rule.operator]}`;
  }
  return null;
}

/** An alert opens when a monitor enters ALERT (not while it stays there). */
export function opensAlert(previous: MonitorState | null, next: MonitorState): boolean {
  return next === "ALERT" && previous !== "ALERT";
}

/**
 * The window an evaluation at `now` covers: the last whole cadence step ends it, and it reaches back one window
 * (a 1-day window evaluated every hour slides by an hour). Both are whole hours, as the hourly profiles are.
 */
export function windowToEvaluate(now: number, cadenceMs: number, windowMs: number): { from: number; to: number } {
  const to = Math.floor(now / cadenceMs) * cadenceMs;
  return { from: to - windowMs, to };
}

/** When the monitor is next due: once the window after this one is complete. */
export function nextDue(evaluatedTo: number, cadenceMs: number): number {
  return evaluatedTo + cadenceMs;
}

export interface WindowFigures {
  traffic: { count: number; errorRate: number | null; latencyP95Ms: number | null; costPerRequest: number | null };
  drift: { features: Record<string, { psi: number | null }>; prediction: { psi: number | null } | null; dataset: { features: number; share: number } } | null;
  /** Production metrics of the window's labelled predictions, when any have actuals. */
  outcomes?: { accuracy: number | null; f1_macro: number | null; rmse: number | null; mae: number | null } | null;
  /** The mean of each score config's numeric scores (booleans 1 / 0) given in the window. */
  feedback?: Record<string, number | null>;
}

/** Which of a window's figures a monitor's figure is read from: only that part needs computing. */
export function figureSource(figure: MonitorFigure): "traffic" | "drift" | "outcomes" | "feedback" {
  switch (figure) {
    case "dataset_drift_share":
    case "feature_psi":
    case "prediction_psi":
      return "drift";
    case "accuracy":
    case "f1_macro":
    case "rmse":
    case "mae":
      return "outcomes";
    case "feedback_mean":
      return "feedback";
    default:
      return "traffic";
  }
}

/** The figure a monitor watches in a window, or null when the window has none (no records, no baseline, no such feature). */
export function monitorFigure(figure: MonitorFigure, feature: string | null, window: WindowFigures): number | null {
  const { traffic, drift } = window;
  switch (figure) {
    case "volume":
      return traffic.count;
    case "error_rate":
      return traffic.errorRate;
    case "latency_p95":
      return traffic.latencyP95Ms;
    case "cost_per_request":
      return traffic.costPerRequest;
    case "dataset_drift_share":
      return drift && drift.dataset.features > 0 ? drift.dataset.share : null;
    case "feature_psi":
      return feature === null ? null : (drift?.features[feature]?.psi ?? null);
    case "prediction_psi":
      return drift?.prediction?.psi ?? null;
    // Production metrics from the window's labelled predictions (actuals joined by prediction id).
    case "accuracy":
    case "f1_macro":
    case "rmse":
    case "mae":
      return window.outcomes?.[figure] ?? null;
    case "feedback_mean":
      return feature === null ? null : (window.feedback?.[feature] ?? null);
  }
}

/** What an alert says when it opens: "latency_p95 612 > 500 in 13:00–14:00". */
export function alertMessage(name: string, figure: MonitorFigure, feature: string | null, operator: MonitorOperator, alert: number, value: number | null, from: string, to: string): string {
  const what = figure === "feature_psi" ? `PSI of ${feature}` : figure === "feedback_mean" ? `Mean ${feature} score` : MONITOR_FIGURES[figure];
  const seen = value === null ? "no data" : `${Number(value.toPrecision(4))} ${MONITOR_OPERATORS[operator]} ${alert}`;
  return `${name}: ${what} ${seen} in ${from} – ${to}`;
}
