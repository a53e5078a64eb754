import { z } from "zod";
import { IsoDateTime, optionalText, requiredText } from "./common";

/** What the data is: structured (tables, relational, time series) or not (text, images, audio, video, documents). */
export const DATA_KINDS = ["TABLE", "RELATIONAL", "TIME_SERIES", "TEXT", "IMAGE", "AUDIO", "VIDEO", "DOCUMENTS"] as const;
export const STRUCTURED_KINDS: ReadonlySet<string> = new Set(["TABLE", "RELATIONAL", "TIME_SERIES"]);
export const LABELLINGS = ["LABELLED", "UNLABELLED", "PARTLY_LABELLED"] as const;
/** Who labelled it: people, a program, or the model itself (self-supervised pseudo-labels). */
export const LABEL_SOURCES = ["HUMAN", "AUTOMATIC", "SELF_SUPERVISED"] as const;
export const STANDARD_SPLITS = ["train", "validation", "test"] as const;

const SplitNameSchema = z.string().min(1).max(60).regex(/^[\w.\- ]+$/, "Use letters, digits, _ . - and spaces");

export const CreateDataSetSchema = z.strictObject({
  name: requiredText(200),
  description: optionalText(4000),
  kind: z.enum(DATA_KINDS),
  labelling: z.enum(LABELLINGS),
  labelSource: z.enum(LABEL_SOURCES).nullable().optional().describe("Who labelled it; none for unlabelled data"),
  sourceUri: optionalText(2000).describe("Where the data lives, e.g. s3://bucket/path or a database table"),
  format: optionalText(100).describe("e.g. CSV, Parquet, JPEG, JSONL"),
  owner: optionalText(200),
});
export type CreateDataSetInput = z.infer<typeof CreateDataSetSchema>;
export const UpdateDataSetSchema = CreateDataSetSchema.partial().strict();
export type UpdateDataSetInput = z.infer<typeof UpdateDataSetSchema>;

export const CreateDataSetVersionSchema = z.strictObject({
  fingerprint: requiredText(200).describe("A content hash or other fingerprint of exactly this data"),
  itemCount: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).describe("Rows, images, documents …"),
  sizeBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  features: z
    .array(z.strictObject({ name: requiredText(200), type: requiredText(100) }))
    .max(2000)
    .optional()
    .describe("The schema or feature list"),
  labelDistribution: z.record(z.string().min(1).max(200), z.number().int().min(0)).optional().describe("Items per label"),
  collectionNotes: optionalText(8000).describe("How the data was collected and integrated"),
  preprocessing: z.array(requiredText(2000)).max(200).optional().describe("Preprocessing and feature-engineering steps, in order"),
  splits: z
    .array(z.strictObject({ name: SplitNameSchema, count: z.number().int().min(0) }))
    .min(1)
    .max(20)
    .describe("Counts must add up to itemCount"),
});
export type CreateDataSetVersionInput = z.infer<typeof CreateDataSetVersionSchema>;

export const DataSplitSchema = z.object({ name: z.string(), count: z.number().int() });
export const DataUseSchema = z.object({
  runId: z.uuid(),
  runName: z.string(),
  experimentId: z.uuid(),
  split: z.string(),
  purpose: z.enum(["TRAINING", "EVALUATION"]),
});

export const DataSetVersionSchema = z.object({
  id: z.uuid(),
  dataSetId: z.uuid(),
  version: z.number().int(),
  fingerprint: z.string(),
  itemCount: z.number().int(),
  sizeBytes: z.number().int().nullable(),
  features: z.array(z.object({ name: z.string(), type: z.string() })),
  labelDistribution: z.record(z.string(), z.number().int()),
  collectionNotes: z.string().nullable(),
  preprocessing: z.array(z.string()),
  splits: z.array(DataSplitSchema),
  preferenceExport: z
    .object({ id: z.uuid(), pairs: z.number().int(), ties: z.number().int(), createdBy: z.string() })
    .nullable()
    .describe("When the version is a DPO export of pairwise preferences: which (its lineage back to the feedback)"),
  /** Runs that trained or were evaluated on this version. */
  usedBy: z.array(DataUseSchema),
  createdAt: IsoDateTime,
});
export type DataSetVersion = z.infer<typeof DataSetVersionSchema>;

export const DataSetSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(DATA_KINDS),
  structured: z.boolean(),
  labelling: z.enum(LABELLINGS),
  labelSource: z.enum(LABEL_SOURCES).nullable(),
  sourceUri: z.string().nullable(),
  format: z.string().nullable(),
  owner: z.string().nullable(),
  versions: z.array(DataSetVersionSchema).describe("Newest first"),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DataSet = z.infer<typeof DataSetSchema>;
export const DataSetListSchema = z.object({ items: z.array(DataSetSchema) });

/** A run's use of a data set version's split, for lineage. */
export const LinkRunDataSchema = z.strictObject({
  versionId: z.uuid(),
  split: SplitNameSchema,
  purpose: z.enum(["TRAINING", "EVALUATION"]),
});
export type LinkRunDataInput = z.infer<typeof LinkRunDataSchema>;
export const RunDataSchema = z.object({
  id: z.uuid(),
  dataSetId: z.uuid(),
  dataSetName: z.string(),
  versionId: z.uuid(),
  version: z.number().int(),
  split: z.string(),
  purpose: z.enum(["TRAINING", "EVALUATION"]),
});
export type RunData = z.infer<typeof RunDataSchema>;
export const RunDataListSchema = z.object({ items: z.array(RunDataSchema) });

/** A data set a run read, as MLflow clients log it (mlflow.log_input): identified by name and digest, described by its source. */
export const RunInputSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  digest: z.string(),
  sourceType: z.string().describe("e.g. local, http, s3, hugging_face, code"),
  source: z.string().describe("The source as the client described it (JSON text for MLflow's sources)"),
  schema: z.string().nullable(),
  profile: z.string().nullable(),
  context: z.string().nullable().describe("training, validation, testing … (the mlflow.data.context tag)"),
  tags: z.record(z.string(), z.string()),
  createdAt: IsoDateTime,
});
export type RunInput = z.infer<typeof RunInputSchema>;
export const RunInputListSchema = z.object({ items: z.array(RunInputSchema) });

/** Why the splits do not add up, naming them, or null when they do. */
export function splitsProblem(itemCount: number, splits: ReadonlyArray<{ name: string; count: number }>): { path: string; message: string } | null {
  const seen = new Map<string, number>();
  for (const [index, split] of splits.entries()) {
    if (seen.has(split.name)) return { path: `splits.${index}.name`, message: `Split "${split.name}" is given twice` };
    seen.set(split.name, index);
  }
  const sum = splits.reduce((total, split) => total + split.count, 0);
  if (sum === itemCount) return null;
  const spelled = splits.map((split) => `${split.name} ${split.count.toLocaleString("en")}`).join(" + ");
  return { path: `splits.${splits.length - 1}.count`, message: `${spelled} = ${sum.toLocaleString("en")}, not the version's ${itemCount.toLocaleString("en")} items` };
}

/** Whether a version has the three standard splits, each with items. */
export const hasStandardSplits = (splits: ReadonlyArray<{ name: string; count: number }>) => STANDARD_SPLITS.every((name) => splits.some((split) => split.name === name && split.count > 0));
