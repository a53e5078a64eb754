import { variantsProblem, type VariantInputBody } from "@lifecycle/domain";
import type { z } from "zod";

/** The server's variant rule (one primary, live traffic adding up to 100 %…) checked in the form before sending. */
export function withVariantsRule<T extends z.ZodType<{ variants: VariantInputBody[] }>>(schema: T) {
  return schema.superRefine((value, context) => {
    const problem = variantsProblem(value.variants);
    if (problem) context.addIssue({ code: "custom", path: problem.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message: problem.message });
  });
}
