import { z } from "zod";
import { IsoDateTime, optionalText } from "./common";

export const EVALUATION_SPLITS = ["validation", "test"] as const;
export const EVALUATION_KINDS = ["CLASSIFICATION", "REGRESSION", "GENERATION"] as const;
export const EVALUATION_LIMITS = { labels: 1000, scores: 100_000, pairs: 100_000, streamedPairs: 1_000_000 } as const;

const common = {
  split: z.enum(EVALUATION_SPLITS),
  name: optionalText(200).describe("e.g. the checkpoint or the threshold evaluated"),
};
const finite = z.number().finite();

export const ClassificationInputSchema = z.strictObject({
  kind: z.literal("CLASSIFICATION"),
  ...common,
  labels: z.array(z.string().min(1).max(200)).min(2).max(EVALUATION_LIMITS.labels),
  matrix: z.array(z.array(z.number())).describe("Counts: rows the actual class, columns the predicted one"),
  binaryScores: z
    .strictObject({
      positiveLabel: z.string().min(1).max(200),
      scores: z.array(finite).max(EVALUATION_LIMITS.scores).describe("The model's score for the positive label, per item"),
      actual: z.array(z.boolean()).max(EVALUATION_LIMITS.scores).describe("Whether each item is actually positive"),
    })
    .optional()
    .describe("For ROC and precision-recall curves of a binary classifier"),
});

export const RegressionInputSchema = z.strictObject({
  kind: z.literal("REGRESSION"),
  ...common,
  actual: z.array(finite).max(EVALUATION_LIMITS.pairs).optional().describe("True values; for more pairs, stream CSV to …/evaluations/regression-pairs"),
  predicted: z.array(finite).max(EVALUATION_LIMITS.pairs).optional(),
  values: z
    .strictObject({ mae: finite.min(0), mse: finite.min(0), rmse: finite.min(0), r2: finite.nullable(), mape: finite.min(0).nullable() })
    .optional()
    .describe("Metrics computed elsewhere, instead of the pairs"),
});

export const GenerationInputSchema = z.strictObject({
  kind: z.literal("GENERATION"),
  ...common,
  scores: z.record(z.string().min(1).max(200).regex(/^[\w.\-/ ]+$/, "Use letters, digits, _ . - / and spaces"), finite).describe("Benchmark or rubric scores by name"),
  humanRatings: z.strictObject({ count: z.number().int().min(1), mean: finite, scaleMax: finite.optional().describe("e.g. 5 for a 1–5 scale") }).optional(),
});

export const CreateEvaluationSchema = z.discriminatedUnion("kind", [ClassificationInputSchema, RegressionInputSchema, GenerationInputSchema]);
export type CreateEvaluationInput = z.infer<typeof CreateEvaluationSchema>;

export const StreamedRegressionQuerySchema = z.strictObject({ split: z.enum(EVALUATION_SPLITS), name: z.string().max(200).optional() });

const ClassMetricsSchema = z.object({ label: z.string(), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number().int(), predicted: z.number().int() });
const AveragesSchema = z.object({ precision: z.number(), recall: z.number(), f1: z.number() });
const CurveSchema = z.array(z.object({ x: z.number(), y: z.number() }));

export const EvaluationSchema = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  split: z.enum(EVALUATION_SPLITS),
  kind: z.enum(EVALUATION_KINDS),
  name: z.string().nullable(),
  /** Every figure by name (accuracy, f1_macro, precision_spam, rmse, …): what KPIs are checked against. */
  metrics: z.record(z.string(), z.number().nullable()),
  classification: z
    .object({
      labels: z.array(z.string()),
      matrix: z.array(z.array(z.number().int())),
      total: z.number().int(),
      accuracy: z.number(),
      perClass: z.array(ClassMetricsSchema),
      macro: AveragesSchema,
      weighted: AveragesSchema,
      curves: z.object({ positiveLabel: z.string(), roc: CurveSchema, rocAuc: z.number(), pr: CurveSchema, averagePrecision: z.number() }).nullable(),
    })
    .nullable(),
  regression: z
    .object({
      count: z.number().int().nullable(),
      mae: z.number(),
      mse: z.number(),
      rmse: z.number(),
      r2: z.number().nullable(),
      mape: z.number().nullable(),
      mapeExcluded: z.number().int().nullable(),
      residuals: z.object({ edges: z.array(z.number()), counts: z.array(z.number().int()) }).nullable(),
      /** Up to 2,000 (actual, predicted) pairs drawn evenly, for a scatter plot. */
      sample: z.array(z.tuple([z.number(), z.number()])),
    })
    .nullable(),
  generation: z
    .object({ scores: z.record(z.string(), z.number()), humanRatings: z.object({ count: z.number().int(), mean: z.number(), scaleMax: z.number().nullable() }).nullable() })
    .nullable(),
  createdAt: IsoDateTime,
});
export type Evaluation = z.infer<typeof EvaluationSchema>;
export const EvaluationListSchema = z.object({ items: z.array(EvaluationSchema) });
