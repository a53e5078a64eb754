import { z } from "zod";

/** A path inside a run's artifacts: "/"-separated names; "." and ".." are refused by the server. */
export const ArtifactPathSchema = z.string().max(1024).regex(/^[^\\\0]*$/, "No backslashes or NUL");

export const ListArtifactsQuerySchema = z.strictObject({
  path: ArtifactPathSchema.optional().describe("A folder inside the run's artifacts; the root when left out"),
});

export const ArtifactContentQuerySchema = z.strictObject({
  path: ArtifactPathSchema.min(1).describe("The file inside the run's artifacts"),
  inline: z.enum(["true", "false"]).optional().describe("true: shown in the browser (images and text), else downloaded"),
});

export const ArtifactEntrySchema = z.object({
  path: z.string().describe("From the run's artifact root, e.g. model/MLmodel"),
  isDir: z.boolean(),
  size: z.number().int().nullable().describe("Bytes, for files"),
});
export type ArtifactEntry = z.infer<typeof ArtifactEntrySchema>;

export const ArtifactListSchema = z.object({
  rootUri: z.string().describe("Where MLflow clients find the run's artifacts (mlflow-artifacts:/<experiment>/<run>/artifacts)"),
  path: z.string().describe("The folder listed"),
  items: z.array(ArtifactEntrySchema),
});
export type ArtifactList = z.infer<typeof ArtifactListSchema>;

export const SavedArtifactSchema = z.object({ path: z.string(), size: z.number().int() });
export type SavedArtifact = z.infer<typeof SavedArtifactSchema>;
