import { assessKpi, effectiveRole, rollupKpiStatuses, type DeploymentStatus, type KpiDirection, type KpiSummary, type Project, type ProjectRole } from "@lifecycle/domain";
import type { ProjectRow } from "./projects.repository";

export function toKpiSummary(kpis: ProjectRow["kpis"], now: Date): KpiSummary {
  const statuses = kpis.map((kpi) => assessKpi({ ...kpi, direction: kpi.direction as KpiDirection }, kpi.measurements, now).status);
  const count = (status: string) => statuses.filter((value) => value === status).length;
  return {
    status: rollupKpiStatuses(statuses),
    total: statuses.length,
    met: count("MET"),
    onTrack: count("ON_TRACK"),
    atRisk: count("AT_RISK"),
    noData: count("NO_DATA"),
  };
}

/** The primary variant of what serves production, named as a user reads it: "spam-clf v3" or "base-model + adapter". */
export function toLiveInProduction(deployments: ProjectRow["deployments"]): Project["liveInProduction"] {
  const deployment = deployments[0];
  const primary = deployment?.variants[0];
  if (!deployment || !primary) return null;
  const { modelVersion } = primary;
  return {
    deploymentName: deployment.name,
    status: deployment.status as DeploymentStatus,
    modelName: modelVersion?.model.name ?? primary.baseModel,
    version: modelVersion?.version ?? null,
    customization: primary.customization,
  };
}

/** The project as the API shows it to one viewer: built field by field, never the raw row. */
export function toProjectView(row: ProjectRow, viewerIsAdmin: boolean, now = new Date()): Project {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    businessProblem: row.businessProblem,
    businessGoal: row.businessGoal,
    stakeholders: row.stakeholders,
    budget: row.budget,
    budgetCurrency: row.budgetCurrency,
    successCriteria: row.successCriteria,
    owner: row.owner,
    status: row.status,
    currentStage: row.currentStage,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    iteration: row.iteration,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    kpiSummary: toKpiSummary(row.kpis, now),
    liveInProduction: toLiveInProduction(row.deployments),
    openAlerts: row._count.alerts,
    myRole: effectiveRole(row.members[0]?.role as ProjectRole | undefined, viewerIsAdmin),
  };
}
