import { hasStandardSplits, STANDARD_SPLITS } from "./contracts/data";
import { missingFramingFields, type FramingFacts } from "./framing";
import { APPROACHES, APPROACHES_WITHOUT_TRAINING_DATA } from "./vocabularies";
import type { Stage } from "./stages";
import { productionProblem, type DeploymentFacts } from "./deployments";
import { planProblems } from "./iterations";

export interface GateCheckResult {
  id: string;
  label: string;
  passed: boolean;
  reason: string;
}

export interface GateResult {
  stage: Stage;
  passed: boolean;
  checks: GateCheckResult[];
}

/** Everything a gate may look at; loaded once per evaluation. */
export interface GateContext {
  project: { businessGoal: string | null };
  kpis: ReadonlyArray<{ name: string; target: number | null; metricKey?: string | null; direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"; unit?: string | null }>;
  framing: FramingFacts | null;
  /** The project's current iteration (1 until it first loops back). */
  iteration?: number;
  /** Finished runs with a test evaluation, newest first: their test figures by name, their fit verdict and the iteration they ran in. */
  candidates: ReadonlyArray<{ runName: string; fitVerdict: string | null; testMetrics: Readonly<Record<string, number | null>>; iteration?: number }>;
  /** The project's data set versions with their splits. */
  dataVersions: ReadonlyArray<{ dataSetName: string; version: number; splits: ReadonlyArray<{ name: string; count: number }> }>;
  /** The project's deployments that are not retired, with their variants' versions and approvals. */
  deployments?: ReadonlyArray<DeploymentFacts>;
  /** What the Monitoring gate looks at: the live production deployments' monitors, and the reasons to iterate on record. */
  monitoring?: { live: ReadonlyArray<{ name: string; monitors: number; evaluations: number }>; reasons: readonly string[] };
  /** The iteration planned next, if any: what the Iteration gate looks at. */
  plannedIteration?: { number: number; triggers: number; hypothesis: string | null; changes: number } | null;
}

type GateCheck = (context: GateContext) => GateCheckResult;

const businessGoalStated: GateCheck = ({ project }) => {
  const passed = !!project.businessGoal?.trim();
  return {
    id: "business_goal",
    label: "Business goal stated",
    passed,
    reason: passed ? "The business goal is stated." : "The project has no business goal yet.",
  };
};

const kpiWithTarget: GateCheck = ({ kpis }) => {
  const withTarget = kpis.filter((kpi) => kpi.target !== null);
  const passed = withTarget.length > 0;
  return {
    id: "kpi_with_target",
    label: "At least one KPI with a target",
    passed,
    reason: passed
      ? `${withTarget.length} KPI${withTarget.length === 1 ? "" : "s"} with a target: ${withTarget.map((kpi) => kpi.name).join(", ")}.`
      : kpis.length === 0
        ? "No KPI has been defined yet."
        : "No KPI has a target yet.",
  };
};

const framingComplete: GateCheck = ({ framing }) => {
  const missing = missingFramingFields(framing);
  const passed = missing.length === 0;
  return {
    id: "framing_complete",
    label: "Problem framing complete",
    passed,
    reason: passed ? "The framing is complete." : `The framing is missing: ${missing.map((item) => item.label).join(", ")}.`,
  };
};

const mlAppropriate: GateCheck = ({ framing }) => {
  const decision = framing?.mlAppropriate ?? null;
  return {
    id: "ml_appropriate",
    label: "ML judged appropriate",
    passed: decision === true,
    reason:
      decision === true
        ? "ML was judged appropriate."
        : decision === false
          ? "ML was judged not appropriate: revise the framing or close the project."
          : "Whether ML is appropriate has not been decided.",
  };
};

const dataWithSplits: GateCheck = ({ dataVersions, framing }) => {
  const label = "Data registered with train, validation and test splits";
  const ready = dataVersions.filter((version) => hasStandardSplits(version.splits));
  if (ready.length > 0) {
    const names = ready.map((version) => `${version.dataSetName} v${version.version}`);
    return { id: "data_with_splits", label, passed: true, reason: `${names.join(", ")} ${names.length === 1 ? "has" : "have"} train, validation and test splits.` };
  }
  if (framing?.approach && APPROACHES_WITHOUT_TRAINING_DATA.has(framing.approach)) {
    return { id: "data_with_splits", label, passed: true, reason: `The approach, ${(APPROACHES.entries.find((entry) => entry.value === framing.approach)?.label ?? framing.approach).toLowerCase()}, trains nothing: no training data is needed.` };
  }
  if (dataVersions.length === 0) return { id: "data_with_splits", label, passed: false, reason: "No data set version is registered yet: register one with train, validation and test splits." };
  const closest = dataVersions[0]!;
  const missing = STANDARD_SPLITS.filter((name) => !closest.splits.some((split) => split.name === name && split.count > 0));
  return {
    id: "data_with_splits",
    label,
    passed: false,
    reason: `No data set version has all three splits: ${closest.dataSetName} v${closest.version} lacks ${missing.join(" and ")}.`,
  };
};

type LinkedKpi = { name: string; target: number; metricKey: string; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"; unit?: string | null };

/** Whether a run's test figure reaches a KPI's target; a KPI kept in % compares with the figure × 100. */
export function meetsKpi(kpi: LinkedKpi, testMetrics: Readonly<Record<string, number | null>>): boolean {
  const value = testMetrics[kpi.metricKey];
  if (value === null || value === undefined || !Number.isFinite(value)) return false;
  const scaled = kpi.unit === "%" ? value * 100 : value;
  return kpi.direction === "LOWER_IS_BETTER" ? scaled <= kpi.target : scaled >= kpi.target;
}

/** The KPIs linked to a metric with a target and a direction: the ones a model's test figures are judged on. */
export function linkedKpis(kpis: GateContext["kpis"]): LinkedKpi[] {
  return kpis.filter((kpi): kpi is LinkedKpi => !!kpi.metricKey && kpi.target !== null && !!kpi.direction);
}

/**
 * What keeps a model's evidence (its test figures and fit verdict) from qualifying: each linked KPI it misses, and
 * an over- or underfit. Empty when it qualifies. The Model development gate and model-version approval share it.
 */
export function evidenceProblems(kpis: GateContext["kpis"], evidence: { fitVerdict: string | null; testMetrics: Readonly<Record<string, number | null>> }): string[] {
  const problems = linkedKpis(kpis)
    .filter((kpi) => !meetsKpi(kpi, evidence.testMetrics))
    .map((kpi) => {
      const value = evidence.testMetrics[kpi.metricKey];
      return value === null || value === undefined ? `no test ${kpi.metricKey} for ${kpi.name}` : `${kpi.name} needs ${kpi.metricKey} ${kpi.direction === "LOWER_IS_BETTER" ? "≤" : "≥"} ${kpi.target}${kpi.unit === "%" ? " %" : ""}`;
    });
  if (evidence.fitVerdict === "OVERFIT" || evidence.fitVerdict === "UNDERFIT") problems.push(`its fit is diagnosed ${evidence.fitVerdict === "OVERFIT" ? "overfitting" : "underfitting"}`);
  return problems;
}

/** How evidence that qualifies is described: "meets Spam caught on test with a balanced fit". */
export function evidenceSummary(kpis: GateContext["kpis"], fitVerdict: string | null): string {
  const linked = linkedKpis(kpis);
  const fit = fitVerdict === "BALANCED" ? "a balanced fit" : "no training curves to judge its fit by";
  return linked.length ? `meets ${linked.map((kpi) => kpi.name).join(", ")} on test with ${fit}` : `has a test evaluation and ${fit} (no KPI is linked to a metric)`;
}

const candidateRun: GateCheck = ({ kpis, candidates: all, iteration }) => {
  const label = iteration && iteration > 1 ? `A finished run of iteration ${iteration} meets the KPIs on test without over- or underfitting` : "A finished run meets the KPIs on test without over- or underfitting";
  // Iteration N is judged on its own runs: a run of an earlier iteration answered an earlier question.
  const candidates = iteration === undefined ? all : all.filter((candidate) => candidate.iteration === undefined || candidate.iteration === iteration);
  if (candidates.length === 0) {
    const earlier = all.length - candidates.length;
    return {
      id: "candidate_run",
      label,
      passed: false,
      reason: earlier > 0 ? `No finished run of iteration ${iteration} has a test evaluation yet (${earlier} run${earlier === 1 ? "" : "s"} of earlier iterations do not count).` : "No finished run has a test evaluation yet.",
    };
  }
  const judged = candidates.map((candidate) => ({ candidate, problems: evidenceProblems(kpis, candidate) }));
  const passing = judged.find((item) => item.problems.length === 0);
  if (passing) return { id: "candidate_run", label, passed: true, reason: `${passing.candidate.runName} ${evidenceSummary(kpis, passing.candidate.fitVerdict)}.` };
  const closest = judged.reduce((best, item) => (item.problems.length < best.problems.length ? item : best));
  return { id: "candidate_run", label, passed: false, reason: `No run qualifies yet. Closest, ${closest.candidate.runName}: ${closest.problems.join("; ")}.` };
};

const liveInProduction: GateCheck = ({ deployments = [], framing }) => {
  const label = "An approved model is live in production with all of its traffic";
  const trainsNothing = !!framing?.approach && APPROACHES_WITHOUT_TRAINING_DATA.has(framing.approach);
  const passing = deployments.find((deployment) => productionProblem(deployment, trainsNothing) === null);
  if (passing) {
    const served = passing.variants.filter((variant) => variant.role !== "SHADOW" && (variant.trafficPercent ?? 0) > 0).map((variant) => `${variant.modelVersion?.label ?? `${variant.baseModel} + ${variant.customization}`} (${variant.trafficPercent} %)`);
    return { id: "live_in_production", label, passed: true, reason: `${passing.name} serves ${served.join(", ")} in production.` };
  }
  if (deployments.length === 0) return { id: "live_in_production", label, passed: false, reason: "No deployment yet: deploy an approved model version to production." };
  const closest = deployments.find((deployment) => deployment.environment === "PRODUCTION") ?? deployments[0]!;
  return { id: "live_in_production", label, passed: false, reason: `Nothing qualifies yet: ${productionProblem(closest, trainsNothing)}.` };
};

const liveDeploymentMonitored: GateCheck = ({ monitoring }) => {
  const label = "The live deployment has monitors";
  const live = monitoring?.live ?? [];
  const watched = live.filter((deployment) => deployment.monitors > 0);
  if (watched.length > 0) return { id: "live_monitored", label, passed: true, reason: watched.map((deployment) => `${deployment.name} has ${deployment.monitors} monitor${deployment.monitors === 1 ? "" : "s"}`).join("; ") + "." };
  if (live.length === 0) return { id: "live_monitored", label, passed: false, reason: "No deployment is live in production." };
  return { id: "live_monitored", label, passed: false, reason: `${live.map((deployment) => deployment.name).join(", ")} ${live.length === 1 ? "has" : "have"} no monitor: add one on the Monitoring tab.` };
};

const windowEvaluated: GateCheck = ({ monitoring }) => {
  const label = "At least one full window was evaluated";
  const evaluated = (monitoring?.live ?? []).reduce((sum, deployment) => sum + deployment.evaluations, 0);
  return evaluated > 0
    ? { id: "window_evaluated", label, passed: true, reason: `${evaluated} window${evaluated === 1 ? " was" : "s were"} evaluated on the live deployment's monitors.` }
    : { id: "window_evaluated", label, passed: false, reason: "No monitor of the live deployment has evaluated a complete window yet." };
};

const reasonToIterate: GateCheck = ({ monitoring }) => {
  const label = "A recorded reason to iterate";
  const reasons = monitoring?.reasons ?? [];
  return reasons.length > 0
    ? { id: "reason_to_iterate", label, passed: true, reason: `${reasons.slice(0, 3).join("; ")}${reasons.length > 3 ? `; and ${reasons.length - 3} more` : ""}.` }
    : { id: "reason_to_iterate", label, passed: false, reason: "No alert, drift, KPI at risk, feedback theme or changed requirement is on record: open an iteration with its trigger." };
};

const iterationPlanned: GateCheck = ({ plannedIteration }) => {
  const label = "An open iteration with a trigger and a plan";
  if (!plannedIteration) return { id: "iteration_planned", label, passed: false, reason: "No iteration is open: open one from an alert, drift, a KPI or a changed requirement." };
  const problems = planProblems(plannedIteration);
  return problems.length === 0
    ? { id: "iteration_planned", label, passed: true, reason: `Iteration ${plannedIteration.number} has ${plannedIteration.triggers} trigger${plannedIteration.triggers === 1 ? "" : "s"}, a hypothesis and ${plannedIteration.changes} planned change${plannedIteration.changes === 1 ? "" : "s"}.` }
    : { id: "iteration_planned", label, passed: false, reason: `Iteration ${plannedIteration.number} has ${problems.join(", ")}.` };
};

/** The checks that must pass to leave each stage forwards. */
export const GATES: Record<Stage, readonly GateCheck[]> = {
  GOALS_KPIS: [businessGoalStated, kpiWithTarget],
  PROBLEM_FRAMING: [framingComplete, mlAppropriate],
  DATA: [dataWithSplits],
  MODEL_DEVELOPMENT: [candidateRun],
  DEPLOYMENT: [liveInProduction],
  MONITORING: [liveDeploymentMonitored, windowEvaluated, reasonToIterate],
  ITERATION: [iterationPlanned],
};

export function evaluateGate(stage: Stage, context: GateContext): GateResult {
  const checks = GATES[stage].map((check) => check(context));
  return { stage, passed: checks.every((check) => check.passed), checks };
}
