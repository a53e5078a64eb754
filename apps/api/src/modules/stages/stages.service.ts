import { Injectable } from "@nestjs/common";
import {
  STAGE_LABELS,
  evaluateGate,
  findTransition,
  isGated,
  nextIteration,
  stageStatusChanges,
  transitionsFrom,
  type ChecklistItem,
  type CreateTransitionInput,
  type GateContext,
  type Stage,
  type UpdateChecklistItemInput,
  type UpdateStageInput,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import { AuditService } from "../audit/audit.service";
import { FramingService } from "../framing/framing.service";
import { KpisService } from "../kpis/kpis.service";
import type { ProjectCore } from "../projects/projects.repository";
import { ProjectsService } from "../projects/projects.service";
import { toChecklistItemView, toStageBoard, toStageView, toTransitionView } from "./stages.mapper";
import { FitService } from "../evaluations/fit.service";
import { DeploymentsService } from "../deployments/deployments.service";
import { IterationsService } from "../iterations/iterations.service";
import { StagesRepository } from "./stages.repository";

@Injectable()
export class StagesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly stages: StagesRepository,
    private readonly projects: ProjectsService,
    private readonly kpis: KpisService,
    private readonly framing: FramingService,
    private readonly audit: AuditService,
    private readonly fit: FitService,
    private readonly deployments: DeploymentsService,
    private readonly iterations: IterationsService,
  ) {}

  async getStageBoard(projectRef: string) {
    const project = await this.projects.requireProject(projectRef);
    const [[stages, checklist], context] = await Promise.all([this.stages.findStagesWithChecklist(project.id), this.gateContext(project)]);
    return toStageBoard(project, stages, checklist, context);
  }

  async updateStage(projectRef: string, stage: Stage, input: UpdateStageInput) {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.stages.updateStage(project.id, stage, normaliseText(input));
    const [[, checklist], context] = await Promise.all([this.stages.findStagesWithChecklist(project.id), this.gateContext(project)]);
    return toStageView(row, checklist, project.currentStage, context);
  }

  async addChecklistItem(projectRef: string, stage: Stage, label: string): Promise<ChecklistItem> {
    const project = await this.projects.requireProject(projectRef);
    return toChecklistItemView(await this.stages.createChecklistItem(project.id, stage, label));
  }

  async updateChecklistItem(projectRef: string, itemId: string, input: UpdateChecklistItemInput): Promise<ChecklistItem> {
    const item = await this.requireChecklistItem(projectRef, itemId);
    const doneChange = input.done === undefined || input.done === item.done ? {} : { done: input.done, doneAt: input.done ? new Date() : null };
    const row = await this.stages.updateChecklistItem(item.id, { ...(input.label ? { label: input.label } : {}), ...doneChange });
    return toChecklistItemView(row);
  }

  async deleteChecklistItem(projectRef: string, itemId: string): Promise<void> {
    const item = await this.requireChecklistItem(projectRef, itemId);
    await this.stages.deleteChecklistItem(item.id);
  }

  /**
   * Moves the project along one row of the transition table. Forward moves must
   * pass the gate of the stage being left unless overridden with a reason; the
   * move, the stage statuses and the audit entry are written in one transaction.
   */
  async transitionProject(principal: Principal, projectRef: string, input: CreateTransitionInput) {
    const projectId = await this.prisma.transaction(async (tx) => {
      const project = await this.projects.requireProject(projectRef, tx);
      if (input.version !== undefined && input.version !== project.version) {
        throw new DomainError("STALE_VERSION", `The project changed since you read it (you sent version ${input.version}, it is now ${project.version}). Reload and try again.`, [
          { path: "version", message: `Current version is ${project.version}` },
        ]);
      }
      if (project.status !== "ACTIVE") {
        throw new DomainError("PROJECT_NOT_ACTIVE", `The project is ${project.status.toLowerCase()}; reactivate it before moving it between stages.`);
      }
      const rule = findTransition(project.currentStage, input.to);
      if (!rule) {
        const allowed = transitionsFrom(project.currentStage).map((option) => option.to);
        throw new DomainError(
          "TRANSITION_NOT_ALLOWED",
          `A project in ${STAGE_LABELS[project.currentStage]} cannot move to ${STAGE_LABELS[input.to]}; it can move to ${allowed.map((stage) => STAGE_LABELS[stage]).join(" or ")}.`,
          [{ path: "to", message: `Allowed: ${allowed.join(", ")}` }],
        );
      }
      // The project's row first (it also holds off a concurrent move until this one commits or rolls back): on
      // Citus a reference table may not be written after the gate's reads of the runs' shards.
      const now = new Date();
      const iteration = nextIteration(rule.kind, project.iteration);
      await this.projects.writeIfCurrent(project.id, project.version, { currentStage: rule.to, iteration, stageEnteredAt: now }, tx);
      const gate = isGated(rule.kind) ? evaluateGate(rule.from, await this.gateContext(project, tx)) : null;
      if (gate && !gate.passed && !input.override) {
        const failed = gate.checks.filter((check) => !check.passed);
        throw new DomainError(
          "STAGE_GATE_UNMET",
          `The ${STAGE_LABELS[rule.from]} gate is not met: ${failed.map((check) => check.reason).join(" ")}`,
          failed.map((check) => ({ code: check.id, message: check.reason })),
        );
      }
      await this.stages.applyStageStatusChanges(project.id, stageStatusChanges(rule), now, tx);
      if (rule.kind === "LOOP") await this.iterations.start(tx, principal, project, iteration, rule.to, now);
      const record = await this.stages.createTransition(
        {
          projectId: project.id,
          kind: rule.kind,
          fromStage: rule.from,
          toStage: rule.to,
          fromIteration: project.iteration,
          toIteration: iteration,
          actor: principal.name,
          reason: input.reason?.trim() || null,
          override: !!gate && !gate.passed,
          gate,
          createdAt: now,
        },
        tx,
      );
      if (record.override) {
        await this.audit.recordBy(principal, "GATE_OVERRIDDEN", { projectId: project.id, detail: { from: rule.from, to: rule.to, reason: record.reason, failed: gate?.checks.filter((check) => !check.passed).map((check) => check.id) } }, tx);
      }
      return { id: project.id, record };
    });
    return { project: await this.projects.getProject(principal, projectId.id), transition: toTransitionView(projectId.record) };
  }

  async listTransitions(projectRef: string, page: number, pageSize: number) {
    const project = await this.projects.requireProject(projectRef);
    const { rows, total } = await this.stages.findTransitionsPage(project.id, page, pageSize);
    return { items: rows.map(toTransitionView), total, page, pageSize };
  }

  private async gateContext(project: ProjectCore, db?: Db): Promise<GateContext> {
    // One after the other: a transaction's connection runs one query at a time.
    const kpis = await this.kpis.findKpiTargets(project.id, db);
    const framing = await this.framing.findFramingFacts(project.id, db);
    const dataVersions = await this.stages.findDataVersions(project.id, db);
    const candidates = await this.stages.findCandidateRuns(project.id, db);
    // A run never diagnosed is diagnosed now (its verdict is then kept on the run).
    for (const candidate of candidates.filter((item) => item.fitVerdict === null)) {
      candidate.fitVerdict = (await this.fit.diagnose(project.id, candidate.runId)).diagnosis?.verdict ?? "NOT_ENOUGH_DATA";
    }
    const deployments = await this.deployments.findDeploymentFacts(project.id, db);
    const iterationFacts = await this.iterations.gateFacts(project, db);
    return { project: { businessGoal: project.businessGoal }, iteration: project.iteration, kpis, framing, dataVersions, candidates, deployments, ...iterationFacts };
  }

  private async requireChecklistItem(projectRef: string, itemId: string) {
    const project = await this.projects.requireProject(projectRef);
    const item = await this.stages.findChecklistItem(project.id, itemId);
    if (!item) throw new DomainError("CHECKLIST_ITEM_NOT_FOUND", `No checklist item "${itemId}" in project "${project.slug}".`);
    return item;
  }
}
