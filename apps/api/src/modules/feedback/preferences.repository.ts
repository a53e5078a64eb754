import { Injectable } from "@nestjs/common";
import type { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const versionName = { select: { id: true, version: true, model: { select: { name: true } } } } as const;
export const preferenceSelect = {
  id: true,
  prompt: true,
  responseA: true,
  responseB: true,
  versionAId: true,
  versionBId: true,
  labelA: true,
  labelB: true,
  choice: true,
  reason: true,
  deploymentId: true,
  predictionId: true,
  source: true,
  author: true,
  judgedAt: true,
  versionA: versionName,
  versionB: versionName,
} satisfies Prisma.PairwisePreferenceSelect;
export type PreferenceRow = Prisma.PairwisePreferenceGetPayload<{ select: typeof preferenceSelect }>;

const exportSelect = {
  id: true,
  filter: true,
  pairs: true,
  ties: true,
  path: true,
  createdBy: true,
  createdAt: true,
  dataSetVersion: { select: { id: true, version: true, fingerprint: true, sizeBytes: true, dataSet: { select: { id: true, name: true } } } },
} satisfies Prisma.PreferenceExportSelect;
export type PreferenceExportRow = Prisma.PreferenceExportGetPayload<{ select: typeof exportSelect }>;

export type NewPreference = Prisma.PairwisePreferenceCreateManyInput;
/** Which of a project's preferences: judged in [from, to), on a deployment, from a source. */
export interface PreferenceFilter {
  projectId: string;
  from?: string | undefined;
  to?: string | undefined;
  deploymentId?: string | undefined;
  source?: string | undefined;
}

const whereOf = (filter: PreferenceFilter): Prisma.PairwisePreferenceWhereInput => ({
  projectId: filter.projectId,
  ...(filter.from || filter.to ? { judgedAt: { ...(filter.from ? { gte: new Date(filter.from) } : {}), ...(filter.to ? { lt: new Date(filter.to) } : {}) } } : {}),
  ...(filter.deploymentId ? { deploymentId: filter.deploymentId } : {}),
  ...(filter.source ? { source: filter.source } : {}),
});

/** Preferences in the order an export writes them (and lists them). */
const exportOrder: Prisma.PairwisePreferenceOrderByWithRelationInput[] = [{ judgedAt: "asc" }, { id: "asc" }];

@Injectable()
export class PreferencesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Of these ids, the project's registry versions, with their model's name. */
  async projectVersions(projectId: string, ids: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.modelVersion.findMany({ where: { id: { in: ids }, model: { projectId } }, select: versionName.select });
    return new Map(rows.map((row) => [row.id, `${row.model.name} v${row.version}`]));
  }

  /** Of these ids, the project's deployments. */
  async projectDeployments(projectId: string, ids: string[]): Promise<Set<string>> {
    const rows = await this.prisma.deployment.findMany({ where: { id: { in: ids }, projectId }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  async add(rows: NewPreference[], db: Db = this.prisma): Promise<number> {
    return (await db.pairwisePreference.createMany({ data: rows })).count;
  }

  /** A page of the filter's preferences, newest first; or these ones (an export's). */
  async page(filter: PreferenceFilter | { ids: string[] }, skip: number, take: number): Promise<{ rows: PreferenceRow[]; total: number }> {
    const where = "ids" in filter ? { id: { in: filter.ids } } : whereOf(filter);
    const [rows, total] = await Promise.all([
      this.prisma.pairwisePreference.findMany({ where, select: preferenceSelect, orderBy: [{ judgedAt: "desc" }, { id: "desc" }], skip, take }),
      this.prisma.pairwisePreference.count({ where }),
    ]);
    return { rows, total };
  }

  /** How often each pairing was judged each way: one row per (A, B, choice), whatever the number of preferences. */
  tallies(filter: PreferenceFilter) {
    return this.prisma.pairwisePreference.groupBy({ by: ["versionAId", "labelA", "versionBId", "labelB", "choice"], where: whereOf(filter), _count: { _all: true } });
  }

  /** The ids an export takes (choices, not ties), in its order, up to `limit`; and how many ties it leaves out. */
  async exportIds(filter: PreferenceFilter, limit: number): Promise<{ ids: string[]; ties: number }> {
    const where = whereOf(filter);
    const [rows, ties] = await Promise.all([
      this.prisma.pairwisePreference.findMany({ where: { ...where, choice: { in: ["A", "B"] } }, select: { id: true }, orderBy: exportOrder, take: limit }),
      this.prisma.pairwisePreference.count({ where: { ...where, choice: "TIE" } }),
    ]);
    return { ids: rows.map((row) => row.id), ties };
  }

  /** The texts of these preferences, in export order. */
  texts(ids: string[]) {
    return this.prisma.pairwisePreference.findMany({ where: { id: { in: ids } }, select: { prompt: true, responseA: true, responseB: true, choice: true }, orderBy: exportOrder });
  }

  createExport(tx: Db, data: { id: string; projectId: string; dataSetVersionId: string; filter: Record<string, string | null>; preferenceIds: string[]; pairs: number; ties: number; path: string; createdBy: string }): Promise<unknown> {
    return tx.preferenceExport.create({ data, select: { id: true } });
  }

  exports(projectId: string): Promise<PreferenceExportRow[]> {
    return this.prisma.preferenceExport.findMany({ where: { projectId }, select: exportSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200 });
  }

  /** The preferences an export took, in its order; null when the project has no such export. */
  async exportPreferenceIds(projectId: string, exportId: string): Promise<string[] | null> {
    return (await this.prisma.preferenceExport.findFirst({ where: { id: exportId, projectId }, select: { preferenceIds: true } }))?.preferenceIds ?? null;
  }

  findExport(projectId: string, exportId: string): Promise<PreferenceExportRow | null> {
    return this.prisma.preferenceExport.findFirst({ where: { id: exportId, projectId }, select: exportSelect });
  }
}
