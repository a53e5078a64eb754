import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from "@nestjs/common";
import {
  alertMessage,
  monitorFigure,
  monitorState,
  nextDue,
  opensAlert,
  windowToEvaluate,
  WINDOW_SIZES,
  type Alert,
  type AlertStatus,
  type CreateMonitorInput,
  type Monitor,
  type MonitorState,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import { DeploymentsService } from "../deployments/deployments.service";
import { ProjectsService } from "../projects/projects.service";
import { WebhooksService } from "../webhooks/webhooks.service";
import { MonitoringConfig } from "./monitoring.config";
import { MonitorsRepository, type AlertRow, type DueMonitor, type MonitorRow } from "./monitors.repository";
import { ReportsService } from "./reports.service";

export function toMonitorView(row: MonitorRow): Monitor {
  return {
    id: row.id,
    deploymentId: row.deploymentId,
    name: row.name,
    figure: row.figure,
    feature: row.feature,
    operator: row.operator,
    warning: row.warning,
    alert: row.alert,
    window: row.window,
    cadence: row.cadence,
    noData: row.noData,
    state: row.state,
    lastValue: row.lastValue,
    lastWindowTo: row.lastWindowTo?.toISOString() ?? null,
    nextDueAt: row.nextDueAt.toISOString(),
    kpiId: row.kpiId,
    openAlerts: row._count.alerts,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toAlertView(row: AlertRow): Alert {
  return {
    id: row.id,
    deploymentId: row.monitor.deploymentId,
    deploymentName: row.monitor.deployment.name,
    monitorId: row.monitorId,
    monitorName: row.monitor.name,
    status: row.status,
    message: row.message,
    value: row.value,
    windowFrom: row.windowFrom.toISOString(),
    windowTo: row.windowTo.toISOString(),
    openedAt: row.openedAt.toISOString(),
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgeNote: row.acknowledgeNote,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolveNote: row.resolveNote,
  };
}

/** How often a process looks for monitors that are due. */
const SWEEP_MS = 60_000;
/** How long a monitor whose evaluation failed waits before it is tried again. */
const RETRY_MS = 5 * 60_000;

/**
 * Monitors and their alerts. A monitor is evaluated on schedule, window by window, by whichever API process finds
 * it due first: the scheduler locks one due monitor at a time (FOR UPDATE SKIP LOCKED, so that processes share the
 * work), evaluates its last complete window, records it once (the window's row is the evaluation's identity), moves
 * the monitor's state, records the figure as a measurement of its KPI when it has one, and opens an alert on entering
 * ALERT — all in one transaction, so that a process that stops
 * half-way leaves the monitor due for the next one, and no window is evaluated twice.
 */
@Injectable()
export class MonitorsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger("MonitorScheduler");
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    private readonly prisma: PrismaService,
    private readonly monitors: MonitorsRepository,
    private readonly deployments: DeploymentsService,
    private readonly projects: ProjectsService,
    private readonly reports: ReportsService,
    private readonly config: MonitoringConfig,
    private readonly webhooks: WebhooksService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedule) return;
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.warn(`Evaluating due monitors failed; retrying in ${SWEEP_MS / 1000} s: ${String(error)}`)), SWEEP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async list(projectRef: string, deploymentId: string): Promise<{ items: Monitor[] }> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    return { items: (await this.monitors.list(deployment.id)).map(toMonitorView) };
  }

  async get(projectRef: string, deploymentId: string, monitorId: string): Promise<Monitor> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    return toMonitorView(await this.require(deployment.id, monitorId));
  }

  async create(principal: Principal, projectRef: string, deploymentId: string, input: CreateMonitorInput): Promise<Monitor> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    if (input.kpiId && !(await this.monitors.findKpi(deployment.projectId, input.kpiId))) {
      throw new DomainError("KPI_NOT_FOUND", `No KPI "${input.kpiId}" in this project.`, [{ path: "kpiId", message: "Not a KPI of this project" }]);
    }
    try {
      const row = await this.monitors.create({
        deploymentId: deployment.id,
        name: input.name.trim(),
        figure: input.figure,
        feature: input.feature ?? null,
        operator: input.operator,
        warning: input.warning ?? null,
        alert: input.alert,
        window: input.window,
        cadence: input.cadence,
        noData: input.noData,
        kpiId: input.kpiId ?? null,
        // Due since the last complete window ended: its first evaluation covers that window.
        nextDueAt: new Date(windowToEvaluate(Date.now(), WINDOW_SIZES[input.cadence], WINDOW_SIZES[input.window]).to),
        createdBy: principal.name,
      });
      return toMonitorView(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("MONITOR_NAME_TAKEN", `The deployment already has a monitor named "${input.name.trim()}".`, [{ path: "name", message: "Already taken" }]);
      throw error;
    }
  }

  async delete(projectRef: string, deploymentId: string, monitorId: string): Promise<void> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    if (!(await this.monitors.delete(deployment.id, monitorId))) throw this.notFound(monitorId);
  }

  async evaluations(projectRef: string, deploymentId: string, monitorId: string, page: number, pageSize: number) {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    await this.require(deployment.id, monitorId);
    const { rows, total } = await this.monitors.evaluationPage(monitorId, (page - 1) * pageSize, pageSize);
    return {
      items: rows.map((row) => ({ windowFrom: row.windowFrom.toISOString(), windowTo: row.windowTo.toISOString(), value: row.value, state: row.state as MonitorState, evaluatedAt: row.evaluatedAt.toISOString() })),
      total,
      page,
      pageSize,
    };
  }

  /** Evaluates the monitor's last complete window now (or answers the evaluation it already has), then the monitor. */
  async evaluateNow(projectRef: string, deploymentId: string, monitorId: string, now = Date.now()): Promise<Monitor> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    await this.require(deployment.id, monitorId);
    await this.prisma.transaction(async (tx) => {
      const monitor = await this.monitors.lock(tx, monitorId);
      if (monitor) await this.evaluate(tx, monitor, now);
    });
    return toMonitorView(await this.require(deployment.id, monitorId));
  }

  /**
   * Evaluates every monitor due at `now`, one transaction each, and answers how many windows it evaluated. Calls in
   * one process run one after another; several processes share the due monitors between them.
   */
  sweep(now = Date.now()): Promise<number> {
    if (this.sweeping) return this.sweeping.then(() => this.sweep(now));
    this.sweeping = this.sweepAll(now).finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private async sweepAll(now: number): Promise<number> {
    let evaluated = 0;
    for (;;) {
      let current: DueMonitor | null = null;
      try {
        const outcome = await this.prisma.transaction(async (tx) => {
          current = await this.monitors.lockNextDue(tx, new Date(now));
          return current ? this.evaluate(tx, current, now) : null;
        });
        if (outcome === null) return evaluated;
        if (outcome) evaluated += 1;
      } catch (error) {
        const failed = current as DueMonitor | null;
        if (!failed) throw error;
        // One monitor that cannot be evaluated must not hold up the others: it is tried again a little later.
        this.logger.warn(`Monitor ${failed.id} (${failed.name}) could not be evaluated; retrying in ${RETRY_MS / 60_000} min: ${String(error)}`);
        await this.monitors.postpone(failed.id, new Date(now + RETRY_MS));
      }
    }
  }

  /** Evaluates a locked monitor's last complete window; answers whether that window was new. */
  private async evaluate(tx: Db, monitor: DueMonitor, now: number): Promise<boolean> {
    const cadence = WINDOW_SIZES[monitor.cadence];
    const size = WINDOW_SIZES[monitor.window];
    const window = windowToEvaluate(now, cadence, size);
    const figures = await this.reports.windowOf(monitor.deploymentId, window.from, size, monitor.figure);
    const value = monitorFigure(monitor.figure, monitor.feature, figures);
    const state = monitorState(monitor, value);
    const windowFrom = new Date(window.from);
    const windowTo = new Date(window.to);
    const nextDueAt = new Date(nextDue(window.to, cadence));
    if (!(await this.monitors.addEvaluation(tx, { monitorId: monitor.id, windowFrom, windowTo, value, state }))) {
      await this.monitors.saveState(tx, monitor.id, { nextDueAt });
      return false;
    }
    await this.monitors.saveState(tx, monitor.id, { state, lastValue: value, lastWindowTo: windowTo, nextDueAt });
    if (monitor.kpiId && value !== null) {
      await this.monitors.measureKpi(tx, { kpiId: monitor.kpiId, value, measuredAt: windowTo, source: `monitor ${monitor.name}`, idempotencyKey: `monitor:${monitor.id}:${windowTo.toISOString()}` });
    }
    if (opensAlert(monitor.state, state)) {
      const message = alertMessage(monitor.name, monitor.figure, monitor.feature, monitor.operator, monitor.alert, value, windowFrom.toISOString(), windowTo.toISOString());
      const alert = await this.monitors.openAlert(tx, { monitorId: monitor.id, projectId: monitor.projectId, message, value, windowFrom, windowTo });
      await this.webhooks.emit(tx, monitor.projectId, "alert.opened", { alert: toAlertView(alert), monitor: { id: monitor.id, name: monitor.name, figure: monitor.figure, feature: monitor.feature, state } });
    }
    return true;
  }

  async alerts(projectRef: string, query: { status?: AlertStatus | "UNRESOLVED" | undefined; page: number; pageSize: number }) {
    const project = await this.projects.requireProject(projectRef);
    const statuses: AlertStatus[] | null = query.status === undefined ? null : query.status === "UNRESOLVED" ? ["OPEN", "ACKNOWLEDGED"] : [query.status];
    const { rows, total } = await this.monitors.alertPage(project.id, statuses, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map(toAlertView), total, page: query.page, pageSize: query.pageSize };
  }

  async acknowledge(principal: Principal, projectRef: string, alertId: string, note: string | undefined): Promise<Alert> {
    return this.moveAlert(projectRef, alertId, ["OPEN"], { status: "ACKNOWLEDGED", acknowledgedBy: principal.name, acknowledgedAt: new Date(), acknowledgeNote: note || null });
  }

  async resolve(principal: Principal, projectRef: string, alertId: string, note: string | undefined): Promise<Alert> {
    return this.moveAlert(projectRef, alertId, ["OPEN", "ACKNOWLEDGED"], { status: "RESOLVED", resolvedBy: principal.name, resolvedAt: new Date(), resolveNote: note || null });
  }

  private async moveAlert(projectRef: string, alertId: string, from: AlertStatus[], data: Parameters<MonitorsRepository["moveAlert"]>[4]): Promise<Alert> {
    const project = await this.projects.requireProject(projectRef);
    const moved = await this.prisma.transaction(async (tx) => {
      const row = await this.monitors.moveAlert(tx, project.id, alertId, from, data);
      if (row) await this.webhooks.emit(tx, project.id, data.status === "RESOLVED" ? "alert.resolved" : "alert.acknowledged", { alert: toAlertView(row) });
      return row;
    });
    if (moved) return toAlertView(moved);
    const current = await this.monitors.findAlert(project.id, alertId);
    if (!current) throw new DomainError("ALERT_NOT_FOUND", `No alert "${alertId}" in this project.`);
    throw new DomainError("ALERT_STATUS_CHANGED", `The alert is ${current.status.toLowerCase()}: it can no longer be ${data.status === "RESOLVED" ? "resolved" : "acknowledged"}.`, [{ path: "status", message: `It is ${current.status.toLowerCase()}` }]);
  }

  private async require(deploymentId: string, monitorId: string): Promise<MonitorRow> {
    const row = await this.monitors.find(deploymentId, monitorId);
    if (!row) throw this.notFound(monitorId);
    return row;
  }

  private notFound(monitorId: string): DomainError {
    return new DomainError("MONITOR_NOT_FOUND", `The deployment has no monitor "${monitorId}".`);
  }
}
