import { z } from "zod";
import { DEPLOYMENT_STATUSES, DEPLOYMENT_TARGETS, ENVIRONMENTS, VARIANT_ROLES } from "../deployments";
import { IsoDateTime, optionalText, pageOf, PaginationQuery, requiredText } from "./common";

const percent = z.number().min(0).max(100);

export const VariantInputSchema = z.strictObject({
  name: requiredText(100),
  role: z.enum(VARIANT_ROLES),
  trafficPercent: percent.nullable().optional().describe("Primary and canary: share of live traffic; all of them add up to 100"),
  samplingPercent: percent.nullable().optional().describe("Shadow: share of requests mirrored to it"),
  modelVersionId: z.uuid().nullable().optional().describe("The model version served (its id)"),
  baseModel: optionalText(200).describe("For a foundation model: the hosted base model"),
  customization: optionalText(500).describe("The adapter or prompt version applied to the base model at runtime"),
});
export type VariantInputBody = z.infer<typeof VariantInputSchema>;

export const CapacitySchema = z.strictObject({
  instances: z.number().int().min(0).max(100_000).nullable().optional(),
  minReplicas: z.number().int().min(0).max(100_000).nullable().optional(),
  maxReplicas: z.number().int().min(0).max(100_000).nullable().optional(),
  memoryMb: z.number().int().min(0).max(10_000_000).nullable().optional(),
  concurrency: z.number().int().min(0).max(1_000_000).nullable().optional(),
  modelUnits: z.number().int().min(0).max(100_000).nullable().optional(),
  instanceType: optionalText(100),
});

export const CreateDeploymentSchema = z.strictObject({
  name: requiredText(200),
  target: z.enum(DEPLOYMENT_TARGETS),
  environment: z.enum(ENVIRONMENTS),
  endpointUrl: optionalText(2000),
  externalRef: optionalText(500).describe("e.g. a SageMaker endpoint name or a Kubernetes service"),
  capacity: CapacitySchema.optional(),
  schedule: optionalText(200).describe("Batch deployments: when they run (cron or words)"),
  description: optionalText(4000),
  variants: z.array(VariantInputSchema).min(1).max(20),
  reason: optionalText(4000),
  override: z.boolean().optional().describe("Deploy to production a version that is not approved (lead only, with a reason; audited)"),
});
export type CreateDeploymentInput = z.infer<typeof CreateDeploymentSchema>;

export const ShiftTrafficSchema = z.strictObject({
  variants: z.array(VariantInputSchema).min(1).max(20),
  reason: optionalText(4000),
  override: z.boolean().optional(),
  version: z.number().int().min(1).optional().describe("The deployment's version you read, to refuse a stale change"),
});
export type ShiftTrafficInput = z.infer<typeof ShiftTrafficSchema>;

export const ChangeDeploymentStatusSchema = z.strictObject({
  status: z.enum(DEPLOYMENT_STATUSES),
  reason: optionalText(4000),
});
export type ChangeDeploymentStatusInput = z.infer<typeof ChangeDeploymentStatusSchema>;

export const RollBackDeploymentSchema = z.strictObject({ reason: requiredText(4000) });

export const VariantSchema = z.object({
  name: z.string(),
  role: z.enum(VARIANT_ROLES),
  trafficPercent: z.number().nullable(),
  samplingPercent: z.number().nullable(),
  modelVersion: z.object({ id: z.uuid(), modelId: z.uuid(), modelName: z.string(), version: z.number().int(), approval: z.enum(["PENDING", "APPROVED", "REJECTED"]) }).nullable(),
  baseModel: z.string().nullable(),
  customization: z.string().nullable(),
});

export const DeploymentSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  target: z.enum(DEPLOYMENT_TARGETS),
  environment: z.enum(ENVIRONMENTS),
  status: z.enum(DEPLOYMENT_STATUSES),
  endpointUrl: z.string().nullable(),
  externalRef: z.string().nullable(),
  capacity: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  schedule: z.string().nullable(),
  description: z.string().nullable(),
  variants: z.array(VariantSchema),
  version: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Deployment = z.infer<typeof DeploymentSchema>;
export const DeploymentPageSchema = pageOf(DeploymentSchema);
export const DeploymentPageQuerySchema = z.strictObject({ ...PaginationQuery, environment: z.enum(ENVIRONMENTS).optional(), includeRetired: z.enum(["true", "false"]).optional() });

export const DeploymentEventSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["CREATED", "STATUS_CHANGED", "TRAFFIC_SHIFTED", "ROLLED_BACK"]),
  fromStatus: z.enum(DEPLOYMENT_STATUSES).nullable(),
  toStatus: z.enum(DEPLOYMENT_STATUSES).nullable(),
  variants: z.array(VariantSchema).nullable(),
  actor: z.string(),
  reason: z.string().nullable(),
  override: z.boolean(),
  createdAt: IsoDateTime,
});
export const DeploymentEventPageSchema = pageOf(DeploymentEventSchema);
