import { APPROACHES_NEEDING_BASE_MODEL } from "./vocabularies";

export interface FramingFacts {
  mlAppropriate: boolean | null;
  mlRationale: string | null;
  taskType: string | null;
  learningParadigm: string | null;
  modelFamily: string | null;
  applicationArea: string | null;
  approach: string | null;
  baseModel: string | null;
  successMetric: string | null;
}

const REQUIRED_FIELDS: ReadonlyArray<[keyof FramingFacts, string]> = [
  ["mlAppropriate", "whether ML is appropriate"],
  ["mlRationale", "the rationale"],
  ["taskType", "task type"],
  ["learningParadigm", "learning paradigm"],
  ["modelFamily", "model family"],
  ["applicationArea", "application area"],
  ["approach", "approach"],
  ["successMetric", "success metric"],
];

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * What a framing still lacks, as field names and readable labels. When ML is
 * judged not appropriate only the decision and its rationale are needed.
 */
export function missingFramingFields(framing: FramingFacts | null): Array<{ field: keyof FramingFacts; label: string }> {
  const facts: Partial<FramingFacts> = framing ?? {};
  const required = facts.mlAppropriate === false ? REQUIRED_FIELDS.slice(0, 2) : REQUIRED_FIELDS;
  const missing = required.filter(([field]) => isBlank(facts[field])).map(([field, label]) => ({ field, label }));
  if (facts.mlAppropriate !== false && facts.approach && APPROACHES_NEEDING_BASE_MODEL.has(facts.approach) && isBlank(facts.baseModel)) {
    missing.push({ field: "baseModel", label: "base or foundation model" });
  }
  return missing;
}
