import { z } from "zod";
import { STAGE_STATUSES, TRANSITION_KINDS } from "../stages";
import { IsoDateTime, optionalText, pageOf, PaginationQuery, requiredText } from "./common";
import { ProjectSchema, StageSchema } from "./projects";

export const StageStatusSchema = z.enum(STAGE_STATUSES);

export const GateCheckSchema = z.object({
  id: z.string(),
  label: z.string(),
  passed: z.boolean(),
  reason: z.string(),
});

export const GateResultSchema = z.object({
  stage: StageSchema,
  passed: z.boolean(),
  checks: z.array(GateCheckSchema),
});

export const ChecklistItemSchema = z.object({
  id: z.uuid(),
  stage: StageSchema,
  label: z.string(),
  done: z.boolean(),
  doneAt: IsoDateTime.nullable(),
  position: z.number().int(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const TransitionOptionSchema = z.object({
  to: StageSchema,
  kind: z.enum(TRANSITION_KINDS),
  gated: z.boolean(),
});

export const ProjectStageSchema = z.object({
  stage: StageSchema,
  label: z.string(),
  status: StageStatusSchema,
  isCurrent: z.boolean(),
  startedAt: IsoDateTime.nullable(),
  endedAt: IsoDateTime.nullable(),
  notes: z.string().nullable(),
  checklist: z.array(ChecklistItemSchema),
  gate: GateResultSchema,
});
export type ProjectStage = z.infer<typeof ProjectStageSchema>;

export const StageBoardSchema = z.object({
  projectId: z.uuid(),
  currentStage: StageSchema,
  iteration: z.number().int(),
  version: z.number().int(),
  stages: z.array(ProjectStageSchema),
  transitions: z.array(TransitionOptionSchema).describe("Moves allowed from the current stage"),
});
export type StageBoard = z.infer<typeof StageBoardSchema>;

export const UpdateStageSchema = z.strictObject({
  status: StageStatusSchema.optional(),
  notes: optionalText(8000),
});
export type UpdateStageInput = z.infer<typeof UpdateStageSchema>;

export const CreateChecklistItemSchema = z.strictObject({ label: requiredText(300) });
export const UpdateChecklistItemSchema = z.strictObject({
  label: requiredText(300).optional(),
  done: z.boolean().optional(),
});
export type CreateChecklistItemInput = z.infer<typeof CreateChecklistItemSchema>;
export type UpdateChecklistItemInput = z.infer<typeof UpdateChecklistItemSchema>;

export const CreateTransitionSchema = z
  .strictObject({
    to: StageSchema,
    reason: optionalText(2000),
    override: z.boolean().default(false).describe("Move past an unmet gate; needs a reason"),
    version: z.number().int().positive().optional().describe("When given, a stale version is refused with 409"),
  })
  .superRefine((input, context) => {
    if (input.override && !input.reason?.trim()) {
      context.addIssue({ code: "custom", path: ["reason"], message: "An override needs a reason" });
    }
  });
export type CreateTransitionInput = z.infer<typeof CreateTransitionSchema>;

export const TransitionRecordSchema = z.object({
  id: z.uuid(),
  kind: z.enum(TRANSITION_KINDS),
  fromStage: StageSchema,
  toStage: StageSchema,
  fromIteration: z.number().int(),
  toIteration: z.number().int(),
  actor: z.string(),
  reason: z.string().nullable(),
  override: z.boolean(),
  gate: GateResultSchema.nullable().describe("The gate of the stage left, as evaluated at the time; null for returns"),
  createdAt: IsoDateTime,
});
export type TransitionRecord = z.infer<typeof TransitionRecordSchema>;

export const TransitionResultSchema = z.object({
  project: ProjectSchema,
  transition: TransitionRecordSchema,
});

export const ListTransitionsQuerySchema = z.strictObject({ ...PaginationQuery });
export const TransitionPageSchema = pageOf(TransitionRecordSchema);
