import { z } from "zod";
import { aliasProblem, modelNameProblem } from "../registry";
import { IsoDateTime, optionalText, pageOf, PaginationQuery, requiredText } from "./common";

export const ModelNameSchema = z.string().superRefine((name, context) => {
  const problem = modelNameProblem(name);
  if (problem) context.addIssue({ code: "custom", message: problem });
});
export const AliasNameSchema = z.string().superRefine((alias, context) => {
  const problem = aliasProblem(alias);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

const TagsSchema = z.record(z.string().min(1).max(250), z.string().max(8000)).refine((tags) => Object.keys(tags).length <= 100, "At most 100 tags");

export const CreateRegisteredModelSchema = z.strictObject({
  name: ModelNameSchema.describe("Unique in the project; no '/'"),
  description: optionalText(8000),
  owner: optionalText(200),
  tags: TagsSchema.optional(),
});
export type CreateRegisteredModelInput = z.infer<typeof CreateRegisteredModelSchema>;
export const UpdateRegisteredModelSchema = CreateRegisteredModelSchema.partial().strict();
export type UpdateRegisteredModelInput = z.infer<typeof UpdateRegisteredModelSchema>;

export const ModelCardSchema = z.strictObject({
  intendedUse: optionalText(8000),
  limitations: optionalText(8000),
  ethicalConsiderations: optionalText(8000),
  notes: optionalText(8000),
});
export type ModelCard = z.infer<typeof ModelCardSchema>;

export const CreateModelVersionSchema = z
  .strictObject({
    runId: z.uuid().optional().describe("The run the model was logged by; its params, test evaluation and fit verdict become the version's evidence"),
    artifactPath: z.string().min(1).max(1000).regex(/^[^/].*$/, "A path inside the run's artifacts, e.g. model").optional().describe("With runId: where in the run's artifacts the model is (default: model)"),
    source: z.string().trim().min(1).max(2000).optional().describe("Without runId: the model's external URI, e.g. s3://bucket/model or hf://org/name"),
    description: optionalText(8000),
    dataSetVersionId: z.uuid().nullable().optional().describe("The data set version it was trained on (default: the one the run trained on)"),
    format: optionalText(100).describe("e.g. MLflow pyfunc, ONNX, safetensors, GGUF"),
    sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
    modelCard: ModelCardSchema.optional(),
    tags: TagsSchema.optional(),
  })
  .superRefine((input, context) => {
    if (!input.runId && !input.source) context.addIssue({ code: "custom", path: ["runId"], message: "Give the run the model comes from, or its external source URI" });
    if (input.runId && input.source) context.addIssue({ code: "custom", path: ["source"], message: "Give either runId (with artifactPath) or source, not both" });
    if (input.artifactPath && !input.runId) context.addIssue({ code: "custom", path: ["artifactPath"], message: "artifactPath is a path inside a run's artifacts: give runId too" });
  });
export type CreateModelVersionInput = z.infer<typeof CreateModelVersionSchema>;

export const UpdateModelVersionSchema = z.strictObject({
  description: optionalText(8000),
  format: optionalText(100),
  sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  modelCard: ModelCardSchema.optional(),
  tags: TagsSchema.optional(),
});
export type UpdateModelVersionInput = z.infer<typeof UpdateModelVersionSchema>;

export const APPROVAL_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const ReviewModelVersionSchema = z.strictObject({
  decision: z.enum(["APPROVED", "REJECTED"]),
  reason: requiredText(4000).describe("Why: kept with the decision"),
  override: z.boolean().optional().describe("Approve although the evidence does not meet the KPI-linked checks (lead only, audited)"),
});
export type ReviewModelVersionInput = z.infer<typeof ReviewModelVersionSchema>;

export const SetAliasSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: optionalText(4000),
});
export type SetAliasInput = z.infer<typeof SetAliasSchema>;
export const DeleteAliasQuerySchema = z.strictObject({ reason: optionalText(4000) });
export const AliasAtQuerySchema = z.strictObject({ at: IsoDateTime.optional().describe("An instant; default now") });
export const ModelPageQuerySchema = z.strictObject({ ...PaginationQuery, q: z.string().max(200).optional().describe("Part of the name") });
export const VersionPageQuerySchema = z.strictObject({ ...PaginationQuery });
export const AliasHistoryQuerySchema = z.strictObject({ ...PaginationQuery, alias: z.string().max(64).optional() });

const EvidenceSchema = z.object({
  capturedAt: IsoDateTime,
  runId: z.uuid().nullable(),
  runName: z.string().nullable(),
  experimentId: z.uuid().nullable(),
  experimentName: z.string().nullable(),
  params: z.record(z.string(), z.string()),
  testMetrics: z.record(z.string(), z.number().nullable()),
  fitVerdict: z.string().nullable(),
});
export type ModelVersionEvidence = z.infer<typeof EvidenceSchema>;

export const ApprovalSchema = z.object({
  status: z.enum(APPROVAL_STATUSES),
  reason: z.string().nullable(),
  by: z.string().nullable(),
  at: IsoDateTime.nullable(),
  override: z.boolean(),
  /** What the evidence fails of the KPI-linked checks today (empty: it qualifies). */
  problems: z.array(z.string()),
});

export const ModelVersionSchema = z.object({
  id: z.uuid(),
  modelId: z.uuid(),
  modelName: z.string(),
  version: z.number().int(),
  source: z.string(),
  runId: z.uuid().nullable(),
  description: z.string().nullable(),
  dataSetVersion: z.object({ id: z.uuid(), dataSetId: z.uuid(), dataSetName: z.string(), version: z.number().int() }).nullable(),
  approach: z.string().nullable(),
  baseModel: z.string().nullable(),
  format: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  modelCard: z.object({ intendedUse: z.string().nullable(), limitations: z.string().nullable(), ethicalConsiderations: z.string().nullable(), notes: z.string().nullable() }),
  evidence: EvidenceSchema,
  approval: ApprovalSchema,
  aliases: z.array(z.string()),
  tags: z.record(z.string(), z.string()),
  stage: z.string().describe("MLflow's deprecated stage (None, Staging, Production, Archived), kept for old clients"),
  createdBy: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ModelVersion = z.infer<typeof ModelVersionSchema>;
export const ModelVersionPageSchema = pageOf(ModelVersionSchema);

export const RegisteredModelSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  owner: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
  aliases: z.array(z.object({ alias: z.string(), version: z.number().int() })),
  versionCount: z.number().int(),
  latestVersion: z.object({ version: z.number().int(), approval: z.enum(APPROVAL_STATUSES), createdAt: IsoDateTime }).nullable(),
  createdBy: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type RegisteredModel = z.infer<typeof RegisteredModelSchema>;
export const RegisteredModelPageSchema = pageOf(RegisteredModelSchema);

export const AliasEventSchema = z.object({
  id: z.uuid(),
  alias: z.string(),
  fromVersion: z.number().int().nullable(),
  toVersion: z.number().int().nullable(),
  actor: z.string(),
  reason: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type AliasEvent = z.infer<typeof AliasEventSchema>;
export const AliasEventPageSchema = pageOf(AliasEventSchema);
export const AliasAtSchema = z.object({
  alias: z.string(),
  at: IsoDateTime,
  version: z.number().int().nullable().describe("null: the alias pointed nowhere then"),
  periods: z.array(z.object({ version: z.number().int(), from: IsoDateTime, until: IsoDateTime.nullable() })).describe("Which version it pointed to from when until when (null: still), oldest first"),
});
