import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import type { Checked } from "../../prisma/checked";
import type { DataSet, RunData } from "@lifecycle/domain";

const versionSelect = {
  id: true,
  dataSetId: true,
  version: true,
  fingerprint: true,
  itemCount: true,
  sizeBytes: true,
  features: true,
  labelDistribution: true,
  collectionNotes: true,
  preprocessing: true,
  createdAt: true,
  splits: { select: { name: true, count: true }, orderBy: { position: "asc" } },
  uses: {
    select: { split: true, purpose: true, run: { select: { id: true, name: true, experimentId: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  export: { select: { id: true, pairs: true, ties: true, createdBy: true } },
} satisfies Prisma.DataSetVersionSelect;

export const dataSetSelect = {
  id: true,
  projectId: true,
  name: true,
  description: true,
  kind: true,
  labelling: true,
  labelSource: true,
  sourceUri: true,
  format: true,
  owner: true,
  createdAt: true,
  updatedAt: true,
  versions: { select: versionSelect, orderBy: { version: "desc" } },
} satisfies Prisma.DataSetSelect;
export type DataSetRow = Checked<Prisma.DataSetGetPayload<{ select: typeof dataSetSelect }>, { kind: DataSet["kind"]; labelling: DataSet["labelling"]; labelSource: DataSet["labelSource"] }>;
export type DataSetVersionRow = DataSetRow["versions"][number];

const runDataSelect = {
  id: true,
  split: true,
  purpose: true,
  version: { select: { id: true, version: true, dataSet: { select: { id: true, name: true } } } },
} satisfies Prisma.RunDataUseSelect;
export type RunDataRow = Checked<Prisma.RunDataUseGetPayload<{ select: typeof runDataSelect }>, { purpose: RunData["purpose"] }>;

@Injectable()
export class DataSetsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findDataSets(projectId: string): Promise<DataSetRow[]> {
    return this.prisma.dataSet.findMany({ where: { projectId }, select: dataSetSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }) as Promise<DataSetRow[]>;
  }

  findDataSet(projectId: string, dataSetId: string): Promise<DataSetRow | null> {
    return this.prisma.dataSet.findFirst({ where: { id: dataSetId, projectId }, select: dataSetSelect }) as Promise<DataSetRow | null>;
  }

  createDataSet(data: Prisma.DataSetUncheckedCreateInput): Promise<DataSetRow> {
    return this.prisma.dataSet.create({ data, select: dataSetSelect }) as Promise<DataSetRow>;
  }

  updateDataSet(id: string, data: Prisma.DataSetUncheckedUpdateInput): Promise<DataSetRow> {
    return this.prisma.dataSet.update({ where: { id }, data, select: dataSetSelect }) as Promise<DataSetRow>;
  }

  async deleteDataSet(id: string): Promise<void> {
    await this.prisma.dataSet.delete({ where: { id } });
  }

  /**
   * The next version number and the new version, in one transaction so that two creators cannot take one number;
   * `alongside` writes what comes with the version (an export's record) in the same transaction.
   */
  createVersion(
    dataSetId: string,
    data: Omit<Prisma.DataSetVersionUncheckedCreateInput, "dataSetId" | "version">,
    splits: Array<{ name: string; count: number }>,
    alongside?: (tx: Db, created: { id: string; version: number }) => Promise<void>,
  ): Promise<{ id: string; version: number }> {
    return this.prisma.transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM data_sets WHERE id = ${dataSetId}::uuid FOR UPDATE`;
      const latest = await tx.dataSetVersion.aggregate({ where: { dataSetId }, _max: { version: true } });
      const created = await tx.dataSetVersion.create({
        data: { ...data, dataSetId, version: (latest._max.version ?? 0) + 1, splits: { create: splits.map((split, position) => ({ name: split.name, count: split.count, position })) } },
        select: { id: true, version: true },
      });
      await alongside?.(tx, created);
      return created;
    });
  }

  /** A version of one of the project's data sets, with its split names. */
  findProjectVersion(projectId: string, versionId: string, db: Db = this.prisma) {
    return db.dataSetVersion.findFirst({ where: { id: versionId, dataSet: { projectId } }, select: { id: true, splits: { select: { name: true } } } });
  }

  findRunData(runId: string): Promise<RunDataRow[]> {
    return this.prisma.runDataUse.findMany({ where: { runId }, select: runDataSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }) as Promise<RunDataRow[]>;
  }

  createRunData(data: Prisma.RunDataUseUncheckedCreateInput): Promise<RunDataRow> {
    return this.prisma.runDataUse.create({ data, select: runDataSelect }) as Promise<RunDataRow>;
  }

  /** Whether the run had that use. */
  async deleteRunData(runId: string, useId: string): Promise<boolean> {
    return (await this.prisma.runDataUse.deleteMany({ where: { id: useId, runId } })).count > 0;
  }

  countUses(dataSetId: string): Promise<number> {
    return this.prisma.runDataUse.count({ where: { version: { dataSetId } } });
  }

  /** The inputs of runs (up to a search's page): on a driver connection, as MLflow's runs/search asks for them each time. */
  async findRunInputs(runIds: string[]) {
    const rows = await this.prisma.driverQuery<{ id: string; run_id: string; name: string; digest: string; source_type: string; source: string; schema: string | null; profile: string | null; tags: unknown; created_at: Date }>(
      `SELECT id, run_id, name, digest, source_type, source, schema, profile, tags, created_at FROM run_inputs WHERE run_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [runIds],
    );
    return rows.map((row) => ({ id: row.id, runId: row.run_id, name: row.name, digest: row.digest, sourceType: row.source_type, source: row.source, schema: row.schema, profile: row.profile, tags: row.tags, createdAt: row.created_at }));
  }

  /** Records inputs; one the run already has (same name and digest) is left as it was, as MLflow does. */
  async createRunInputs(data: Prisma.RunInputCreateManyInput[]): Promise<void> {
    await this.prisma.runInput.createMany({ data, skipDuplicates: true });
  }
}
