import { approvalProblems, type AliasEvent, type ApprovalStatus, type GateContext, type ModelVersion, type ModelVersionEvidence, type RegisteredModel } from "@lifecycle/domain";
import type { AliasMoveRow, ModelRow, VersionRow } from "./registry.repository";

export const tagsOf = (value: unknown): Record<string, string> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {});

export function toModelView(row: ModelRow): RegisteredModel {
  const latest = row.versions[0];
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    description: row.description,
    owner: row.owner,
    tags: tagsOf(row.tags),
    aliases: row.aliases.map((alias) => ({ alias: alias.alias, version: alias.version.version })),
    versionCount: row._count.versions,
    latestVersion: latest ? { version: latest.version, approval: latest.approval as ApprovalStatus, createdAt: latest.createdAt.toISOString() } : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const evidenceOf = (row: { evidence: unknown }): ModelVersionEvidence => row.evidence as ModelVersionEvidence;

/** A version as the API shows it; its approval problems are judged against the project's KPIs as they are now. */
export function toVersionView(row: VersionRow, kpis: GateContext["kpis"]): ModelVersion {
  const card = tagsOf(row.modelCard) as Record<string, string | null | undefined>;
  const evidence = evidenceOf(row);
  return {
    id: row.id,
    modelId: row.modelId,
    modelName: row.model.name,
    version: row.version,
    source: row.source,
    runId: row.runId,
    description: row.description,
    dataSetVersion: row.dataSetVersion ? { id: row.dataSetVersion.id, dataSetId: row.dataSetVersion.dataSetId, dataSetName: row.dataSetVersion.dataSet.name, version: row.dataSetVersion.version } : null,
    approach: row.approach,
    baseModel: row.baseModel,
    format: row.format,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    modelCard: { intendedUse: card.intendedUse ?? null, limitations: card.limitations ?? null, ethicalConsiderations: card.ethicalConsiderations ?? null, notes: card.notes ?? null },
    evidence,
    approval: {
      status: row.approval,
      reason: row.approvalReason,
      by: row.approvedBy,
      at: row.approvedAt?.toISOString() ?? null,
      override: row.approvalOverride,
      problems: approvalProblems(kpis, evidence),
    },
    aliases: row.aliases.map((alias) => alias.alias),
    tags: tagsOf(row.tags),
    stage: row.stage,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toAliasEventView = (row: AliasMoveRow): AliasEvent => ({ ...row, createdAt: row.createdAt.toISOString() });
