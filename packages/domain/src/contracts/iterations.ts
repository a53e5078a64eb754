import { z } from "zod";
import { optionalText, PaginationQuery, pageOf } from "./common";
import { CHANGE_KINDS, ITERATION_STATUSES, TRIGGER_KINDS } from "../iterations";
import { KPI_DIRECTIONS } from "../kpi";
import { STAGES } from "../stages";

export const TriggerInputSchema = z
  .strictObject({
    kind: z.enum(TRIGGER_KINDS),
    alertId: z.uuid().optional().describe("For ALERT: the alert"),
    monitorId: z.uuid().optional().describe("For DRIFT: the monitor that drifted"),
    kpiId: z.uuid().optional().describe("For KPI_AT_RISK: the KPI"),
    note: z.string().trim().max(2_000).optional().describe("What was seen; required for FEEDBACK and REQUIREMENT"),
  })
  .superRefine((trigger, context) => {
    const needs = { ALERT: "alertId", DRIFT: "monitorId", KPI_AT_RISK: "kpiId", FEEDBACK: "note", REQUIREMENT: "note" } as const;
    const field = needs[trigger.kind];
    if (!trigger[field]) context.addIssue({ code: "custom", path: [field], message: `Required for a ${trigger.kind} trigger` });
  });
export type TriggerInput = z.infer<typeof TriggerInputSchema>;

const ChangeSchema = z.strictObject({ kind: z.enum(CHANGE_KINDS), description: z.string().trim().min(1).max(2_000) });

export const CreateIterationSchema = z.strictObject({
  hypothesis: optionalText(4_000),
  changes: z.array(ChangeSchema).max(20).default([]),
  triggers: z.array(TriggerInputSchema).max(20).default([]),
});
export type CreateIterationInput = z.infer<typeof CreateIterationSchema>;

export const UpdateIterationSchema = z
  .strictObject({ hypothesis: optionalText(4_000), changes: z.array(ChangeSchema).max(20).optional() })
  .refine((value) => Object.keys(value).length > 0, "Nothing to change");
export type UpdateIterationInput = z.infer<typeof UpdateIterationSchema>;

export const CloseIterationSchema = z.strictObject({ note: z.string().trim().max(4_000).optional() });

export const KpiSnapshotSchema = z.object({
  kpiId: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  direction: z.enum(KPI_DIRECTIONS),
  target: z.number().nullable(),
  value: z.number().nullable(),
  status: z.string(),
});

export const IterationTriggerSchema = z.object({
  id: z.uuid(),
  kind: z.enum(TRIGGER_KINDS),
  summary: z.string().describe("What the trigger was, as recorded"),
  alertId: z.uuid().nullable(),
  monitorId: z.uuid().nullable(),
  kpiId: z.uuid().nullable(),
  note: z.string().nullable(),
  valueBefore: z.number().nullable().describe("The figure when it was recorded: the alert's value, the monitor's or the KPI's latest"),
  valueAfter: z.number().nullable().describe("The same figure when the iteration closed"),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type IterationTrigger = z.infer<typeof IterationTriggerSchema>;

export const IterationSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  status: z.enum(ITERATION_STATUSES),
  hypothesis: z.string().nullable(),
  changes: z.array(ChangeSchema),
  triggers: z.array(IterationTriggerSchema),
  kpisBefore: z.array(KpiSnapshotSchema),
  kpisAfter: z.array(KpiSnapshotSchema).nullable(),
  loopedTo: z.enum(STAGES).nullable(),
  outcome: z.string().nullable().describe("What was live when it closed"),
  closeNote: z.string().nullable(),
  openedBy: z.string(),
  openedAt: z.string(),
  startedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type Iteration = z.infer<typeof IterationSchema>;
export const IterationPageSchema = pageOf(IterationSchema);
export const IterationPageQuerySchema = z.strictObject({ ...PaginationQuery });
