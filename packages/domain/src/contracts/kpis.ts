import { z } from "zod";
import { KPI_DIRECTIONS, KPI_STATUSES } from "../kpi";
import { IsoDate, IsoDateTime, optionalText, pageOf, PaginationQuery, requiredText } from "./common";

export const KpiDirectionSchema = z.enum(KPI_DIRECTIONS);

/** KPI figures Lifecycle can compute with: beyond ±1e15 a difference of two of them is no longer exact. */
export const KPI_VALUE_LIMIT = 1e15;
const kpiNumber = () => z.number().finite().min(-KPI_VALUE_LIMIT).max(KPI_VALUE_LIMIT);

const kpiFields = {
  description: optionalText(2000),
  unit: optionalText(40),
  baseline: kpiNumber().nullable().optional(),
  target: kpiNumber().nullable().optional(),
  deadline: IsoDate.nullable().optional().describe("Calendar date (YYYY-MM-DD) the target is due"),
  metricKey: z
    .string()
    .trim()
    .max(250)
    .regex(/^[\w.\-/ ]*$/, "Use letters, digits, _ . - / and spaces")
    .nullable()
    .optional()
    .describe("Experiment metric this KPI is measured by, e.g. f1_macro"),
};

export const CreateKpiSchema = z.strictObject({
  name: requiredText(120),
  direction: KpiDirectionSchema,
  ...kpiFields,
});
export type CreateKpiInput = z.infer<typeof CreateKpiSchema>;

export const UpdateKpiSchema = z.strictObject({
  name: requiredText(120).optional(),
  direction: KpiDirectionSchema.optional(),
  ...kpiFields,
});
export type UpdateKpiInput = z.infer<typeof UpdateKpiSchema>;

export const MeasurementSchema = z.object({
  id: z.uuid(),
  value: z.number(),
  measuredAt: IsoDateTime,
  source: z.string().nullable(),
  note: z.string().nullable(),
});
export type KpiMeasurementView = z.infer<typeof MeasurementSchema>;

export const CreateMeasurementSchema = z.strictObject({
  value: kpiNumber(),
  measuredAt: IsoDateTime.optional().describe("Defaults to now"),
  source: optionalText(200),
  note: optionalText(2000),
});
export type CreateMeasurementInput = z.infer<typeof CreateMeasurementSchema>;
export const UpdateMeasurementSchema = CreateMeasurementSchema.partial().strict();
export type UpdateMeasurementInput = z.infer<typeof UpdateMeasurementSchema>;

export const KpiAssessmentSchema = z.object({
  current: z.number().nullable(),
  currentAt: IsoDateTime.nullable(),
  progress: z.number().nullable().describe("Share of the way from baseline to target, 0 to 1"),
  met: z.boolean(),
  onTrack: z.boolean().nullable(),
  status: z.enum(KPI_STATUSES),
  projectedAtDeadline: z.number().nullable(),
});

export const KpiSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  unit: z.string().nullable(),
  direction: KpiDirectionSchema,
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  deadline: IsoDate.nullable(),
  metricKey: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  measurementCount: z.number().int(),
  assessment: KpiAssessmentSchema,
  trend: z.array(MeasurementSchema).describe("The latest measurements, oldest first, for a sparkline"),
  evidence: z
    .object({
      runsMeeting: z.number().int().describe("Runs whose latest test evaluation meets the target"),
      runsEvaluated: z.number().int(),
      best: z.object({ runId: z.uuid(), runName: z.string(), experimentId: z.uuid(), value: z.number() }).nullable(),
    })
    .nullable()
    .describe("For a KPI linked to a metric: how the runs' test evaluations measure up (a KPI in % compares with the figure × 100)"),
});
export type Kpi = z.infer<typeof KpiSchema>;

export const KpiListSchema = z.object({ items: z.array(KpiSchema) });
export const ListMeasurementsQuerySchema = z.strictObject({ ...PaginationQuery });
export const MeasurementPageSchema = pageOf(MeasurementSchema);
