import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import { KPI_TREND_WINDOW } from "../projects/projects.repository";
import type { Checked } from "../../prisma/checked";
import type { KpiDirection } from "@lifecycle/domain";

const measurementSelect = { id: true, value: true, measuredAt: true, source: true, note: true, createdAt: true } satisfies Prisma.KpiMeasurementSelect;

export const kpiSelect = {
  id: true,
  projectId: true,
  name: true,
  description: true,
  unit: true,
  direction: true,
  baseline: true,
  target: true,
  deadline: true,
  metricKey: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { measurements: true } },
  measurements: { select: measurementSelect, orderBy: [{ measuredAt: "desc" }, { createdAt: "desc" }, { id: "asc" }], take: KPI_TREND_WINDOW },
} satisfies Prisma.KpiSelect;

export type KpiRow = Checked<Prisma.KpiGetPayload<{ select: typeof kpiSelect }>, { direction: KpiDirection }>;
export type MeasurementRow = Prisma.KpiMeasurementGetPayload<{ select: typeof measurementSelect }>;

@Injectable()
export class KpisRepository {
  constructor(private readonly prisma: PrismaService) {}

  findKpisByProject(projectId: string): Promise<KpiRow[]> {
    return this.prisma.kpi.findMany({ where: { projectId }, select: kpiSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }) as Promise<KpiRow[]>;
  }

  /** What checks need of a KPI, without its measurements. */
  findKpiCore(projectId: string, kpiId: string) {
    return this.prisma.kpi.findFirst({ where: { id: kpiId, projectId }, select: { id: true, name: true, direction: true, baseline: true, target: true } }) as Promise<{ id: string; name: string; direction: KpiDirection; baseline: number | null; target: number | null } | null>;
  }

  findKpi(projectId: string, kpiId: string): Promise<KpiRow | null> {
    return this.prisma.kpi.findFirst({ where: { id: kpiId, projectId }, select: kpiSelect }) as Promise<KpiRow | null>;
  }

  findKpiTargetsByProject(projectId: string, db: Db = this.prisma) {
    return db.kpi.findMany({ where: { projectId }, select: { id: true, name: true, target: true, metricKey: true, direction: true, unit: true }, orderBy: { createdAt: "asc" } }) as Promise<
      Array<{ id: string; name: string; target: number | null; metricKey: string | null; direction: KpiDirection; unit: string | null }>
    >;
  }

  createKpi(data: Prisma.KpiUncheckedCreateInput): Promise<KpiRow> {
    return this.prisma.kpi.create({ data, select: kpiSelect }) as Promise<KpiRow>;
  }

  updateKpi(kpiId: string, data: Prisma.KpiUncheckedUpdateInput): Promise<KpiRow> {
    return this.prisma.kpi.update({ where: { id: kpiId }, data, select: kpiSelect }) as Promise<KpiRow>;
  }

  async deleteKpi(kpiId: string): Promise<void> {
    await this.prisma.kpi.delete({ where: { id: kpiId } });
  }

  async findMeasurementsPage(kpiId: string, page: number, pageSize: number): Promise<{ rows: MeasurementRow[]; total: number }> {
    const where = { kpiId };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.kpiMeasurement.findMany({
        where,
        select: measurementSelect,
        orderBy: [{ measuredAt: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.kpiMeasurement.count({ where }),
    ]);
    return { rows, total };
  }

  createMeasurement(data: Prisma.KpiMeasurementUncheckedCreateInput): Promise<MeasurementRow> {
    return this.prisma.kpiMeasurement.create({ data, select: measurementSelect });
  }

  findMeasurementByIdempotencyKey(kpiId: string, idempotencyKey: string): Promise<MeasurementRow | null> {
    return this.prisma.kpiMeasurement.findUnique({ where: { kpiId_idempotencyKey: { kpiId, idempotencyKey } }, select: measurementSelect });
  }

  /** Changes a measurement of this KPI; null when the KPI has no such measurement. */
  async updateMeasurement(kpiId: string, measurementId: string, data: Prisma.KpiMeasurementUpdateManyMutationInput): Promise<MeasurementRow | null> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.kpiMeasurement.updateMany({ where: { id: measurementId, kpiId }, data });
      return count === 1 ? tx.kpiMeasurement.findUnique({ where: { id: measurementId }, select: measurementSelect }) : null;
    });
  }

  async deleteMeasurement(kpiId: string, measurementId: string): Promise<boolean> {
    const { count } = await this.prisma.kpiMeasurement.deleteMany({ where: { id: measurementId, kpiId } });
    return count === 1;
  }

  /** Each run's test figures by name (the latest evaluation wins a name), for the project's runs or just these. */
  async findTestMetrics(projectId: string, runIds?: string[]): Promise<Array<{ runId: string; runName: string; experimentId: string; metrics: Record<string, number | null> }>> {
    const rows = await this.prisma.evaluation.findMany({
      where: { split: "test", run: { deletedAt: null, experiment: { projectId }, ...(runIds ? { id: { in: runIds } } : {}) } },
      select: { metrics: true, run: { select: { id: true, name: true, experimentId: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const byRun = new Map<string, { runId: string; runName: string; experimentId: string; metrics: Record<string, number | null> }>();
    for (const row of rows) {
      const entry = byRun.get(row.run.id) ?? { runId: row.run.id, runName: row.run.name, experimentId: row.run.experimentId, metrics: {} };
      Object.assign(entry.metrics, row.metrics as Record<string, number | null>);
      byRun.set(row.run.id, entry);
    }
    return [...byRun.values()];
  }
}
