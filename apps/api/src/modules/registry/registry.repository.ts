import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import type { Checked } from "../../prisma/checked";
import type { ApprovalStatus } from "@lifecycle/domain";

export const modelSelect = {
  id: true,
  projectId: true,
  name: true,
  description: true,
  owner: true,
  tags: true,
  createdBy: true,
  lastVersion: true,
  createdAt: true,
  updatedAt: true,
  aliases: { select: { alias: true, version: { select: { version: true } } }, orderBy: { alias: "asc" } },
  versions: { select: { version: true, approval: true, createdAt: true }, orderBy: { version: "desc" }, take: 1 },
  _count: { select: { versions: true } },
} satisfies Prisma.RegisteredModelSelect;

export const versionSelect = {
  id: true,
  modelId: true,
  version: true,
  source: true,
  runId: true,
  runLink: true,
  description: true,
  approach: true,
  baseModel: true,
  format: true,
  sizeBytes: true,
  modelCard: true,
  evidence: true,
  tags: true,
  stage: true,
  approval: true,
  approvalReason: true,
  approvedBy: true,
  approvedAt: true,
  approvalOverride: true,
  createdBy: true,
  createdAt: true,
  updatedAt: true,
  model: { select: { id: true, name: true, projectId: true } },
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  dataSetVersion: { select: { id: true, dataSetId: true, version: true, dataSet: { select: { name: true } } } },
} satisfies Prisma.ModelVersionSelect;

const moveSelect = { id: true, alias: true, fromVersion: true, toVersion: true, actor: true, reason: true, createdAt: true } satisfies Prisma.ModelAliasMoveSelect;

export type ModelRow = Prisma.RegisteredModelGetPayload<{ select: typeof modelSelect }>;
export type VersionRow = Checked<Prisma.ModelVersionGetPayload<{ select: typeof versionSelect }>, { approval: ApprovalStatus }>;
export type AliasMoveRow = Prisma.ModelAliasMoveGetPayload<{ select: typeof moveSelect }>;

export type ModelOrder = Array<{ field: "name" | "createdAt" | "updatedAt"; descending: boolean }>;

/** The model registry's rows: registered models, versions, aliases and the aliases' history. */
@Injectable()
export class RegistryRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findModelsPage(projectIds: string[], filter: Prisma.RegisteredModelWhereInput, order: ModelOrder, skip: number, take: number): Promise<{ rows: ModelRow[]; total: number }> {
    const where = { projectId: { in: projectIds }, ...filter };
    const orderBy = [...order.map((item) => ({ [item.field]: item.descending ? "desc" : "asc" })), { id: "asc" }] as Prisma.RegisteredModelOrderByWithRelationInput[];
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.registeredModel.findMany({ where, select: modelSelect, orderBy, skip, take }),
      this.prisma.registeredModel.count({ where }),
    ]);
    return { rows, total };
  }

  findModel(projectId: string, modelId: string, db: Db = this.prisma): Promise<ModelRow | null> {
    return db.registeredModel.findFirst({ where: { id: modelId, projectId }, select: modelSelect });
  }

  /** Models of this name in any of these projects (null: all; names are unique within a project only). */
  findModelsByName(projectIds: string[] | null, name: string): Promise<ModelRow[]> {
    return this.prisma.registeredModel.findMany({ where: { name, ...(projectIds ? { projectId: { in: projectIds } } : {}) }, select: modelSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 10 });
  }

  createModel(data: Prisma.RegisteredModelUncheckedCreateInput): Promise<ModelRow> {
    return this.prisma.registeredModel.create({ data, select: modelSelect });
  }

  updateModel(modelId: string, data: Prisma.RegisteredModelUncheckedUpdateInput, db: Db = this.prisma): Promise<ModelRow> {
    return db.registeredModel.update({ where: { id: modelId }, data, select: modelSelect });
  }

  async deleteModel(modelId: string): Promise<void> {
    await this.prisma.registeredModel.delete({ where: { id: modelId } });
  }

  /** How many deployment variants serve (or, retired, served) a version of this model (or this one version): they keep it. */
  countDeployedVariants(where: { modelId: string; version?: number }): Promise<number> {
    return this.prisma.deploymentVariant.count({ where: { modelVersion: { modelId: where.modelId, ...(where.version ? { version: where.version } : {}) } } });
  }

  async findVersionsPage(where: Prisma.ModelVersionWhereInput, orderBy: Prisma.ModelVersionOrderByWithRelationInput[], skip: number, take: number): Promise<{ rows: VersionRow[]; total: number }> {
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.modelVersion.findMany({ where, select: versionSelect, orderBy: [...orderBy, { id: "asc" }], skip, take }),
      this.prisma.modelVersion.count({ where }),
    ]);
    return { rows: rows as VersionRow[], total };
  }

  findVersion(modelId: string, version: number, db: Db = this.prisma): Promise<VersionRow | null> {
    return db.modelVersion.findUnique({ where: { modelId_version: { modelId, version } }, select: versionSelect }) as Promise<VersionRow | null>;
  }


  /** A new version numbered after the last ever handed out: the counter moves in the same transaction. */
  /** Numbers and writes the model's next version; `andThen` runs in the same transaction (the event it makes). */
  async createVersion(modelId: string, data: Omit<Prisma.ModelVersionUncheckedCreateInput, "modelId" | "version">, andThen?: (tx: Db, row: VersionRow) => Promise<void>): Promise<VersionRow> {
    return this.prisma.transaction(async (tx) => {
      const { lastVersion } = await tx.registeredModel.update({ where: { id: modelId }, data: { lastVersion: { increment: 1 } }, select: { lastVersion: true } });
      const row = (await tx.modelVersion.create({ data: { ...data, modelId, version: lastVersion }, select: versionSelect })) as VersionRow;
      await andThen?.(tx, row);
      return row;
    });
  }

  updateVersion(versionId: string, data: Prisma.ModelVersionUncheckedUpdateInput, db: Db = this.prisma): Promise<VersionRow> {
    return db.modelVersion.update({ where: { id: versionId }, data, select: versionSelect }) as Promise<VersionRow>;
  }

  async deleteVersion(versionId: string, db: Db = this.prisma): Promise<void> {
    await db.modelVersion.delete({ where: { id: versionId } });
  }

  findAlias(modelId: string, alias: string, db: Db = this.prisma) {
    return db.modelAlias.findUnique({ where: { modelId_alias: { modelId, alias } }, select: { versionId: true, version: { select: { version: true } } } });
  }

  async upsertAlias(modelId: string, alias: string, versionId: string, db: Db): Promise<void> {
    const now = new Date();
    await db.modelAlias.upsert({ where: { modelId_alias: { modelId, alias } }, create: { modelId, alias, versionId, updatedAt: now }, update: { versionId, updatedAt: now } });
  }

  async deleteAlias(modelId: string, alias: string, db: Db): Promise<void> {
    await db.modelAlias.delete({ where: { modelId_alias: { modelId, alias } } });
  }

  /** Aliases pointing at versions about to go: each gets a removal in its history. */
  findAliasesOf(versionId: string, db: Db = this.prisma) {
    return db.modelAlias.findMany({ where: { versionId }, select: { alias: true } });
  }

  async recordMove(data: Prisma.ModelAliasMoveUncheckedCreateInput, db: Db): Promise<void> {
    await db.modelAliasMove.create({ data });
  }

  findMoves(modelId: string, alias: string): Promise<AliasMoveRow[]> {
    return this.prisma.modelAliasMove.findMany({ where: { modelId, alias }, select: moveSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  async findMovesPage(modelId: string, alias: string | undefined, skip: number, take: number): Promise<{ rows: AliasMoveRow[]; total: number }> {
    const where = { modelId, ...(alias ? { alias } : {}) };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.modelAliasMove.findMany({ where, select: moveSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
      this.prisma.modelAliasMove.count({ where }),
    ]);
    return { rows, total };
  }

  /** What a version registered from a run carries as evidence: the run, its params, test figures, fit verdict and training data. */
  findRunEvidence(runId: string) {
    return this.prisma.run.findUnique({
      where: { id: runId },
      select: {
        id: true,
        name: true,
        fitVerdict: true,
        approach: true,
        baseModel: true,
        deletedAt: true,
        experimentId: true,
        experiment: { select: { name: true, projectId: true } },
        params: { select: { key: true, textValue: true }, orderBy: { key: "asc" } },
        evaluations: { where: { split: "test" }, select: { metrics: true }, orderBy: { createdAt: "asc" } },
        dataUses: { where: { purpose: "TRAINING" }, select: { versionId: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
    });
  }

  findDataSetVersionIn(projectId: string, versionId: string) {
    return this.prisma.dataSetVersion.findFirst({ where: { id: versionId, dataSet: { projectId } }, select: { id: true } });
  }
}
