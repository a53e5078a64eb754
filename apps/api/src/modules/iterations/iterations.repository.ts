import { Injectable } from "@nestjs/common";
import type { IterationStatus, KpiSnapshot, Stage, TriggerKind } from "@lifecycle/domain";
import type { Prisma } from "../../generated/prisma/client";
import type { Checked } from "../../prisma/checked";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const triggerSelect = {
  id: true,
  kind: true,
  summary: true,
  alertId: true,
  monitorId: true,
  kpiId: true,
  note: true,
  valueBefore: true,
  valueAfter: true,
  createdBy: true,
  createdAt: true,
} satisfies Prisma.IterationTriggerSelect;

const iterationSelect = {
  id: true,
  projectId: true,
  number: true,
  status: true,
  hypothesis: true,
  changes: true,
  kpisBefore: true,
  kpisAfter: true,
  loopedTo: true,
  outcome: true,
  closeNote: true,
  openedBy: true,
  openedAt: true,
  startedAt: true,
  closedBy: true,
  closedAt: true,
  triggers: { select: triggerSelect, orderBy: { position: "asc" } },
} satisfies Prisma.IterationSelect;

export type IterationRow = Checked<Prisma.IterationGetPayload<{ select: typeof iterationSelect }>, { status: IterationStatus; loopedTo: Stage | null }>;

/** A trigger as it is written: its reference, summary and the figure when it was recorded. */
export interface NewTrigger {
  kind: TriggerKind;
  alertId: string | null;
  monitorId: string | null;
  kpiId: string | null;
  note: string | null;
  summary: string;
  valueBefore: number | null;
  createdBy: string;
}

@Injectable()
export class IterationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async page(projectId: string, skip: number, take: number): Promise<{ rows: IterationRow[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.prisma.iteration.findMany({ where: { projectId }, select: iterationSelect, orderBy: { number: "desc" }, skip, take }),
      this.prisma.iteration.count({ where: { projectId } }),
    ]);
    return { rows: rows as IterationRow[], total };
  }

  async find(projectId: string, iterationId: string, db: Db = this.prisma): Promise<IterationRow | null> {
    return (await db.iteration.findFirst({ where: { id: iterationId, projectId }, select: iterationSelect })) as IterationRow | null;
  }

  async findByNumber(projectId: string, number: number, db: Db = this.prisma): Promise<IterationRow | null> {
    return (await db.iteration.findUnique({ where: { projectId_number: { projectId, number } }, select: iterationSelect })) as IterationRow | null;
  }

  async create(db: Db, data: { projectId: string; number: number; status: IterationStatus; hypothesis: string | null; changes: Prisma.InputJsonArray; kpisBefore: KpiSnapshot[]; openedBy: string; startedAt?: Date; loopedTo?: Stage }, triggers: NewTrigger[]): Promise<IterationRow> {
    const created = await db.iteration.create({ data: { ...data, kpisBefore: data.kpisBefore as unknown as Prisma.InputJsonArray, triggers: { create: triggers.map((trigger, position) => ({ ...trigger, position })) } }, select: iterationSelect });
    return created as IterationRow;
  }

  async update(db: Db, iterationId: string, data: Prisma.IterationUncheckedUpdateInput): Promise<IterationRow> {
    return (await db.iteration.update({ where: { id: iterationId }, data, select: iterationSelect })) as IterationRow;
  }

  /** Appends triggers after the iteration's last; the iteration's row is locked first, so that concurrent appends queue. */
  async addTriggers(db: Db, iterationId: string, triggers: NewTrigger[]): Promise<void> {
    await db.$queryRaw`SELECT 1 FROM iterations WHERE id = ${iterationId}::uuid FOR UPDATE`;
    const after = await db.iterationTrigger.count({ where: { iterationId } });
    await db.iterationTrigger.createMany({ data: triggers.map((trigger, index) => ({ ...trigger, iterationId, position: after + index })) });
  }

  async setValueAfter(db: Db, triggerId: string, valueAfter: number | null): Promise<void> {
    await db.iterationTrigger.update({ where: { id: triggerId }, data: { valueAfter } });
  }

  findAlert(projectId: string, alertId: string) {
    return this.prisma.alert.findFirst({ where: { id: alertId, projectId }, select: { id: true, message: true, value: true, monitorId: true, monitor: { select: { name: true, deployment: { select: { name: true } } } } } });
  }

  findMonitor(projectId: string, monitorId: string, db: Db = this.prisma) {
    return db.monitor.findFirst({ where: { id: monitorId, deployment: { projectId } }, select: { id: true, name: true, figure: true, feature: true, state: true, lastValue: true, deployment: { select: { name: true } } } });
  }

  /** The live production deployments, each with its monitors and (up to 1,000) evaluated windows. */
  liveMonitoring(projectId: string, db: Db = this.prisma): Promise<Array<{ name: string; monitors: number; evaluations: number }>> {
    return db.$queryRaw<Array<{ name: string; monitors: number; evaluations: number }>>`
      SELECT d.name,
             (SELECT count(*)::int FROM monitors m WHERE m.deployment_id = d.id) AS monitors,
             (SELECT count(*)::int FROM (SELECT 1 FROM monitor_evaluations e JOIN monitors m ON m.id = e.monitor_id WHERE m.deployment_id = d.id LIMIT 1000) AS windows) AS evaluations
      FROM deployments d
      WHERE d.project_id = ${projectId}::uuid AND d.environment = 'PRODUCTION' AND d.status IN ('LIVE', 'DEGRADED')
      ORDER BY d.name`;
  }

  /** Reasons production gives to iterate: unresolved alerts and drift monitors in ALERT (twenty of each at most). */
  async productionReasons(projectId: string, db: Db = this.prisma): Promise<string[]> {
    const alerts = await db.alert.findMany({ where: { projectId, status: { in: ["OPEN", "ACKNOWLEDGED"] } }, select: { status: true, monitor: { select: { name: true, deployment: { select: { name: true } } } } }, orderBy: { openedAt: "desc" }, take: 20 });
    const drifting = await db.monitor.findMany({
      where: { deployment: { projectId }, state: "ALERT", figure: { in: ["dataset_drift_share", "feature_psi", "prediction_psi"] } },
      select: { name: true, deployment: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: 20,
    });
    return [
      ...alerts.map((alert) => `an ${alert.status.toLowerCase()} alert on ${alert.monitor.deployment.name} (${alert.monitor.name})`),
      ...drifting.map((monitor) => `${monitor.name} on ${monitor.deployment.name} shows drift`),
    ];
  }

  /**
   * What a started iteration needs to close: a production deployment live with, on served traffic, a model version
   * of the iteration (registered from one of its runs, or after it started), or a foundation-model variant set
   * changed since it started. Answers what serves it, or null.
   */
  async newVersionLive(projectId: string, number: number, since: Date, db: Db = this.prisma): Promise<string | null> {
    const [row] = await db.$queryRaw<Array<{ deployment: string; model: string | null; version: number | null; base_model: string | null; customization: string | null }>>`
      SELECT d.name AS deployment, rm.name AS model, mv.version, v.base_model, v.customization
      FROM deployments d
      JOIN deployment_variants v ON v.deployment_id = d.id
      LEFT JOIN model_versions mv ON mv.id = v.model_version_id
      LEFT JOIN registered_models rm ON rm.id = mv.model_id
      LEFT JOIN runs r ON r.id = mv.run_id
      WHERE d.project_id = ${projectId}::uuid AND d.environment = 'PRODUCTION' AND d.status = 'LIVE' AND v.role <> 'SHADOW' AND coalesce(v.traffic_bp, 0) > 0
        AND ((mv.id IS NOT NULL AND (r.iteration = ${number} OR mv.created_at >= ${since}))
          OR (mv.id IS NULL AND EXISTS (SELECT 1 FROM deployment_events e WHERE e.deployment_id = d.id AND e.created_at >= ${since} AND e.kind IN ('CREATED', 'TRAFFIC_SHIFTED', 'ROLLED_BACK'))))
      ORDER BY v.traffic_bp DESC
      LIMIT 1`;
    if (!row) return null;
    const served = row.model ? `${row.model} v${row.version}` : `${row.base_model}${row.customization ? ` + ${row.customization}` : ""}`;
    return `${served} in ${row.deployment}`;
  }
}
