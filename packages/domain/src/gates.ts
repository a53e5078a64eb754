import { missingFramingFields, type FramingFacts } from "./framing";
import type { Stage } from "./stages";

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
  kpis: ReadonlyArray<{ name: string; target: number | null }>;
  framing: FramingFacts | null;
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

const noChecksYet: GateCheck = () => ({
  id: "no_checks_yet",
  label: "No checks yet",
  passed: true,
  reason: "no checks yet",
});

/** The checks that must pass to leave each stage forwards. */
export const GATES: Record<Stage, readonly GateCheck[]> = {
  GOALS_KPIS: [businessGoalStated, kpiWithTarget],
  PROBLEM_FRAMING: [framingComplete, mlAppropriate],
  DATA: [noChecksYet],
  MODEL_DEVELOPMENT: [noChecksYet],
  DEPLOYMENT: [noChecksYet],
  MONITORING: [noChecksYet],
  ITERATION: [noChecksYet],
};

export function evaluateGate(stage: Stage, context: GateContext): GateResult {
  const checks = GATES[stage].map((check) => check(context));
  return { stage, passed: checks.every((check) => check.passed), checks };
}
