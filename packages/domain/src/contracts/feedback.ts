import { z } from "zod";
import { IsoDateTime, optionalText, pageOf, PaginationQuery, requiredText } from "./common";
import { SCORE_SOURCES, SCORE_TYPES, scoreConfigProblem } from "../feedback/scores";
import { WindowQuerySchema } from "./monitoring";

export const SCORES_PER_REQUEST = 1_000;

export const CreateScoreConfigSchema = z
  .strictObject({
    name: requiredText(100).regex(/^[A-Za-z0-9_.\- ]+$/, "Letters, digits, spaces, _ . - only"),
    type: z.enum(SCORE_TYPES),
    min: z.number().finite().nullable().optional(),
    max: z.number().finite().nullable().optional(),
    options: z.array(requiredText(100)).max(50).optional(),
    description: optionalText(2_000),
  })
  .superRefine((input, context) => {
    const problem = scoreConfigProblem({ type: input.type, min: input.min ?? null, max: input.max ?? null, options: input.options ?? [] });
    if (problem) context.addIssue({ code: "custom", path: [problem.path], message: problem.message });
  });
export type CreateScoreConfigInput = z.infer<typeof CreateScoreConfigSchema>;

export const ScoreConfigSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(SCORE_TYPES),
  min: z.number().nullable(),
  max: z.number().nullable(),
  options: z.array(z.string()),
  description: z.string().nullable(),
  scores: z.number().int().describe("Scores given with it"),
  createdAt: z.string(),
});
export type ScoreConfig = z.infer<typeof ScoreConfigSchema>;
export const ScoreConfigListSchema = z.object({ items: z.array(ScoreConfigSchema) });

const ScoreValueSchema = z.union([z.number().finite(), z.string().max(4_000), z.boolean()]);

export const ScoreInputSchema = z.strictObject({
  config: requiredText(100).describe("The score config's name"),
  value: ScoreValueSchema.describe("A number in the config's range, one of its options, a boolean, or text"),
  predictionId: z.string().min(1).max(200).optional().describe("The prediction it scores; without it, the deployment as a whole"),
  source: z.enum(SCORE_SOURCES).default("END_USER"),
  author: z.string().trim().min(1).max(200).optional().describe("Who gave it (an end user's id, an expert's name); default: the caller"),
  comment: z.string().trim().max(4_000).optional(),
  timestamp: IsoDateTime.optional().describe("When it was given (default now)"),
});
export type ScoreInput = z.infer<typeof ScoreInputSchema>;
export const LogScoresSchema = z.strictObject({ scores: z.array(ScoreInputSchema).min(1).max(SCORES_PER_REQUEST, `At most ${SCORES_PER_REQUEST} scores per request`) });
export type LogScoresInput = z.infer<typeof LogScoresSchema>;
export const LogScoresResultSchema = z.object({ accepted: z.number().int() });

export const ScoreSchema = z.object({
  id: z.uuid(),
  config: z.string(),
  value: ScoreValueSchema,
  predictionId: z.string().nullable(),
  source: z.enum(SCORE_SOURCES),
  author: z.string(),
  comment: z.string().nullable(),
  timestamp: z.string(),
});
export type Score = z.infer<typeof ScoreSchema>;
export const ScorePageSchema = pageOf(ScoreSchema);
export const ScorePageQuerySchema = z.strictObject({
  config: z.string().min(1).max(100).optional(),
  source: z.enum(SCORE_SOURCES).optional(),
  predictionId: z.string().min(1).max(200).optional(),
  ...PaginationQuery,
});

export const ScoreSummaryQuerySchema = WindowQuerySchema.extend({ config: z.string().min(1).max(100).describe("The score config's name") });
export const ScoreSummarySchema = z.object({
  config: ScoreConfigSchema,
  windows: z.array(z.object({ from: z.string(), to: z.string(), count: z.number().int(), mean: z.number().nullable().describe("Numbers as given, booleans as 1 / 0"), counts: z.record(z.string(), z.number().int()).describe("Per option, for a categorical score") })),
});
export type ScoreSummary = z.infer<typeof ScoreSummarySchema>;
