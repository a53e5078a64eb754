import { Injectable } from "@nestjs/common";
import type { AlertStatus, MonitorFigure, MonitorOperator, MonitorState, NoDataPolicy, WindowSize } from "@lifecycle/domain";
import type { Prisma } from "../../generated/prisma/client";
import type { Checked } from "../../prisma/checked";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const monitorSelect = {
  id: true,
  deploymentId: true,
  name: true,
  figure: true,
  feature: true,
  operator: true,
  warning: true,
  alert: true,
  window: true,
  cadence: true,
  noData: true,
  state: true,
  lastValue: true,
  lastWindowTo: true,
  nextDueAt: true,
  kpiId: true,
  createdBy: true,
  createdAt: true,
  _count: { select: { alerts: { where: { status: { not: "RESOLVED" } } } } },
} satisfies Prisma.MonitorSelect;

export type MonitorRow = Checked<
  Prisma.MonitorGetPayload<{ select: typeof monitorSelect }>,
  { figure: MonitorFigure; operator: MonitorOperator; window: WindowSize; cadence: WindowSize; noData: NoDataPolicy; state: MonitorState | null }
>;

const alertSelect = {
  id: true,
  monitorId: true,
  status: true,
  message: true,
  value: true,
  windowFrom: true,
  windowTo: true,
  openedAt: true,
  acknowledgedBy: true,
  acknowledgedAt: true,
  acknowledgeNote: true,
  resolvedBy: true,
  resolvedAt: true,
  resolveNote: true,
  monitor: { select: { name: true, deploymentId: true, deployment: { select: { name: true } } } },
} satisfies Prisma.AlertSelect;

export type AlertRow = Checked<Prisma.AlertGetPayload<{ select: typeof alertSelect }>, { status: AlertStatus }>;

/** A monitor as the scheduler locks it, with its project. */
export interface DueMonitor {
  id: string;
  deploymentId: string;
  projectId: string;
  name: string;
  figure: MonitorFigure;
  feature: string | null;
  operator: MonitorOperator;
  warning: number | null;
  alert: number;
  window: WindowSize;
  cadence: WindowSize;
  noData: NoDataPolicy;
  state: MonitorState | null;
  kpiId: string | null;
}

const DUE_COLUMNS = `m.id, m.deployment_id AS "deploymentId", d.project_id AS "projectId", m.name, m.figure, m.feature, m.operator, m.warning, m.alert,
  m."window", m.cadence, m.no_data AS "noData", m.state, m.kpi_id AS "kpiId"`;

@Injectable()
export class MonitorsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(deploymentId: string): Promise<MonitorRow[]> {
    return (await this.prisma.monitor.findMany({ where: { deploymentId }, select: monitorSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 200 })) as MonitorRow[];
  }

  async find(deploymentId: string, id: string): Promise<MonitorRow | null> {
    return (await this.prisma.monitor.findFirst({ where: { id, deploymentId }, select: monitorSelect })) as MonitorRow | null;
  }

  async create(data: Prisma.MonitorUncheckedCreateInput): Promise<MonitorRow> {
    return (await this.prisma.monitor.create({ data, select: monitorSelect })) as MonitorRow;
  }

  async delete(deploymentId: string, id: string): Promise<boolean> {
    return (await this.prisma.monitor.deleteMany({ where: { id, deploymentId } })).count === 1;
  }

  /** The most overdue monitor no other process holds, locked until the transaction ends; null when none is due. */
  async lockNextDue(tx: Db, now: Date): Promise<DueMonitor | null> {
    const rows = await tx.$queryRawUnsafe<DueMonitor[]>(
      `SELECT ${DUE_COLUMNS} FROM monitors m JOIN deployments d ON d.id = m.deployment_id
       WHERE m.next_due_at <= $1 ORDER BY m.next_due_at, m.id LIMIT 1 FOR UPDATE OF m SKIP LOCKED`,
      now,
    );
    return rows[0] ?? null;
  }

  /** One monitor, locked until the transaction ends (waiting for a process that holds it). */
  async lock(tx: Db, id: string): Promise<DueMonitor | null> {
    const rows = await tx.$queryRawUnsafe<DueMonitor[]>(`SELECT ${DUE_COLUMNS} FROM monitors m JOIN deployments d ON d.id = m.deployment_id WHERE m.id = $1::uuid FOR UPDATE OF m`, id);
    return rows[0] ?? null;
  }

  /** Records a window's evaluation once; false when that window was evaluated already. */
  async addEvaluation(tx: Db, evaluation: { monitorId: string; windowFrom: Date; windowTo: Date; value: number | null; state: MonitorState }): Promise<boolean> {
    return (await tx.monitorEvaluation.createMany({ data: [evaluation], skipDuplicates: true })).count === 1;
  }

  async findEvaluation(monitorId: string, windowTo: Date) {
    return this.prisma.monitorEvaluation.findUnique({ where: { monitorId_windowTo: { monitorId, windowTo } } });
  }

  async evaluationPage(monitorId: string, skip: number, take: number) {
    const [rows, total] = await Promise.all([
      this.prisma.monitorEvaluation.findMany({ where: { monitorId }, orderBy: { windowTo: "desc" }, skip, take }),
      this.prisma.monitorEvaluation.count({ where: { monitorId } }),
    ]);
    return { rows, total };
  }

  async saveState(tx: Db, id: string, fields: { state?: MonitorState; lastValue?: number | null; lastWindowTo?: Date; nextDueAt: Date }): Promise<void> {
    await tx.monitor.update({ where: { id }, data: fields });
  }

  async postpone(id: string, until: Date): Promise<void> {
    await this.prisma.monitor.updateMany({ where: { id }, data: { nextDueAt: until } });
  }

  /** A KPI of the project, or null. */
  async findKpi(projectId: string, kpiId: string): Promise<{ id: string } | null> {
    return this.prisma.kpi.findFirst({ where: { id: kpiId, projectId }, select: { id: true } });
  }

  /** The window's figure as a KPI measurement, once per window (its idempotency key names monitor and window). */
  async measureKpi(tx: Db, measurement: { kpiId: string; value: number; measuredAt: Date; source: string; idempotencyKey: string }): Promise<void> {
    await tx.kpiMeasurement.createMany({ data: [measurement], skipDuplicates: true });
  }

  /** Opens an alert unless the monitor has one unresolved (one at a time, by a partial unique index). */
  async openAlert(tx: Db, alert: { monitorId: string; projectId: string; message: string; value: number | null; windowFrom: Date; windowTo: Date }): Promise<AlertRow> {
    return (await tx.alert.create({ data: alert, select: alertSelect })) as AlertRow;
  }

  async alertPage(projectId: string, statuses: AlertStatus[] | null, skip: number, take: number): Promise<{ rows: AlertRow[]; total: number }> {
    const where = { projectId, ...(statuses ? { status: { in: statuses } } : {}) };
    const [rows, total] = await Promise.all([
      this.prisma.alert.findMany({ where, select: alertSelect, orderBy: [{ openedAt: "desc" }, { id: "asc" }], skip, take }),
      this.prisma.alert.count({ where }),
    ]);
    return { rows: rows as AlertRow[], total };
  }

  async findAlert(projectId: string, id: string, db: Db = this.prisma): Promise<AlertRow | null> {
    return (await db.alert.findFirst({ where: { id, projectId }, select: alertSelect })) as AlertRow | null;
  }

  /** Moves an alert from one of `from` to its next status; null when it is no longer in one of them. */
  async moveAlert(db: Db, projectId: string, id: string, from: AlertStatus[], data: Prisma.AlertUpdateManyMutationInput): Promise<AlertRow | null> {
    const moved = await db.alert.updateMany({ where: { id, projectId, status: { in: from } }, data });
    return moved.count === 1 ? this.findAlert(projectId, id, db) : null;
  }
}
