import { z } from "zod";
import { FIT_VERDICTS } from "../evaluation/fit";
import { APPROACHES } from "../vocabularies";
import { IsoDateTime, optionalText, requiredText } from "./common";
import { TagsSchema } from "./experiments";

export const RUN_STATUSES = ["SCHEDULED", "RUNNING", "FINISHED", "FAILED", "KILLED"] as const;
export const RunStatusSchema = z.enum(RUN_STATUSES);
export const TERMINAL_RUN_STATUSES: ReadonlySet<string> = new Set(["FINISHED", "FAILED", "KILLED"]);
export const METRIC_SPLITS = ["train", "validation", "test"] as const;

/** Metric and param names: letters, digits, _ . - / and spaces, never climbing out of a path. */
export const TrackingKeySchema = z
  .string()
  .min(1)
  .max(250)
  .regex(/^[\p{L}\p{N}\p{M}_.\-/ ]+$/u, "Use letters, digits, _ . - / and spaces")
  .refine((key) => !key.split("/").includes(".."), "May not contain ..");

/** JSON has no NaN or infinities: they travel as these strings. */
export const NON_FINITE = ["NaN", "Infinity", "-Infinity"] as const;
export const MetricValueSchema = z.union([z.number(), z.enum(NON_FINITE)]);
export type MetricValue = z.infer<typeof MetricValueSchema>;

export function toMetricNumber(value: MetricValue): number {
  return typeof value === "number" ? value : Number(value);
}

export function fromMetricNumber(value: number): MetricValue {
  if (Number.isFinite(value)) return value;
  return Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
}

export const ParamValueSchema = z.union([z.number().finite(), z.string().max(6000), z.boolean()]);

export const BATCH_LIMITS = { metrics: 10_000, params: 1_000, tags: 1_000 } as const;

export const MetricInputSchema = z.strictObject({
  key: TrackingKeySchema,
  value: MetricValueSchema,
  step: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe("Default 0"),
  timestamp: IsoDateTime.optional().describe("Default: when the server receives it"),
  split: z.enum(METRIC_SPLITS).optional(),
});

export const LogParamSchema = z.strictObject({ key: TrackingKeySchema, value: ParamValueSchema });
export const SaveTagSchema = z.strictObject({ key: TrackingKeySchema, value: z.string().max(5000) });

export const LogBatchSchema = z.strictObject({
  metrics: z.array(MetricInputSchema).max(BATCH_LIMITS.metrics, `At most ${BATCH_LIMITS.metrics} metric points per batch`).optional(),
  params: z.array(LogParamSchema).max(BATCH_LIMITS.params, `At most ${BATCH_LIMITS.params} params per batch`).optional(),
  tags: z.array(SaveTagSchema).max(BATCH_LIMITS.tags, `At most ${BATCH_LIMITS.tags} tags per batch`).optional(),
});
export type LogBatchInput = z.infer<typeof LogBatchSchema>;
export const BatchResultSchema = z.object({ metrics: z.number().int(), params: z.number().int(), tags: z.number().int() });

export const CreateRunSchema = z.strictObject({
  name: requiredText(200).optional().describe("Default: run-<first characters of the id>"),
  status: RunStatusSchema.optional(),
  startTime: IsoDateTime.optional(),
  notes: optionalText(8000),
  source: optionalText(500).describe("e.g. a git commit and entry point"),
  baseModel: optionalText(200),
  approach: z.enum(APPROACHES.values).nullable().optional(),
  tags: TagsSchema.optional(),
});
export type CreateRunInput = z.infer<typeof CreateRunSchema>;

export const UpdateRunSchema = z.strictObject({
  name: requiredText(200).optional(),
  status: RunStatusSchema.optional().describe("Ending a run sets its end time unless one is given"),
  endTime: IsoDateTime.nullable().optional(),
  notes: optionalText(8000),
});
export type UpdateRunInput = z.infer<typeof UpdateRunSchema>;

export const RunParamSchema = z.object({
  key: z.string(),
  value: ParamValueSchema,
  text: z.string().describe("The value exactly as it was sent (MLflow clients send text: 1.0 stays 1.0); search and the write-once rule compare it"),
  type: z.enum(["number", "string", "boolean"]),
});
export const MetricSummarySchema = z.object({
  key: z.string(),
  split: z.string().nullable(),
  latest: MetricValueSchema,
  latestStep: z.number().int(),
  latestAt: IsoDateTime,
  min: MetricValueSchema,
  max: MetricValueSchema,
  count: z.number().int(),
});

export const RunSchema = z.object({
  id: z.uuid(),
  experimentId: z.uuid(),
  name: z.string(),
  status: RunStatusSchema,
  startTime: IsoDateTime,
  endTime: IsoDateTime.nullable(),
  durationMs: z.number().nullable(),
  iteration: z.number().int(),
  notes: z.string().nullable(),
  source: z.string().nullable(),
  baseModel: z.string().nullable(),
  approach: z.string().nullable(),
  deletedAt: IsoDateTime.nullable(),
  fitVerdict: z.enum(FIT_VERDICTS).nullable().describe("The latest fit diagnosis; search it as fit = 'overfit'"),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  params: z.array(RunParamSchema).describe("Well-known keys first"),
  kpis: z
    .array(z.object({ kpiId: z.uuid(), name: z.string(), value: z.number().nullable(), met: z.boolean() }))
    .describe("The project's metric-linked KPIs against the run's latest test evaluation"),
  tags: z.record(z.string(), z.string()),
  metrics: z.array(MetricSummarySchema),
});
export type Run = z.infer<typeof RunSchema>;

export const ListRunsQuerySchema = z.strictObject({
  filter: z.string().max(4000).optional().describe("e.g. metrics.loss < 0.5 AND params.optimizer = 'adam'"),
  orderBy: z.string().max(300).optional().describe("e.g. metrics.loss ASC; default: newest first"),
  pageSize: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().max(200).optional(),
  includeDeleted: z.enum(["true", "false"]).default("false"),
});
export const RunPageSchema = z.object({ items: z.array(RunSchema), nextCursor: z.string().nullable() });

export const MetricHistoryQuerySchema = z.strictObject({
  split: z.enum(METRIC_SPLITS).optional(),
  pageSize: z.coerce.number().int().min(1).max(25_000).default(1000),
  cursor: z.string().max(200).optional(),
});
export const MetricHistoryPageSchema = z.object({
  items: z.array(z.object({ step: z.number().int(), value: MetricValueSchema, timestamp: IsoDateTime })),
  nextCursor: z.string().nullable(),
});

const idList = (min: number, max: number) =>
  z
    .string()
    .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(z.uuid()).min(min, `Give at least ${min} run ids`).max(max, `Give at most ${max} run ids`).refine((ids) => new Set(ids).size === ids.length, "Name each run once"));

export const SampledMetricsQuerySchema = z.strictObject({
  runIds: idList(1, 20).describe("Comma-separated run ids, 1 to 20"),
  keys: z
    .string()
    .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(TrackingKeySchema).min(1).max(20))
    .describe("Comma-separated metric keys, 1 to 20"),
  split: z.enum(METRIC_SPLITS).optional(),
  fromStep: z.coerce.number().int().min(0).optional(),
  toStep: z.coerce.number().int().min(0).optional(),
  maxPoints: z.coerce.number().int().min(2).max(10_000).default(1000),
});

export const SampledMetricsSchema = z.object({
  series: z.array(
    z.object({
      runId: z.uuid(),
      key: z.string(),
      sampled: z.boolean().describe("Whether points were left out; each bucket keeps its lowest and highest point"),
      total: z.number().int(),
      points: z.array(z.object({ step: z.number().int(), value: MetricValueSchema })),
    }),
  ),
});

export const CompareRunsQuerySchema = z.strictObject({
  runIds: idList(2, 20).describe("Comma-separated run ids, 2 to 20, in the order to show them"),
});

export const RunComparisonSchema = z.object({
  runs: z.array(RunSchema).describe("In the order asked for"),
  params: z.array(z.object({ key: z.string(), values: z.array(ParamValueSchema.nullable()), differs: z.boolean() })).describe("Well-known keys first; values line up with runs, null where a run lacks the param"),
  metrics: z.array(z.object({ key: z.string(), split: z.string().nullable(), values: z.array(MetricValueSchema.nullable()) })).describe("Each series' latest value per run"),
});
export type RunComparison = z.infer<typeof RunComparisonSchema>;
