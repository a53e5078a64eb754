import { z } from "zod";
import { IsoDateTime, optionalText, requiredText } from "./common";

export const TAG_KEY_PATTERN = /^[\w.\-/ ]+$/;
export const TagsSchema = z
  .record(z.string().min(1).max(250).regex(TAG_KEY_PATTERN, "Use letters, digits, _ . - / and spaces"), z.string().max(5000))
  .refine((tags) => Object.keys(tags).length <= 50, "At most 50 tags");

export const CreateExperimentSchema = z.strictObject({
  name: requiredText(200),
  description: optionalText(4000),
  tags: TagsSchema.optional(),
});
export type CreateExperimentInput = z.infer<typeof CreateExperimentSchema>;

export const UpdateExperimentSchema = z.strictObject({
  name: requiredText(200).optional(),
  description: optionalText(4000),
  tags: TagsSchema.optional().describe("Replaces the tags"),
});
export type UpdateExperimentInput = z.infer<typeof UpdateExperimentSchema>;

export const ExperimentSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
  deletedAt: IsoDateTime.nullable().describe("Set when deleted through MLflow's experiments/delete, which deletes its runs too; restore brings both back"),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Experiment = z.infer<typeof ExperimentSchema>;
export const MoveExperimentSchema = z.strictObject({
  toProject: z.string().trim().min(1).max(200).describe("The project to move the experiment and its runs to: id or slug (you need the contributor role there)"),
});
export type MoveExperimentInput = z.infer<typeof MoveExperimentSchema>;
export const ExperimentListSchema = z.object({ items: z.array(ExperimentSchema) });
