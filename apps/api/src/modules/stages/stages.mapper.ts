import {
  STAGE_LABELS,
  STAGES,
  transitionsFrom,
  isGated,
  type ChecklistItem,
  type GateContext,
  type GateResult,
  type Stage,
  type StageBoard,
  type TransitionRecord,
} from "@lifecycle/domain";
import { evaluateGate } from "@lifecycle/domain";
import { toIso } from "../../common/text";
import type { ChecklistRow, StageRow, TransitionRow } from "./stages.repository";

export function toChecklistItemView(row: ChecklistRow): ChecklistItem {
  return { id: row.id, stage: row.stage, label: row.label, done: row.done, doneAt: toIso(row.doneAt), position: row.position };
}

export function toStageView(row: StageRow, checklist: ChecklistRow[], currentStage: Stage, context: GateContext) {
  return {
    stage: row.stage,
    label: STAGE_LABELS[row.stage],
    status: row.status,
    isCurrent: row.stage === currentStage,
    startedAt: toIso(row.startedAt),
    endedAt: toIso(row.endedAt),
    notes: row.notes,
    checklist: checklist.filter((item) => item.stage === row.stage).map(toChecklistItemView),
    gate: evaluateGate(row.stage, context),
  };
}

export function toStageBoard(
  project: { id: string; currentStage: Stage; iteration: number; version: number },
  stages: StageRow[],
  checklist: ChecklistRow[],
  context: GateContext,
): StageBoard {
  const byStage = new Map(stages.map((row) => [row.stage, row]));
  return {
    projectId: project.id,
    currentStage: project.currentStage,
    iteration: project.iteration,
    version: project.version,
    stages: STAGES.flatMap((stage) => {
      const row = byStage.get(stage);
      return row ? [toStageView(row, checklist, project.currentStage, context)] : [];
    }),
    transitions: transitionsFrom(project.currentStage).map((rule) => ({ to: rule.to, kind: rule.kind, gated: isGated(rule.kind) })),
  };
}

export function toTransitionView(row: TransitionRow): TransitionRecord {
  return {
    id: row.id,
    kind: row.kind,
    fromStage: row.fromStage,
    toStage: row.toStage,
    fromIteration: row.fromIteration,
    toIteration: row.toIteration,
    actor: row.actor,
    reason: row.reason,
    override: row.override,
    gate: (row.gate as GateResult | null) ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
