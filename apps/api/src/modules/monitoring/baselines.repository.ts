import { Injectable } from "@nestjs/common";
import type { BaselineSource, FeatureReference } from "@lifecycle/domain";
import type { Prisma } from "../../generated/prisma/client";
import type { Checked } from "../../prisma/checked";
import { PrismaService } from "../../prisma/prisma.service";

const baselineSelect = {
  id: true,
  deploymentId: true,
  name: true,
  source: true,
  dataSetVersionId: true,
  split: true,
  windowFrom: true,
  windowTo: true,
  rowCount: true,
  active: true,
  features: true,
  prediction: true,
  createdBy: true,
  createdAt: true,
} satisfies Prisma.MonitorBaselineSelect;

/** A baseline row; its JSON columns are the references packages/domain built (written only by this module). */
export type BaselineRow = Checked<
  Prisma.MonitorBaselineGetPayload<{ select: typeof baselineSelect }>,
  { source: BaselineSource; features: Record<string, FeatureReference>; prediction: FeatureReference | null }
>;

/** The one place the JSON columns take their type: this module alone writes them, from the domain's builders. */
const asRow = (row: Prisma.MonitorBaselineGetPayload<{ select: typeof baselineSelect }>) => row as unknown as BaselineRow;

export interface NewBaseline {
  deploymentId: string;
  name: string;
  source: BaselineSource;
  dataSetVersionId: string | null;
  split: string | null;
  windowFrom: Date | null;
  windowTo: Date | null;
  rowCount: number;
  features: Record<string, FeatureReference>;
  prediction: FeatureReference | null;
  createdBy: string;
  activate: boolean;
}

@Injectable()
export class BaselinesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(deploymentId: string): Promise<BaselineRow[]> {
    return (await this.prisma.monitorBaseline.findMany({ where: { deploymentId }, select: baselineSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 200 })).map(asRow);
  }

  async find(deploymentId: string, id: string): Promise<BaselineRow | null> {
    const row = await this.prisma.monitorBaseline.findFirst({ where: { id, deploymentId }, select: baselineSelect });
    return row ? asRow(row) : null;
  }

  async nameExists(deploymentId: string, name: string): Promise<boolean> {
    return (await this.prisma.monitorBaseline.count({ where: { deploymentId, name } })) > 0;
  }

  findActiveId(deploymentId: string): Promise<{ id: string; name: string } | null> {
    return this.prisma.monitorBaseline.findFirst({ where: { deploymentId, active: true }, select: { id: true, name: true } });
  }

  async findReferences(id: string): Promise<Pick<BaselineRow, "features" | "prediction"> | null> {
    const row = await this.prisma.monitorBaseline.findUnique({ where: { id }, select: { features: true, prediction: true } });
    return row as unknown as Pick<BaselineRow, "features" | "prediction"> | null;
  }

  async findDataSetVersion(projectId: string, versionId: string): Promise<{ splits: string[] } | null> {
    const version = await this.prisma.dataSetVersion.findFirst({ where: { id: versionId, dataSet: { projectId } }, select: { splits: { select: { name: true }, orderBy: { position: "asc" } } } });
    return version ? { splits: version.splits.map((split) => split.name) } : null;
  }

  /** Writes a baseline; when it is to be active, the deployment's other baselines stop being active in the same transaction. */
  create(baseline: NewBaseline): Promise<BaselineRow> {
    const { activate, ...fields } = baseline;
    return this.prisma.transaction(async (tx): Promise<BaselineRow> => {
      if (activate) await tx.monitorBaseline.updateMany({ where: { deploymentId: baseline.deploymentId, active: true }, data: { active: false } });
      return asRow(
        await tx.monitorBaseline.create({
          data: { ...fields, features: fields.features as unknown as Prisma.InputJsonValue, prediction: (fields.prediction ?? undefined) as unknown as Prisma.InputJsonValue | undefined, active: activate },
          select: baselineSelect,
        }),
      );
    });
  }

  activate(deploymentId: string, id: string): Promise<BaselineRow> {
    return this.prisma.transaction(async (tx): Promise<BaselineRow> => {
      await tx.monitorBaseline.updateMany({ where: { deploymentId, active: true, NOT: { id } }, data: { active: false } });
      return asRow(await tx.monitorBaseline.update({ where: { id }, data: { active: true }, select: baselineSelect }));
    });
  }
}
