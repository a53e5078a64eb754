import { Injectable } from "@nestjs/common";
import {
  MONITOR_FIGURES,
  type CreateIterationInput,
  type GateContext,
  type Iteration,
  type IterationTrigger,
  type KpiSnapshot,
  type Stage,
  type TriggerInput,
  type UpdateIterationInput,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import { KpisService } from "../kpis/kpis.service";
import type { ProjectCore } from "../projects/projects.repository";
import { ProjectsService } from "../projects/projects.service";
import { WebhooksService } from "../webhooks/webhooks.service";
import { IterationsRepository, type IterationRow, type NewTrigger } from "./iterations.repository";

export function toIterationView(row: IterationRow): Iteration {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    hypothesis: row.hypothesis,
    changes: row.changes as Iteration["changes"],
    triggers: row.triggers.map(
      (trigger): IterationTrigger => ({ ...trigger, kind: trigger.kind as IterationTrigger["kind"], createdAt: trigger.createdAt.toISOString() }),
    ),
    kpisBefore: row.kpisBefore as unknown as KpiSnapshot[],
    kpisAfter: (row.kpisAfter as unknown as KpiSnapshot[] | null) ?? null,
    loopedTo: row.loopedTo,
    outcome: row.outcome,
    closeNote: row.closeNote,
    openedBy: row.openedBy,
    openedAt: row.openedAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    closedBy: row.closedBy,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/**
 * Iterations: planned from the reasons to iterate, started when the project loops back (by the stage move, in its
 * transaction), closed once a new version is live — with the KPIs and the triggering figures before and after.
 * Also what the Monitoring and Iteration gates look at.
 */
@Injectable()
export class IterationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly iterations: IterationsRepository,
    private readonly projects: ProjectsService,
    private readonly kpis: KpisService,
    private readonly webhooks: WebhooksService,
  ) {}

  async list(projectRef: string, page: number, pageSize: number) {
    const project = await this.projects.requireProject(projectRef);
    const { rows, total } = await this.iterations.page(project.id, (page - 1) * pageSize, pageSize);
    return { items: rows.map(toIterationView), total, page, pageSize };
  }

  async get(projectRef: string, iterationId: string): Promise<Iteration> {
    const project = await this.projects.requireProject(projectRef);
    return toIterationView(await this.require(project.id, iterationId));
  }

  /** Opens the next iteration (the project's current one + 1) from its triggers; one is planned at a time. */
  async open(principal: Principal, projectRef: string, input: CreateIterationInput): Promise<Iteration> {
    const project = await this.projects.requireProject(projectRef);
    if (project.status !== "ACTIVE") throw new DomainError("PROJECT_NOT_ACTIVE", `The project is ${project.status.toLowerCase()}; reactivate it before opening an iteration.`);
    const triggers = await this.resolveTriggers(principal, project.id, input.triggers, "triggers");
    const kpisBefore = await this.kpis.snapshots(project.id);
    try {
      const row = await this.prisma.transaction(async (tx) => {
        const created = await this.iterations.create(tx, { projectId: project.id, number: project.iteration + 1, status: "PLANNED", hypothesis: input.hypothesis?.trim() || null, changes: input.changes, kpisBefore, openedBy: principal.name }, triggers);
        await this.webhooks.emit(tx, project.id, "iteration.opened", { iteration: toIterationView(created) });
        return created;
      });
      return toIterationView(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError("ITERATION_ALREADY_OPEN", `Iteration ${project.iteration + 1} is already open: add this trigger to it instead.`, [{ path: "triggers", message: `Iteration ${project.iteration + 1} exists` }]);
      }
      throw error;
    }
  }

  async update(projectRef: string, iterationId: string, input: UpdateIterationInput): Promise<Iteration> {
    const project = await this.projects.requireProject(projectRef);
    const current = await this.requireNotClosed(project.id, iterationId);
    const row = await this.iterations.update(this.prisma, current.id, {
      ...(input.hypothesis !== undefined ? { hypothesis: input.hypothesis?.trim() || null } : {}),
      ...(input.changes ? { changes: input.changes } : {}),
    });
    return toIterationView(row);
  }

  async addTrigger(principal: Principal, projectRef: string, iterationId: string, input: TriggerInput): Promise<Iteration> {
    const project = await this.projects.requireProject(projectRef);
    const current = await this.requireNotClosed(project.id, iterationId);
    const triggers = await this.resolveTriggers(principal, project.id, [input], null);
    await this.prisma.transaction((tx) => this.iterations.addTriggers(tx, current.id, triggers));
    return toIterationView(await this.require(project.id, current.id));
  }

  /** Closes the project's started iteration once a new version is live: the KPIs and triggering figures after it are kept. */
  async close(principal: Principal, projectRef: string, iterationId: string, note: string | undefined): Promise<Iteration> {
    const project = await this.projects.requireProject(projectRef);
    const current = await this.require(project.id, iterationId);
    if (current.status !== "STARTED") {
      throw new DomainError("ITERATION_NOT_STARTED", current.status === "PLANNED" ? `Iteration ${current.number} has not started: loop back to Data or Model development first.` : `Iteration ${current.number} is already closed.`, [{ path: "status", message: `It is ${current.status.toLowerCase()}` }]);
    }
    const outcome = await this.iterations.newVersionLive(project.id, current.number, current.startedAt!);
    if (!outcome) {
      throw new DomainError("ITERATION_NOT_DEPLOYED", `Iteration ${current.number} closes once a new version is live in production: deploy a model version registered from one of its runs (or changed since it started) with traffic.`);
    }
    const kpisAfter = await this.kpis.snapshots(project.id);
    const row = await this.prisma.transaction(async (tx) => {
      for (const trigger of current.triggers) {
        const after = await this.figureNow(tx, project.id, trigger, kpisAfter);
        if (after !== undefined) await this.iterations.setValueAfter(tx, trigger.id, after);
      }
      const closed = await this.iterations.update(tx, current.id, { status: "CLOSED", kpisAfter: kpisAfter as unknown as object[], outcome, closedBy: principal.name, closedAt: new Date(), closeNote: note?.trim() || null });
      await this.webhooks.emit(tx, project.id, "iteration.closed", { iteration: toIterationView(closed) });
      return closed;
    });
    return toIterationView(row);
  }

  /**
   * Called by the stage move that loops back (in its transaction): the planned iteration starts as the project's
   * new iteration; without one (the gate was overridden) a bare one starts, so that the timeline has every pass.
   */
  async start(tx: Db, principal: Principal, project: ProjectCore, number: number, loopedTo: Stage, now: Date): Promise<void> {
    const planned = await this.iterations.findByNumber(project.id, number, tx);
    if (planned && planned.status === "PLANNED") {
      await this.iterations.update(tx, planned.id, { status: "STARTED", startedAt: now, loopedTo });
      return;
    }
    if (planned) return;
    const kpisBefore = await this.kpis.snapshots(project.id);
    await this.iterations.create(tx, { projectId: project.id, number, status: "STARTED", hypothesis: null, changes: [], kpisBefore, openedBy: principal.name, startedAt: now, loopedTo }, []);
  }

  /** What the Monitoring and Iteration gates look at. */
  async gateFacts(project: ProjectCore, db?: Db): Promise<Pick<GateContext, "monitoring" | "plannedIteration">> {
    const live = await this.iterations.liveMonitoring(project.id, db);
    const production = await this.iterations.productionReasons(project.id, db);
    const planned = await this.iterations.findByNumber(project.id, project.iteration + 1, db);
    const atRisk = (await this.kpis.snapshots(project.id)).filter((kpi) => kpi.status === "AT_RISK").map((kpi) => `${kpi.name} is at risk`);
    const recorded = planned && planned.status === "PLANNED" ? planned.triggers.map((trigger) => trigger.summary) : [];
    return {
      monitoring: { live, reasons: [...new Set([...recorded, ...production, ...atRisk])] },
      plannedIteration: planned && planned.status === "PLANNED" ? { number: planned.number, triggers: planned.triggers.length, hypothesis: planned.hypothesis, changes: (planned.changes as unknown[]).length } : null,
    };
  }

  /** Checks each trigger's reference in the project and writes down what it was and its figure now. */
  private async resolveTriggers(principal: Principal, projectId: string, inputs: TriggerInput[], path: string | null): Promise<NewTrigger[]> {
    const at = (index: number, field: string) => (path ? `${path}.${index}.${field}` : field);
    const snapshots = inputs.some((input) => input.kind === "KPI_AT_RISK") ? await this.kpis.snapshots(projectId) : [];
    const resolved: NewTrigger[] = [];
    for (const [index, input] of inputs.entries()) {
      const base = { kind: input.kind, alertId: null, monitorId: null, kpiId: null, note: input.note?.trim() || null, createdBy: principal.name };
      if (input.kind === "ALERT") {
        const alert = await this.iterations.findAlert(projectId, input.alertId!);
        if (!alert) throw invalidField(at(index, "alertId"), "Not an alert of this project");
        resolved.push({ ...base, alertId: alert.id, monitorId: alert.monitorId, summary: `Alert on ${alert.monitor.deployment.name}: ${alert.message}`, valueBefore: alert.value });
      } else if (input.kind === "DRIFT") {
        const monitor = await this.iterations.findMonitor(projectId, input.monitorId!);
        if (!monitor) throw invalidField(at(index, "monitorId"), "Not a monitor of this project");
        const figure = (MONITOR_FIGURES as Record<string, string>)[monitor.figure] ?? monitor.figure;
        resolved.push({ ...base, monitorId: monitor.id, summary: `${monitor.name} on ${monitor.deployment.name}: ${monitor.feature ? `PSI of ${monitor.feature}` : figure} ${monitor.lastValue ?? "–"} (${monitor.state ?? "not evaluated"})`, valueBefore: monitor.lastValue });
      } else if (input.kind === "KPI_AT_RISK") {
        const kpi = snapshots.find((item) => item.kpiId === input.kpiId);
        if (!kpi) throw invalidField(at(index, "kpiId"), "Not a KPI of this project");
        resolved.push({ ...base, kpiId: kpi.kpiId, summary: `${kpi.name} at ${kpi.value ?? "no value"}${kpi.unit ? ` ${kpi.unit}` : ""} (${kpi.status.toLowerCase().replace("_", " ")}; target ${kpi.target ?? "none"})`, valueBefore: kpi.value });
      } else {
        resolved.push({ ...base, summary: `${input.kind === "FEEDBACK" ? "Feedback" : "Requirement"}: ${input.note!.trim()}`, valueBefore: null });
      }
    }
    return resolved;
  }

  /** A trigger's figure now (its monitor's last value, or its KPI's), or undefined when it has none to follow. */
  private async figureNow(tx: Db, projectId: string, trigger: IterationRow["triggers"][number], kpis: KpiSnapshot[]): Promise<number | null | undefined> {
    if (trigger.monitorId) return (await this.iterations.findMonitor(projectId, trigger.monitorId, tx))?.lastValue ?? null;
    if (trigger.kpiId) return kpis.find((kpi) => kpi.kpiId === trigger.kpiId)?.value ?? null;
    return undefined;
  }

  private async require(projectId: string, iterationId: string): Promise<IterationRow> {
    const row = await this.iterations.find(projectId, iterationId);
    if (!row) throw new DomainError("ITERATION_NOT_FOUND", `The project has no iteration "${iterationId}".`);
    return row;
  }

  private async requireNotClosed(projectId: string, iterationId: string): Promise<IterationRow> {
    const row = await this.require(projectId, iterationId);
    if (row.status === "CLOSED") throw new DomainError("ITERATION_CLOSED", `Iteration ${row.number} is closed: its plan and triggers are kept as they were.`, [{ path: "status", message: "It is closed" }]);
    return row;
  }
}
