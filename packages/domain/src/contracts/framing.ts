import { z } from "zod";
import { APPLICATION_AREAS, APPROACHES, LEARNING_PARADIGMS, MODEL_FAMILIES, TASK_TYPES, VOCABULARIES } from "../vocabularies";
import { IsoDateTime, optionalText } from "./common";

export const TaskTypeSchema = z.enum(TASK_TYPES.values);
export const LearningParadigmSchema = z.enum(LEARNING_PARADIGMS.values);
export const ModelFamilySchema = z.enum(MODEL_FAMILIES.values);
export const ApplicationAreaSchema = z.enum(APPLICATION_AREAS.values);
export const ApproachSchema = z.enum(APPROACHES.values);

export const UpsertFramingSchema = z.strictObject({
  mlAppropriate: z.boolean().nullable().optional(),
  mlRationale: optionalText(4000),
  taskType: TaskTypeSchema.nullable().optional(),
  learningParadigm: LearningParadigmSchema.nullable().optional(),
  modelFamily: ModelFamilySchema.nullable().optional(),
  applicationArea: ApplicationAreaSchema.nullable().optional(),
  approach: ApproachSchema.nullable().optional(),
  baseModel: optionalText(200),
  successMetric: optionalText(200),
  successKpiId: z.uuid().nullable().optional().describe("The KPI the success metric serves"),
  latencyConstraint: optionalText(500),
  costConstraint: optionalText(500),
  privacyConstraint: optionalText(500),
});
export type UpsertFramingInput = z.infer<typeof UpsertFramingSchema>;

export const FramingSchema = z.object({
  projectId: z.uuid(),
  mlAppropriate: z.boolean().nullable(),
  mlRationale: z.string().nullable(),
  taskType: TaskTypeSchema.nullable(),
  learningParadigm: LearningParadigmSchema.nullable(),
  modelFamily: ModelFamilySchema.nullable(),
  applicationArea: ApplicationAreaSchema.nullable(),
  approach: ApproachSchema.nullable(),
  baseModel: z.string().nullable(),
  successMetric: z.string().nullable(),
  successKpiId: z.uuid().nullable(),
  latencyConstraint: z.string().nullable(),
  costConstraint: z.string().nullable(),
  privacyConstraint: z.string().nullable(),
  complete: z.boolean(),
  missing: z.array(z.string()).describe("Fields still needed for a complete framing"),
  updatedAt: IsoDateTime.nullable().describe("null until the framing is first saved"),
});
export type Framing = z.infer<typeof FramingSchema>;

const VocabularyEntrySchema = z.object({ value: z.string(), label: z.string(), description: z.string().optional() });
export const VocabulariesSchema = z.object(
  Object.fromEntries(Object.keys(VOCABULARIES).map((key) => [key, z.array(VocabularyEntrySchema)])) as Record<
    keyof typeof VOCABULARIES,
    z.ZodArray<typeof VocabularyEntrySchema>
  >,
);
