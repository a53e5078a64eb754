import type { GateResult, Project, StageBoard } from "@lifecycle/domain";
import { STAGE_LABELS, STAGES } from "@lifecycle/domain";

export function buildProject(overrides: Partial<Project> = {}): Project {
  return {
    id: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    slug: "spam-filter",
    name: "Spam filter",
    description: null,
    businessProblem: null,
    businessGoal: null,
    stakeholders: [],
    budget: null,
    budgetCurrency: null,
    successCriteria: null,
    owner: "Ana",
    status: "ACTIVE",
    currentStage: "GOALS_KPIS",
    stageEnteredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    iteration: 1,
    version: 1,
    createdAt: "2026-11-01T00:00:00.000Z",
    updatedAt: "2026-11-01T00:00:00.000Z",
    kpiSummary: { status: "NO_KPIS", total: 0, met: 0, onTrack: 0, atRisk: 0, noData: 0 },
    myRole: "LEAD",
    ...overrides,
  };
}

export const unmetGoalsGate: GateResult = {
  stage: "GOALS_KPIS",
  passed: false,
  checks: [
    { id: "business_goal", label: "Business goal stated", passed: false, reason: "The project has no business goal yet." },
    { id: "kpi_with_target", label: "At least one KPI with a target", passed: true, reason: "1 KPI with a target: Recall." },
  ],
};

export function buildStageBoard(project: Project, gate: GateResult = unmetGoalsGate): StageBoard {
  return {
    projectId: project.id,
    currentStage: project.currentStage,
    iteration: project.iteration,
    version: project.version,
    stages: STAGES.map((stage) => ({
      stage,
      label: STAGE_LABELS[stage],
      status: stage === project.currentStage ? "IN_PROGRESS" : "NOT_STARTED",
      isCurrent: stage === project.currentStage,
      startedAt: null,
      endedAt: null,
      notes: null,
      checklist: [],
      gate: stage === project.currentStage ? gate : { stage, passed: true, checks: [{ id: "no_checks_yet", label: "No checks yet", passed: true, reason: "no checks yet" }] },
    })),
    transitions: [{ to: "PROBLEM_FRAMING", kind: "ADVANCE", gated: true }],
  };
}
