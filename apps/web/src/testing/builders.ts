import type { Deployment, GateResult, ModelVersion, Project, RegisteredModel, Run, StageBoard } from "@lifecycle/domain";
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
    liveInProduction: null,
    openAlerts: 0,
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

export function buildRun(overrides: Partial<Run> = {}): Run {
  return {
    id: "9b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    experimentId: "8a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    name: "knn-k5",
    status: "FINISHED",
    startTime: "2026-11-27T10:00:00.000Z",
    endTime: "2026-11-27T10:02:00.000Z",
    durationMs: 120_000,
    iteration: 1,
    notes: null,
    source: "git 1a2b3c train.py",
    baseModel: null,
    approach: "train_from_scratch",
    deletedAt: null,
    fitVerdict: null,
    kpis: [],
    createdAt: "2026-11-27T10:00:00.000Z",
    updatedAt: "2026-11-27T10:02:00.000Z",
    params: [
      { key: "learning_rate", value: 0.01, text: "0.01", type: "number" },
      { key: "k", value: 5, text: "5", type: "number" },
    ],
    tags: { team: "nlp" },
    metrics: [
      { key: "loss", split: "train", latest: 0.2, latestStep: 99, latestAt: "2026-11-27T10:02:00.000Z", min: 0.2, max: 1.4, count: 100 },
      { key: "loss", split: "validation", latest: "NaN", latestStep: 99, latestAt: "2026-11-27T10:02:00.000Z", min: 0.3, max: 1.5, count: 100 },
    ],
    ...overrides,
  };
}

export function buildModelVersion(overrides: Partial<ModelVersion> = {}): ModelVersion {
  return {
    id: "6d1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    modelId: "5e1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    modelName: "spam-classifier",
    version: 1,
    source: "mlflow-artifacts:/1/9b1c/artifacts/model",
    runId: "9b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    description: null,
    dataSetVersion: { id: "4f1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", dataSetId: "3f1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", dataSetName: "emails", version: 2 },
    approach: "train_from_scratch",
    baseModel: null,
    format: "MLflow pyfunc",
    sizeBytes: 48_213,
    modelCard: { intendedUse: "Flag spam in the inbox", limitations: null, ethicalConsiderations: null, notes: null },
    evidence: {
      capturedAt: "2026-11-27T10:05:00.000Z",
      runId: "9b1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
      runName: "knn-k5",
      experimentId: "8a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
      experimentName: "knn sweep",
      params: { k: "5" },
      testMetrics: { recall: 0.9412345, precision: 0.91 },
      fitVerdict: "good_fit",
    },
    approval: { status: "PENDING", reason: null, by: null, at: null, override: false, problems: [] },
    aliases: [],
    tags: {},
    stage: "None",
    createdBy: "Ana",
    createdAt: "2026-11-27T10:05:00.000Z",
    updatedAt: "2026-11-27T10:05:00.000Z",
    ...overrides,
  };
}

export function buildModel(overrides: Partial<RegisteredModel> = {}): RegisteredModel {
  return {
    id: "5e1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    projectId: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    name: "spam-classifier",
    description: "Flags spam",
    owner: "Ana",
    tags: {},
    aliases: [],
    versionCount: 1,
    latestVersion: { version: 1, approval: "PENDING", createdAt: "2026-11-27T10:05:00.000Z" },
    createdBy: "Ana",
    createdAt: "2026-11-27T10:00:00.000Z",
    updatedAt: "2026-11-27T10:05:00.000Z",
    ...overrides,
  };
}

export function buildDeployment(overrides: Partial<Deployment> = {}): Deployment {
  return {
    id: "2a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    projectId: "7a1c1f55-2a57-4c57-9a43-3d1d2d6a3c01",
    name: "spam-prod",
    target: "REAL_TIME",
    environment: "PRODUCTION",
    status: "LIVE",
    endpointUrl: "https://ml.example.com/spam",
    externalRef: null,
    capacity: { instances: 2 },
    schedule: null,
    description: null,
    variants: [
      {
        name: "primary",
        role: "PRIMARY",
        trafficPercent: 100,
        samplingPercent: null,
        modelVersion: { id: "6d1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", modelId: "5e1c1f55-2a57-4c57-9a43-3d1d2d6a3c01", modelName: "spam-classifier", version: 1, approval: "APPROVED" },
        baseModel: null,
        customization: null,
      },
    ],
    version: 3,
    createdBy: "Ana",
    createdAt: "2026-11-28T10:00:00.000Z",
    updatedAt: "2026-11-28T11:00:00.000Z",
    ...overrides,
  };
}
