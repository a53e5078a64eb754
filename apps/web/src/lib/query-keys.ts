/**
 * Every query key, nested under the project it belongs to, so a mutation can
 * invalidate exactly the data it changed (and features need not know each other).
 */
export const queryKeys = {
  me: () => ["me"] as const,
  authStatus: () => ["auth-status"] as const,
  tokens: () => ["tokens"] as const,
  users: () => ["users"] as const,
  securityEvents: (filters: object) => ["security-events", filters] as const,
  members: (projectId: string) => ["project", projectId, "members"] as const,
  experiments: (projectId: string) => ["project", projectId, "experiments"] as const,
  experiment: (projectId: string, experimentId: string) => ["project", projectId, "experiments", experimentId] as const,
  runs: (projectId: string, experimentId: string, search: object) => ["project", projectId, "experiments", experimentId, "runs", search] as const,
  dataSets: (projectId: string) => ["project", projectId, "data-sets"] as const,
  fitThresholds: (projectId: string) => ["project", projectId, "fit-thresholds"] as const,
  runFit: (projectId: string, runId: string, metric: string | null) => ["project", projectId, "runs", runId, "fit", metric] as const,
  evaluations: (projectId: string, runId: string) => ["project", projectId, "runs", runId, "evaluations"] as const,
  runArtifacts: (projectId: string, runId: string, path: string) => ["project", projectId, "runs", runId, "artifacts", path] as const,
  runData: (projectId: string, runId: string) => ["project", projectId, "runs", runId, "data"] as const,
  run: (projectId: string, runId: string) => ["project", projectId, "runs", runId] as const,
  runComparison: (projectId: string, runIds: string[]) => ["project", projectId, "runs", "compare", runIds] as const,
  sampledMetrics: (projectId: string, request: object) => ["project", projectId, "runs", "sampled", request] as const,
  projects: () => ["projects"] as const,
  projectList: (filters: object) => ["projects", "list", filters] as const,
  project: (projectId: string) => ["project", projectId] as const,
  projectDetails: (projectId: string) => ["project", projectId, "details"] as const,
  stageBoard: (projectId: string) => ["project", projectId, "stages"] as const,
  transitions: (projectId: string, page: number) => ["project", projectId, "transitions", page] as const,
  kpis: (projectId: string) => ["project", projectId, "kpis"] as const,
  measurements: (projectId: string, kpiId: string, page: number) => ["project", projectId, "kpis", kpiId, "measurements", page] as const,
  framing: (projectId: string) => ["project", projectId, "framing"] as const,
};
