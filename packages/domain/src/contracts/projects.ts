import { z } from "zod";
import { PROJECT_ROLES } from "../access";
import { DEPLOYMENT_STATUSES } from "../deployments";
import { KPI_ROLLUPS } from "../kpi";
import { isReservedSlug, RESERVED_SLUG_PREFIX, SLUG_MAX_LENGTH, SLUG_PATTERN } from "../slug";
import { STAGES } from "../stages";
import { IsoDateTime, optionalText, pageOf, PaginationQuery, requiredText } from "./common";

export const PROJECT_STATUSES = ["ACTIVE", "ARCHIVED", "CLOSED"] as const;
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;
export const StageSchema = z.enum(STAGES);

export const SlugSchema = z
  .string()
  .max(SLUG_MAX_LENGTH)
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens")
  .refine((slug) => !isReservedSlug(slug), `Slugs starting with ${RESERVED_SLUG_PREFIX} are reserved for users' MLflow imports projects`);

const projectFields = {
  description: optionalText(4000),
  businessProblem: optionalText(4000),
  businessGoal: optionalText(4000),
  stakeholders: z.array(requiredText(120)).max(50).optional(),
  budget: z.number().finite().nonnegative().max(1e15).nullable().optional(),
  budgetCurrency: z.string().regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 code").nullable().optional(),
  successCriteria: optionalText(4000),
  owner: optionalText(120),
};

export const CreateProjectSchema = z.strictObject({
  name: requiredText(120),
  slug: SlugSchema.optional().describe("Derived from the name when left out"),
  ...projectFields,
});
export type CreateProjectInput = z.infer<typeof CreateProjectSchema>;

export const UpdateProjectSchema = z.strictObject({
  version: z.number().int().positive().describe("The version you read; a stale one is refused with 409"),
  name: requiredText(120).optional(),
  slug: SlugSchema.optional(),
  status: ProjectStatusSchema.optional(),
  ...projectFields,
});
export type UpdateProjectInput = z.infer<typeof UpdateProjectSchema>;

export const PROJECT_SORT_FIELDS = ["name", "createdAt", "updatedAt", "stageEnteredAt"] as const;

export const ListProjectsQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional().describe("Text search in name, slug, description, goal and owner"),
  status: ProjectStatusSchema.optional().describe("Default: active and closed projects; archived ones only when asked for"),
  stage: StageSchema.optional(),
  owner: z.string().trim().max(120).optional(),
  perStage: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe("Instead of one page: the first N projects of every stage in the sort order (the board's first screen); the rest of a stage is its pages with stage= and pageSize=N"),
  sort: z.enum(PROJECT_SORT_FIELDS).default("updatedAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  ...PaginationQuery,
});
export type ListProjectsQuery = z.infer<typeof ListProjectsQuerySchema>;

export const KpiSummarySchema = z.object({
  status: z.enum(KPI_ROLLUPS),
  total: z.number().int(),
  met: z.number().int(),
  onTrack: z.number().int(),
  atRisk: z.number().int(),
  noData: z.number().int(),
});
export type KpiSummary = z.infer<typeof KpiSummarySchema>;

export const ProjectSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  businessProblem: z.string().nullable(),
  businessGoal: z.string().nullable(),
  stakeholders: z.array(z.string()),
  budget: z.number().nullable(),
  budgetCurrency: z.string().nullable(),
  successCriteria: z.string().nullable(),
  owner: z.string().nullable(),
  status: ProjectStatusSchema,
  currentStage: StageSchema,
  stageEnteredAt: IsoDateTime,
  iteration: z.number().int(),
  version: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  kpiSummary: KpiSummarySchema,
  liveInProduction: z
    .object({
      deploymentName: z.string(),
      status: z.enum(DEPLOYMENT_STATUSES),
      modelName: z.string().nullable().describe("The registered model, or the base model of a foundation-model deployment"),
      version: z.number().int().nullable(),
      customization: z.string().nullable(),
    })
    .nullable()
    .describe("What serves production now: the primary variant of the most recently changed serving production deployment"),
  openAlerts: z.number().int().describe("Alerts of the project's monitors not resolved yet"),
  myRole: z.enum(PROJECT_ROLES).nullable().describe("Your role in the project (instance admins act as leads)"),
});
export type Project = z.infer<typeof ProjectSchema>;

export const ProjectPageSchema = pageOf(ProjectSchema).extend({
  stageCounts: z.record(StageSchema, z.number().int()).describe("How many projects each stage holds under the same filters, whatever the page or the stage asked for: the board's column counts"),
});
export type ProjectPage = z.infer<typeof ProjectPageSchema>;
