import { z } from "zod";
import { FIT_VERDICTS } from "../evaluation/fit";
import { TrackingKeySchema } from "./runs";

export const FitThresholdsSchema = z.strictObject({
  minPoints: z.number().int().min(2).max(1000).optional().describe("Points each curve needs (default 5)"),
  tail: z.number().min(0.05).max(0.5).optional().describe("The last share of the steps looked at for late trends (default 0.2)"),
  maxGap: z.number().min(0).max(100).optional().describe("Largest relative validation–training gap before overfitting (default 0.2)"),
  riseTolerance: z.number().min(0).max(10).optional().describe("Relative rise of validation error after its best tolerated (default 0.05)"),
  steepImprovement: z.number().min(0).max(10).optional().describe("Relative improvement over the tail that means training stopped early (default 0.05)"),
});
export type FitThresholdsInput = z.infer<typeof FitThresholdsSchema>;
export const FitThresholdsViewSchema = z.object({ minPoints: z.number(), tail: z.number(), maxGap: z.number(), riseTolerance: z.number(), steepImprovement: z.number() });

export const RunFitQuerySchema = z.strictObject({
  metric: TrackingKeySchema.optional().describe("Default: loss, or the first metric logged on both train and validation"),
  direction: z.enum(["LOWER_IS_BETTER", "HIGHER_IS_BETTER"]).optional().describe("Default: the linked KPI's, else lower is better for loss and error names, higher otherwise"),
});

const nullableNumber = z.number().nullable();
export const RunFitSchema = z.object({
  metric: z.string().nullable().describe("null when no metric has both train and validation points"),
  direction: z.enum(["LOWER_IS_BETTER", "HIGHER_IS_BETTER"]),
  target: nullableNumber.describe("The linked KPI's target, when one is linked to the metric"),
  available: z.array(z.string()).describe("Metrics logged on both train and validation"),
  diagnosis: z
    .object({
      verdict: z.enum(FIT_VERDICTS),
      reason: z.string(),
      evidence: z.object({
        bestStep: nullableNumber,
        bestValidation: nullableNumber,
        finalTrain: nullableNumber,
        finalValidation: nullableNumber,
        gap: nullableNumber,
        validationRise: nullableNumber,
        tailImprovement: nullableNumber,
        bias: nullableNumber,
        variance: nullableNumber,
        spreadAcrossRuns: nullableNumber,
      }),
      thresholds: FitThresholdsViewSchema,
    })
    .nullable(),
});
export type RunFit = z.infer<typeof RunFitSchema>;

/** Lower is better for losses and errors, higher for scores. */
export const guessDirection = (metric: string): "LOWER_IS_BETTER" | "HIGHER_IS_BETTER" =>
  /loss|error|mae|mse|rmse|mape|perplexity|wer|cer/i.test(metric) ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER";
