import { z } from "zod";
import { IsoDateTime, optionalText, pageOf, PaginationQuery, requiredText } from "./common";
import { ANNOTATION_ITEM_STATUSES, ANNOTATION_QUEUE_KINDS } from "../feedback/annotations";
import { PREFERENCE_CHOICES } from "../feedback/preferences";
import { ScoreConfigSchema } from "./feedback";
import { PreferenceInputSchema, PreferenceSideInputSchema } from "./preferences";

export const ANNOTATION_ITEMS_PER_REQUEST = 1_000;

export const CreateAnnotationQueueSchema = z
  .strictObject({
    name: requiredText(200),
    description: optionalText(4_000).describe("What reviewers look for"),
    kind: z.enum(ANNOTATION_QUEUE_KINDS).describe("PREDICTIONS: score a deployment's predictions; PAIRS: pick the better of two answers"),
    scoreConfigs: z.array(requiredText(100)).max(10).default([]).describe("For PREDICTIONS: the score configs (by name) each item gets"),
  })
  .superRefine((input, context) => {
    if (input.kind === "PREDICTIONS" && input.scoreConfigs.length === 0) context.addIssue({ code: "custom", path: ["scoreConfigs"], message: "Name at least one score config to give" });
    if (input.kind === "PAIRS" && input.scoreConfigs.length > 0) context.addIssue({ code: "custom", path: ["scoreConfigs"], message: "A pairs queue records a choice, not scores" });
    if (new Set(input.scoreConfigs).size !== input.scoreConfigs.length) context.addIssue({ code: "custom", path: ["scoreConfigs"], message: "Names a config twice" });
  });
export type CreateAnnotationQueueInput = z.infer<typeof CreateAnnotationQueueSchema>;
/** What a form holds before parsing (the configs may be left out). */
export type CreateAnnotationQueueFields = z.input<typeof CreateAnnotationQueueSchema>;

const ProgressSchema = z.object({ total: z.number().int(), pending: z.number().int(), done: z.number().int(), skipped: z.number().int() });
export const AnnotationQueueSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(ANNOTATION_QUEUE_KINDS),
  scoreConfigs: z.array(ScoreConfigSchema),
  progress: ProgressSchema,
  reviewers: z.array(z.object({ userId: z.uuid(), name: z.string(), pending: z.number().int(), done: z.number().int() })).describe("Per assignee"),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type AnnotationQueue = z.infer<typeof AnnotationQueueSchema>;
export const AnnotationQueueListSchema = z.object({ items: z.array(AnnotationQueueSchema) });

export const AddAnnotationItemsSchema = z
  .strictObject({
    deploymentId: z.uuid().optional().describe("For a PREDICTIONS queue: whose predictions"),
    predictionIds: z.array(z.string().min(1).max(200)).min(1).max(ANNOTATION_ITEMS_PER_REQUEST).optional().describe("These predictions"),
    sample: z
      .strictObject({ count: z.number().int().min(1).max(ANNOTATION_ITEMS_PER_REQUEST), from: IsoDateTime.optional(), to: IsoDateTime.optional() })
      .optional()
      .describe("Or this many, drawn at random from the window's latest 20,000 predictions that the queue does not have yet"),
    pairs: z
      .array(PreferenceInputSchema.pick({ prompt: true, deploymentId: true, predictionId: true }).extend({ a: PreferenceSideInputSchema, b: PreferenceSideInputSchema }))
      .min(1)
      .max(ANNOTATION_ITEMS_PER_REQUEST)
      .optional()
      .describe("For a PAIRS queue: the prompts and their two answers"),
    assignees: z.array(z.uuid()).max(50).optional().describe("Project members the new items are dealt to in turn; none leaves them for whoever claims them"),
  })
  .superRefine((input, context) => {
    const given = [input.predictionIds, input.sample, input.pairs].filter((part) => part !== undefined).length;
    if (given !== 1) context.addIssue({ code: "custom", path: ["predictionIds"], message: "Give one of predictionIds, sample or pairs" });
    if ((input.predictionIds || input.sample) && !input.deploymentId) context.addIssue({ code: "custom", path: ["deploymentId"], message: "Name the deployment whose predictions to review" });
  });
export type AddAnnotationItemsInput = z.infer<typeof AddAnnotationItemsSchema>;
export const AddAnnotationItemsResultSchema = z.object({ added: z.number().int(), alreadyQueued: z.number().int().describe("Predictions the queue already had"), progress: ProgressSchema });

const SideSchema = z.object({ response: z.string(), modelVersionId: z.uuid().nullable(), label: z.string().nullable(), version: z.string() });
export const AnnotationItemSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  status: z.enum(ANNOTATION_ITEM_STATUSES),
  assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  deploymentId: z.uuid().nullable(),
  predictionId: z.string().nullable(),
  record: z
    .object({ timestamp: z.string(), features: z.record(z.string(), z.unknown()), prediction: z.record(z.string(), z.unknown()) })
    .nullable()
    .describe("The prediction as recorded, copied when queued"),
  pair: z.object({ prompt: z.string(), a: SideSchema, b: SideSchema }).nullable(),
  result: z
    .object({ scores: z.array(z.object({ config: z.string(), value: z.union([z.number(), z.string(), z.boolean()]), comment: z.string().nullable() })), choice: z.enum(PREFERENCE_CHOICES).nullable(), reason: z.string().nullable() })
    .nullable(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export type AnnotationItem = z.infer<typeof AnnotationItemSchema>;
export const AnnotationItemPageSchema = pageOf(AnnotationItemSchema);
export const AnnotationItemPageQuerySchema = z.strictObject({
  status: z.enum(ANNOTATION_ITEM_STATUSES).optional(),
  assignee: z.union([z.uuid(), z.literal("me"), z.literal("none")]).optional(),
  ...PaginationQuery,
});
export type AnnotationItemPageQuery = z.infer<typeof AnnotationItemPageQuerySchema>;

export const ClaimAnnotationResultSchema = z.object({ item: AnnotationItemSchema.nullable().describe("The next item for the caller: theirs first, then an unassigned one (now theirs); null when none is left"), progress: ProgressSchema });

export const AnnotateItemSchema = z.strictObject({
  scores: z
    .array(z.strictObject({ config: requiredText(100), value: z.union([z.number().finite(), z.string().max(4_000), z.boolean()]), comment: z.string().trim().max(4_000).optional() }))
    .max(10)
    .optional()
    .describe("For a prediction: a value for each of the queue's score configs"),
  choice: z.enum(PREFERENCE_CHOICES).optional().describe("For a pair: A, B or TIE"),
  reason: z.string().trim().max(4_000).optional(),
});
export type AnnotateItemInput = z.infer<typeof AnnotateItemSchema>;

export const UpdateAnnotationItemSchema = z.strictObject({
  assigneeId: z.uuid().nullable().optional().describe("A project member, or null to leave it for whoever claims it"),
  status: z.enum(["PENDING", "SKIPPED"]).optional().describe("SKIPPED: set it aside; PENDING: put a skipped item back"),
});
export type UpdateAnnotationItemInput = z.infer<typeof UpdateAnnotationItemSchema>;
