import { Injectable } from "@nestjs/common";
import { PrismaService } from "../../prisma/prisma.service";
import { modelSelect, versionSelect, type ModelRow, type VersionRow } from "../registry/registry.repository";
import type { SqlFilter } from "./mlflow-registry-filter";

/** The registry lookups MLflow's API needs beyond Lifecycle's own: by name, across projects, by filter and stage. */
@Injectable()
export class MlflowRegistryRepository {
  constructor(private readonly prisma: PrismaService) {}


  async findModelsByIds(ids: string[]): Promise<ModelRow[]> {
    const rows = await this.prisma.registeredModel.findMany({ where: { id: { in: ids } }, select: modelSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is ModelRow => !!row);
  }

  async findVersionsByIds(ids: string[]): Promise<VersionRow[]> {
    const rows = await this.prisma.modelVersion.findMany({ where: { id: { in: ids } }, select: versionSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is VersionRow => !!row);
  }


  async findVersionByAlias(modelId: string, alias: string): Promise<VersionRow | null> {
    const found = await this.prisma.modelAlias.findUnique({ where: { modelId_alias: { modelId, alias } }, select: { version: { select: versionSelect } } });
    return (found?.version as VersionRow | undefined) ?? null;
  }

  /** The newest version in each MLflow stage (of those given), for each model: MLflow's latest_versions. */
  async findLatestPerStage(modelIds: string[], stages: string[] | null = null): Promise<VersionRow[]> {
    if (modelIds.length === 0) return [];
    const picked = await this.prisma.driverQuery<{ id: string }>(
      `SELECT DISTINCT ON (model_id, stage) id FROM model_versions
       WHERE model_id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR stage = ANY($2::text[]))
       ORDER BY model_id, stage, version DESC`,
      [modelIds, stages],
    );
    const rows = await this.findVersionsByIds(picked.map((row) => row.id));
    return rows.sort((a, b) => a.version - b.version);
  }

  /** A page of model ids matching MLflow's filter among the projects given (null: all). */
  async searchModelIds(projectIds: string[] | null, filter: SqlFilter | null, order: string, offset: number, limit: number): Promise<string[]> {
    const rows = await this.prisma.driverQuery<{ id: string }>(
      `SELECT m.id FROM registered_models m
       WHERE ($1::uuid[] IS NULL OR m.project_id = ANY($1::uuid[])) ${filter ? `AND (${filter.sql})` : ""}
       ORDER BY ${order}, m.id LIMIT ${limit} OFFSET ${offset}`,
      [projectIds, ...(filter?.values ?? [])],
    );
    return rows.map((row) => row.id);
  }

  /** A page of version ids matching MLflow's filter among the projects given (null: all). */
  async searchVersionIds(projectIds: string[] | null, filter: SqlFilter | null, order: string, offset: number, limit: number): Promise<string[]> {
    const rows = await this.prisma.driverQuery<{ id: string }>(
      `SELECT v.id FROM model_versions v JOIN registered_models m ON m.id = v.model_id
       WHERE ($1::uuid[] IS NULL OR m.project_id = ANY($1::uuid[])) ${filter ? `AND (${filter.sql})` : ""}
       ORDER BY ${order}, v.id LIMIT ${limit} OFFSET ${offset}`,
      [projectIds, ...(filter?.values ?? [])],
    );
    return rows.map((row) => row.id);
  }

  async setModelTag(modelId: string, key: string, value: string): Promise<void> {
    await this.prisma.driverQuery(`UPDATE registered_models SET tags = tags || jsonb_build_object($2::text, $3::text), updated_at = now() WHERE id = $1`, [modelId, key, value]);
  }

  async deleteModelTag(modelId: string, key: string): Promise<void> {
    await this.prisma.driverQuery(`UPDATE registered_models SET tags = tags - $2::text, updated_at = now() WHERE id = $1`, [modelId, key]);
  }

  async setVersionTag(versionId: string, key: string, value: string): Promise<void> {
    await this.prisma.driverQuery(`UPDATE model_versions SET tags = tags || jsonb_build_object($2::text, $3::text), updated_at = now() WHERE id = $1`, [versionId, key, value]);
  }

  async deleteVersionTag(versionId: string, key: string): Promise<void> {
    await this.prisma.driverQuery(`UPDATE model_versions SET tags = tags - $2::text, updated_at = now() WHERE id = $1`, [versionId, key]);
  }


  /** Moves a version to an MLflow stage; with `archiveOthers`, the model's other versions in that stage go to Archived. */
  async transitionStage(row: VersionRow, stage: string, archiveOthers: boolean): Promise<VersionRow> {
    return this.prisma.transaction(async (tx) => {
      if (archiveOthers) await tx.modelVersion.updateMany({ where: { modelId: row.modelId, stage, id: { not: row.id } }, data: { stage: "Archived" } });
      return tx.modelVersion.update({ where: { id: row.id }, data: { stage }, select: versionSelect }) as Promise<VersionRow>;
    });
  }

  async findRunProject(runId: string): Promise<string | null> {
    const run = await this.prisma.run.findUnique({ where: { id: runId }, select: { experiment: { select: { projectId: true } } } });
    return run?.experiment.projectId ?? null;
  }


  async findMemberProjects(userId: string | null): Promise<string[]> {
    if (!userId) return [];
    return (await this.prisma.projectMember.findMany({ where: { userId }, select: { projectId: true } })).map((row) => row.projectId);
  }

}
