import { z } from "zod";
import { MONITOR_FIGURES, MONITOR_OPERATORS, MONITOR_STATES, NO_DATA_POLICIES, thresholdProblem, type MonitorFigure, type MonitorOperator } from "../monitoring/monitors";
import { IsoDateTime, requiredText } from "./common";

/** The most records one request may carry. */
export const RECORDS_PER_REQUEST = 10_000;
/** The most features a record may carry, and the longest name and text value. */
export const FEATURES_PER_RECORD = 500;
export const FEATURE_NAME_MAX = 200;
export const FEATURE_TEXT_MAX = 2_000;
/** Records are kept this many days unless LIFECYCLE_RECORD_RETENTION_DAYS says otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;
/** A record may be stamped at most this far ahead of the server's clock. */
export const FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;

const FeatureName = z.string().min(1).max(FEATURE_NAME_MAX).regex(/^(?!__)/, "Names starting with __ are reserved");
export const FeatureValueSchema = z.union([z.number().finite(), z.string().max(FEATURE_TEXT_MAX), z.boolean(), z.null()]);

export const PredictionSchema = z
  .strictObject({
    label: z.union([z.string().max(FEATURE_TEXT_MAX), z.number().finite(), z.boolean()]).optional().describe("A classifier's answer"),
    scores: z.record(z.string().min(1).max(FEATURE_NAME_MAX), z.number().finite()).optional().describe("Score per class"),
    value: z.number().finite().optional().describe("A regressor's answer"),
    text: z.string().max(100_000).optional().describe("Generated text"),
  })
  .refine((prediction) => prediction.label !== undefined || prediction.value !== undefined || prediction.text !== undefined, {
    message: "Give the prediction's label, value or text",
  });
export type Prediction = z.infer<typeof PredictionSchema>;

export const InferenceRecordSchema = z.strictObject({
  predictionId: z.string().min(1).max(200).describe("The client's id, unique per deployment: a repeated id is ignored (counted as a duplicate)"),
  timestamp: IsoDateTime.describe("When the prediction was made; within the retention period and at most a day ahead"),
  features: z
    .record(FeatureName, FeatureValueSchema)
    .refine((features) => Object.keys(features).length <= FEATURES_PER_RECORD, `At most ${FEATURES_PER_RECORD} features`),
  prediction: PredictionSchema,
  variant: z.string().min(1).max(200).optional().describe("The deployment variant that answered"),
  latencyMs: z.number().finite().min(0).optional(),
  inputTokens: z.number().int().min(0).max(2_000_000_000).optional(),
  outputTokens: z.number().int().min(0).max(2_000_000_000).optional(),
  cost: z.number().finite().min(0).optional().describe("Cost of the request, in the project's currency"),
  error: z.string().max(FEATURE_TEXT_MAX).optional().describe("Set when the prediction failed"),
});
export type InferenceRecordInput = z.infer<typeof InferenceRecordSchema>;

export const LogRecordsSchema = z.strictObject({
  records: z.array(InferenceRecordSchema).min(1).max(RECORDS_PER_REQUEST, `At most ${RECORDS_PER_REQUEST} records per request`),
});
export type LogRecordsInput = z.infer<typeof LogRecordsSchema>;

export const LogRecordsResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int().describe("Records whose prediction id the deployment already had (or that repeated one earlier in the request): ignored"),
  duplicatePredictionIds: z.array(z.string()).describe("The first 100 of them"),
  profiled: z.boolean().describe("Whether an active baseline profiled the accepted records for drift"),
});
export type LogRecordsResult = z.infer<typeof LogRecordsResultSchema>;

export const InferenceRecordViewSchema = InferenceRecordSchema.extend({ receivedAt: z.string() });
export type InferenceRecordView = z.infer<typeof InferenceRecordViewSchema>;
export const InferenceRecordPageSchema = z.object({
  items: z.array(InferenceRecordViewSchema),
  nextCursor: z.string().nullable().describe("Pass as cursor for the next (older) page"),
});

export const RecordPageQuerySchema = z.strictObject({
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
  cursor: z.string().max(500).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const WINDOW_SIZES = { "1h": 3_600_000, "6h": 6 * 3_600_000, "1d": 24 * 3_600_000 } as const;
export type WindowSize = keyof typeof WINDOW_SIZES;
export const MAX_WINDOWS = 744;

export const WindowQuerySchema = z.strictObject({
  from: IsoDateTime.optional().describe("Default: a day before `to`"),
  to: IsoDateTime.optional().describe("Default: now"),
  window: z.enum(Object.keys(WINDOW_SIZES) as [WindowSize, ...WindowSize[]]).default("1h"),
});
export type WindowQuery = z.infer<typeof WindowQuerySchema>;

export const BASELINE_SOURCES = ["DATA_SET", "PRODUCTION"] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

export const CreateProductionBaselineSchema = z.strictObject({
  name: requiredText(200),
  from: IsoDateTime,
  to: IsoDateTime,
  activate: z.boolean().default(true).describe("Make it the baseline drift is measured against (default)"),
});
export type CreateProductionBaselineInput = z.infer<typeof CreateProductionBaselineSchema>;

export const UploadBaselineQuerySchema = z.strictObject({
  name: requiredText(200),
  dataSetVersionId: z.uuid().optional().describe("The data set version whose split these rows are"),
  split: z.string().min(1).max(100).optional().describe("e.g. train"),
  predictionColumn: z.string().min(1).max(FEATURE_NAME_MAX).optional().describe("The column holding the model's prediction (or label); the others are features"),
  activate: z.enum(["true", "false"]).default("true"),
});
export type UploadBaselineQuery = z.infer<typeof UploadBaselineQuerySchema>;

const FeatureSummarySchema = z.object({
  name: z.string(),
  kind: z.enum(["numeric", "categorical"]),
  count: z.number().int(),
  missing: z.number().int(),
  binning: z.union([
    z.object({ method: z.literal("quantile"), edges: z.array(z.number()), epsilon: z.number() }),
    z.object({ method: z.literal("top-categories"), categories: z.array(z.string()), epsilon: z.number() }),
  ]),
  binCounts: z.array(z.number().int()),
  mean: z.number().nullable(),
  std: z.number().nullable(),
});

export const BaselineSchema = z.object({
  id: z.uuid(),
  deploymentId: z.uuid(),
  name: z.string(),
  source: z.enum(BASELINE_SOURCES),
  dataSetVersionId: z.string().nullable(),
  split: z.string().nullable(),
  windowFrom: z.string().nullable(),
  windowTo: z.string().nullable(),
  rowCount: z.number().int(),
  active: z.boolean(),
  features: z.array(FeatureSummarySchema),
  prediction: FeatureSummarySchema.nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Baseline = z.infer<typeof BaselineSchema>;
export const BaselineListSchema = z.object({ items: z.array(BaselineSchema) });

const FeatureDriftSchema = z.object({
  method: z.enum(["ks", "wasserstein", "chi-square", "jensen-shannon"]).nullable(),
  score: z.number().nullable(),
  statistic: z.number().nullable(),
  threshold: z.number(),
  drifted: z.boolean(),
  psi: z.number().nullable(),
  psiBand: z.enum(["stable", "moderate", "significant"]).nullable(),
  referenceCount: z.number().int(),
  windowCount: z.number().int(),
  windowMissing: z.number().int(),
  note: z.string().nullable(),
});

const WindowDriftSchema = FeatureDriftSchema.extend({ binCounts: z.array(z.number().int()).describe("The window's counts on the baseline's bins") });

export const DriftReportSchema = z.object({
  baseline: z.object({ id: z.uuid(), name: z.string() }).nullable().describe("Null when the deployment has no active baseline"),
  thresholds: z.object({ pValue: z.number(), distance: z.number(), psiModerate: z.number(), psiSignificant: z.number(), datasetShare: z.number() }),
  windows: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      count: z.number().int(),
      features: z.record(z.string(), WindowDriftSchema),
      prediction: WindowDriftSchema.nullable(),
      dataset: z.object({ features: z.number().int(), drifted: z.number().int(), share: z.number(), datasetDrifted: z.boolean() }),
    }),
  ),
});
export type DriftReport = z.infer<typeof DriftReportSchema>;

export const TrafficReportSchema = z.object({
  windows: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      count: z.number().int(),
      errors: z.number().int(),
      errorRate: z.number().nullable(),
      latencyP50Ms: z.number().nullable(),
      latencyP95Ms: z.number().nullable(),
      inputTokens: z.number().int(),
      outputTokens: z.number().int(),
      cost: z.number(),
      costPerRequest: z.number().nullable(),
    }),
  ),
});
export type TrafficReport = z.infer<typeof TrafficReportSchema>;

const MonitorFigureSchema = z.enum(Object.keys(MONITOR_FIGURES) as [MonitorFigure, ...MonitorFigure[]]);
const MonitorOperatorSchema = z.enum(Object.keys(MONITOR_OPERATORS) as [MonitorOperator, ...MonitorOperator[]]);
const WindowSizeSchema = z.enum(Object.keys(WINDOW_SIZES) as [WindowSize, ...WindowSize[]]);

export const CreateMonitorSchema = z
  .strictObject({
    name: requiredText(200),
    figure: MonitorFigureSchema,
    feature: z.string().min(1).max(FEATURE_NAME_MAX).optional().describe("The feature, for feature_psi; the score config's name, for feedback_mean"),
    operator: MonitorOperatorSchema,
    warning: z.number().finite().nullable().optional(),
    alert: z.number().finite(),
    window: WindowSizeSchema.default("1h"),
    cadence: WindowSizeSchema.default("1h").describe("How often a window is evaluated; at most the window (a 1d window every 1h slides by an hour)"),
    noData: z.enum(NO_DATA_POLICIES).default("NO_DATA").describe("What a window without a figure makes of the monitor"),
    kpiId: z.uuid().nullable().optional().describe("A KPI of the project that gets each evaluated window's figure as a measurement"),
  })
  .superRefine((monitor, context) => {
    if (monitor.figure === "feature_psi" && !monitor.feature) context.addIssue({ code: "custom", path: ["feature"], message: "Name the feature whose PSI to watch" });
    if (monitor.figure === "feedback_mean" && !monitor.feature) context.addIssue({ code: "custom", path: ["feature"], message: "Name the score config whose mean to watch" });
    if (monitor.figure !== "feature_psi" && monitor.figure !== "feedback_mean" && monitor.feature) context.addIssue({ code: "custom", path: ["feature"], message: "Only feature_psi (a feature) and feedback_mean (a score config) name one" });
    if (WINDOW_SIZES[monitor.cadence] > WINDOW_SIZES[monitor.window]) context.addIssue({ code: "custom", path: ["cadence"], message: "At most the window" });
    const problem = thresholdProblem({ operator: monitor.operator, warning: monitor.warning ?? null, alert: monitor.alert });
    if (problem) context.addIssue({ code: "custom", path: ["warning"], message: problem });
  });
export type CreateMonitorInput = z.infer<typeof CreateMonitorSchema>;

export const MonitorSchema = z.object({
  id: z.uuid(),
  deploymentId: z.uuid(),
  name: z.string(),
  figure: MonitorFigureSchema,
  feature: z.string().nullable(),
  operator: MonitorOperatorSchema,
  warning: z.number().nullable(),
  alert: z.number(),
  window: WindowSizeSchema,
  cadence: WindowSizeSchema,
  noData: z.enum(NO_DATA_POLICIES),
  state: z.enum(MONITOR_STATES).nullable().describe("Null until a window was evaluated"),
  lastValue: z.number().nullable(),
  lastWindowTo: z.string().nullable(),
  nextDueAt: z.string(),
  kpiId: z.string().nullable(),
  openAlerts: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Monitor = z.infer<typeof MonitorSchema>;
export const MonitorListSchema = z.object({ items: z.array(MonitorSchema) });

export const MonitorEvaluationSchema = z.object({ windowFrom: z.string(), windowTo: z.string(), value: z.number().nullable(), state: z.enum(MONITOR_STATES), evaluatedAt: z.string() });
export const MonitorEvaluationPageSchema = z.object({ items: z.array(MonitorEvaluationSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const ALERT_STATUSES = ["OPEN", "ACKNOWLEDGED", "RESOLVED"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const AlertSchema = z.object({
  id: z.uuid(),
  deploymentId: z.uuid(),
  deploymentName: z.string(),
  monitorId: z.uuid(),
  monitorName: z.string(),
  status: z.enum(ALERT_STATUSES),
  message: z.string(),
  value: z.number().nullable(),
  windowFrom: z.string(),
  windowTo: z.string(),
  openedAt: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgeNote: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolveNote: z.string().nullable(),
});
export type Alert = z.infer<typeof AlertSchema>;
export const AlertPageSchema = z.object({ items: z.array(AlertSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const AlertPageQuerySchema = z.strictObject({
  status: z.enum(["OPEN", "ACKNOWLEDGED", "RESOLVED", "UNRESOLVED"]).optional().describe("UNRESOLVED: open or acknowledged"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const AlertActionSchema = z.strictObject({ note: z.string().trim().max(2_000).optional() });

// ---- actuals and production evaluation --------------------------------------------------------------------

export const ActualSchema = z
  .strictObject({
    predictionId: z.string().min(1).max(200).describe("The prediction it is the truth for"),
    label: z.union([z.string().max(FEATURE_TEXT_MAX), z.number().finite(), z.boolean()]).optional().describe("The true class"),
    value: z.number().finite().optional().describe("The true number"),
  })
  .refine((actual) => (actual.label === undefined) !== (actual.value === undefined), { message: "Give the true label or the true value (one of them)", path: ["label"] });
export const LogActualsSchema = z.strictObject({
  actuals: z.array(ActualSchema).min(1).max(RECORDS_PER_REQUEST, `At most ${RECORDS_PER_REQUEST} actuals per request`),
});
export type LogActualsInput = z.infer<typeof LogActualsSchema>;
export const LogActualsResultSchema = z.object({
  joined: z.number().int().describe("Actuals joined with their prediction and counted in its hour's production metrics"),
  duplicates: z.number().int().describe("Actuals for a prediction that already had one (or repeated in the request): ignored, the first is kept"),
  unknown: z.number().int().describe("Actuals for prediction ids the deployment does not have (never sent, or past the retention): not kept"),
  unknownPredictionIds: z.array(z.string()).describe("The first 100 of them"),
});
export type LogActualsResult = z.infer<typeof LogActualsResultSchema>;

const ClassMetricsSchema = z.object({ label: z.string(), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number().int(), predicted: z.number().int() });
const AveragesSchema = z.object({ precision: z.number(), recall: z.number(), f1: z.number() });
export const OutcomeReportSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("classification"),
    labels: z.array(z.string()),
    matrix: z.array(z.array(z.number().int())).describe("Rows the actual class, columns the predicted one"),
    report: z.object({ total: z.number().int(), accuracy: z.number(), perClass: z.array(ClassMetricsSchema), macro: AveragesSchema, weighted: AveragesSchema }),
  }),
  z.object({
    kind: z.literal("regression"),
    metrics: z.object({ count: z.number().int(), mae: z.number(), mse: z.number(), rmse: z.number(), r2: z.number().nullable(), mape: z.number().nullable(), mapeExcluded: z.number().int() }),
  }),
]);
export const PerformanceReportSchema = z.object({
  reference: z
    .object({ modelVersion: z.string().describe("The primary variant's model version, e.g. scorer v3"), testMetrics: z.record(z.string(), z.number().nullable()) })
    .nullable()
    .describe("What the deployed version scored on its test split, to compare production with"),
  windows: z.array(z.object({ from: z.string(), to: z.string(), labelled: z.number().int(), report: OutcomeReportSchema.nullable() })),
  total: OutcomeReportSchema.nullable().describe("The whole span at once"),
});
export type PerformanceReport = z.infer<typeof PerformanceReportSchema>;
