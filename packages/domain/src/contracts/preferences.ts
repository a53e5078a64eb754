import { z } from "zod";
import { IsoDateTime, pageOf, PaginationQuery, requiredText } from "./common";
import { PREFERENCE_CHOICES } from "../feedback/preferences";
import { SCORE_SOURCES } from "../feedback/scores";

export const PREFERENCES_PER_REQUEST = 1_000;
/** The most preferences one DPO export takes: a larger set is exported window by window. */
export const DPO_EXPORT_MAX = 100_000;
const TEXT_MAX = 32_000;

/** Text kept exactly as sent (never trimmed), that must say something. */
const verbatim = (max: number) => z.string().max(max).regex(/\S/, "Must not be empty");

export const PreferenceSideInputSchema = z
  .strictObject({
    response: verbatim(TEXT_MAX).describe("The answer, exactly as shown"),
    modelVersionId: z.uuid().optional().describe("The model or prompt version that produced it (a version of the project's registry)"),
    label: z.string().trim().min(1).max(200).optional().describe('A name for what produced it when it is not registered, e.g. "prompt v3"'),
  })
  .refine((side) => side.modelVersionId !== undefined || side.label !== undefined, { path: ["label"], message: "Name the version that produced it: modelVersionId or label" });

export const PreferenceInputSchema = z.strictObject({
  prompt: verbatim(TEXT_MAX).describe("What both answers answer"),
  a: PreferenceSideInputSchema,
  b: PreferenceSideInputSchema,
  choice: z.enum(PREFERENCE_CHOICES).describe("A or B (the better answer), or TIE"),
  reason: z.string().trim().max(4_000).optional(),
  deploymentId: z.uuid().optional().describe("The deployment it was collected on"),
  predictionId: z.string().min(1).max(200).optional().describe("The deployment's prediction it compares"),
  source: z.enum(SCORE_SOURCES).default("END_USER"),
  author: z.string().trim().min(1).max(200).optional().describe("Who chose; default: the caller"),
  timestamp: IsoDateTime.optional().describe("When it was chosen (default now)"),
});
export type PreferenceInput = z.infer<typeof PreferenceInputSchema>;
export const LogPreferencesSchema = z.strictObject({
  preferences: z.array(PreferenceInputSchema).min(1).max(PREFERENCES_PER_REQUEST, `At most ${PREFERENCES_PER_REQUEST} preferences per request`),
});
export type LogPreferencesInput = z.infer<typeof LogPreferencesSchema>;
export const LogPreferencesResultSchema = z.object({ accepted: z.number().int() });

const PreferenceSideSchema = z.object({
  response: z.string(),
  modelVersionId: z.uuid().nullable(),
  label: z.string().nullable(),
  version: z.string().describe('What produced it, for people: "faq-bot v2", or the label'),
});
export const PreferenceSchema = z.object({
  id: z.uuid(),
  prompt: z.string(),
  a: PreferenceSideSchema,
  b: PreferenceSideSchema,
  choice: z.enum(PREFERENCE_CHOICES),
  reason: z.string().nullable(),
  deploymentId: z.uuid().nullable(),
  predictionId: z.string().nullable(),
  source: z.enum(SCORE_SOURCES),
  author: z.string(),
  timestamp: z.string(),
});
export type Preference = z.infer<typeof PreferenceSchema>;
export const PreferencePageSchema = pageOf(PreferenceSchema);

const PreferenceFilter = {
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
  deploymentId: z.uuid().optional(),
  source: z.enum(SCORE_SOURCES).optional(),
};
export const PreferencePageQuerySchema = z.strictObject({ ...PreferenceFilter, exportId: z.uuid().optional().describe("Only those a DPO export took"), ...PaginationQuery });
export type PreferencePageQuery = z.infer<typeof PreferencePageQuerySchema>;
export const WinRatesQuerySchema = z.strictObject(PreferenceFilter);
export type WinRatesQuery = z.infer<typeof WinRatesQuerySchema>;

export const WinRatesSchema = z.object({
  preferences: z.number().int().describe("Preferences in the filter"),
  variants: z.array(
    z.object({
      variant: z.string().describe("The model version's id, or the label"),
      version: z.string().describe("For people"),
      modelVersionId: z.uuid().nullable(),
      comparisons: z.number().int(),
      wins: z.number().int(),
      losses: z.number().int(),
      ties: z.number().int(),
      winRate: z.number().describe("(wins + ties / 2) / comparisons"),
      low: z.number().describe("Wilson's 95 % interval"),
      high: z.number(),
    }),
  ),
  headToHead: z.array(z.object({ variant: z.string(), opponent: z.string(), comparisons: z.number().int(), winRate: z.number() })),
});
export type WinRates = z.infer<typeof WinRatesSchema>;

export const CreateDpoExportSchema = z
  .strictObject({
    dataSetId: z.uuid().optional().describe("The data set the export becomes a new version of"),
    dataSetName: requiredText(200).optional().describe("Or a new data set's name"),
    ...PreferenceFilter,
    note: z.string().trim().max(4_000).optional().describe("Kept in the version's collection notes"),
  })
  .refine((input) => (input.dataSetId === undefined) !== (input.dataSetName === undefined), { path: ["dataSetId"], message: "Give dataSetId or dataSetName (one of them)" });
export type CreateDpoExportInput = z.infer<typeof CreateDpoExportSchema>;

export const DpoExportSchema = z.object({
  id: z.uuid(),
  dataSetId: z.uuid(),
  dataSetName: z.string(),
  dataSetVersionId: z.uuid(),
  version: z.number().int(),
  pairs: z.number().int().describe("Lines written: preferences with a choice"),
  ties: z.number().int().describe("Ties in the filter, left out: they prefer nothing"),
  sizeBytes: z.number().int(),
  fingerprint: z.string().describe("sha256 of the file"),
  filter: z.object({ from: z.string().nullable(), to: z.string().nullable(), deploymentId: z.uuid().nullable(), source: z.enum(SCORE_SOURCES).nullable() }),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type DpoExport = z.infer<typeof DpoExportSchema>;
export const DpoExportListSchema = z.object({ items: z.array(DpoExportSchema) });
