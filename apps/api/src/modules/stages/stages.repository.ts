import { Injectable } from "@nestjs/common";
import type { GateResult, Stage, StageStatus, StageStatusChange, TransitionKind } from "@lifecycle/domain";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import type { Checked } from "../../prisma/checked";

const checklistSelect = { id: true, stage: true, label: true, done: true, doneAt: true, position: true } satisfies Prisma.ChecklistItemSelect;
const stageSelect = { stage: true, status: true, startedAt: true, endedAt: true, notes: true } satisfies Prisma.ProjectStageSelect;
const transitionSelect = {
  id: true,
  kind: true,
  fromStage: true,
  toStage: true,
  fromIteration: true,
  toIteration: true,
  actor: true,
  reason: true,
  override: true,
  gate: true,
  createdAt: true,
} satisfies Prisma.StageTransitionSelect;

export type ChecklistRow = Checked<Prisma.ChecklistItemGetPayload<{ select: typeof checklistSelect }>, { stage: Stage }>;
export type StageRow = Checked<Prisma.ProjectStageGetPayload<{ select: typeof stageSelect }>, { stage: Stage; status: StageStatus }>;
export type TransitionRow = Checked<Prisma.StageTransitionGetPayload<{ select: typeof transitionSelect }>, { kind: TransitionKind; fromStage: Stage; toStage: Stage }>;

@Injectable()
export class StagesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findStagesWithChecklist(projectId: string): Promise<[StageRow[], ChecklistRow[]]> {
    return this.prisma.$transaction([
      this.prisma.projectStage.findMany({ where: { projectId }, select: stageSelect }),
      this.prisma.checklistItem.findMany({ where: { projectId }, select: checklistSelect, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    ]) as Promise<[StageRow[], ChecklistRow[]]>;
  }

  updateStage(projectId: string, stage: Stage, data: Prisma.ProjectStageUpdateInput): Promise<StageRow> {
    return this.prisma.projectStage.update({ where: { projectId_stage: { projectId, stage } }, data, select: stageSelect }) as Promise<StageRow>;
  }

  async applyStageStatusChanges(projectId: string, changes: readonly StageStatusChange[], now: Date, db: Db): Promise<void> {
    for (const change of changes) {
      const clock =
        change.clock === "start" ? { startedAt: now, endedAt: null } : change.clock === "end" ? { endedAt: now } : { startedAt: null, endedAt: null };
      await db.projectStage.update({
        where: { projectId_stage: { projectId, stage: change.stage } },
        data: { status: change.status, ...clock },
      });
    }
  }

  async createChecklistItem(projectId: string, stage: Stage, label: string): Promise<ChecklistRow> {
    return this.prisma.$transaction(async (tx) => {
      const last = await tx.checklistItem.aggregate({ where: { projectId, stage }, _max: { position: true } });
      return tx.checklistItem.create({
        data: { projectId, stage, label, position: (last._max.position ?? -1) + 1 },
        select: checklistSelect,
      }) as Promise<ChecklistRow>;
    });
  }

  findChecklistItem(projectId: string, itemId: string): Promise<ChecklistRow | null> {
    return this.prisma.checklistItem.findFirst({ where: { id: itemId, projectId }, select: checklistSelect }) as Promise<ChecklistRow | null>;
  }

  updateChecklistItem(itemId: string, data: Prisma.ChecklistItemUpdateInput): Promise<ChecklistRow> {
    return this.prisma.checklistItem.update({ where: { id: itemId }, data, select: checklistSelect }) as Promise<ChecklistRow>;
  }

  async deleteChecklistItem(itemId: string): Promise<void> {
    await this.prisma.checklistItem.delete({ where: { id: itemId } });
  }

  /** Records a move with the gate as it was evaluated (null for moves that pass no gate). */
  /** The project's data set versions with their splits, newest first, for the Data gate. */
  async findDataVersions(projectId: string, db: Db = this.prisma) {
    const rows = await db.dataSetVersion.findMany({
      where: { dataSet: { projectId } },
      select: { version: true, dataSet: { select: { name: true } }, splits: { select: { name: true, count: true }, orderBy: { position: "asc" } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    });
    return rows.map((row) => ({ dataSetName: row.dataSet.name, version: row.version, splits: row.splits.map((split) => ({ name: split.name, count: Number(split.count) })) }));
  }

  /** Finished runs with a test evaluation, newest first, with their test figures (the latest evaluation wins a name) and fit verdict. */
  async findCandidateRuns(projectId: string, db: Db = this.prisma) {
    const rows = await db.run.findMany({
      where: { experiment: { projectId }, status: "FINISHED", deletedAt: null, evaluations: { some: { split: "test" } } },
      select: { id: true, name: true, fitVerdict: true, iteration: true, evaluations: { where: { split: "test" }, select: { metrics: true }, orderBy: { createdAt: "asc" } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 50,
    });
    return rows.map((row) => ({ runId: row.id, runName: row.name, fitVerdict: row.fitVerdict, iteration: row.iteration, testMetrics: Object.assign({}, ...row.evaluations.map((evaluation) => evaluation.metrics as Record<string, number | null>)) as Record<string, number | null> }));
  }

  createTransition(data: Omit<Prisma.StageTransitionUncheckedCreateInput, "gate"> & { gate: GateResult | null }, db: Db): Promise<TransitionRow> {
    const gate = data.gate ? (data.gate as unknown as Prisma.InputJsonObject) : Prisma.DbNull;
    return db.stageTransition.create({ data: { ...data, gate }, select: transitionSelect }) as Promise<TransitionRow>;
  }

  async findTransitionsPage(projectId: string, page: number, pageSize: number): Promise<{ rows: TransitionRow[]; total: number }> {
    const where = { projectId };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.stageTransition.findMany({
        where,
        select: transitionSelect,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.stageTransition.count({ where }),
    ]);
    return { rows: rows as TransitionRow[], total };
  }
}
