import { productionProblem, statusMovesFrom, variantsProblem, type DeploymentFacts, type VariantInput } from "./deployments";

const primary = (trafficPercent: number, extra: Partial<VariantInput> = {}): VariantInput => ({ name: "primary", role: "PRIMARY", trafficPercent, modelVersionId: "v1", ...extra });
const canary = (trafficPercent: number, extra: Partial<VariantInput> = {}): VariantInput => ({ name: "canary", role: "CANARY", trafficPercent, modelVersionId: "v2", ...extra });
const shadow = (samplingPercent: number | null, extra: Partial<VariantInput> = {}): VariantInput => ({ name: "shadow", role: "SHADOW", samplingPercent, modelVersionId: "v3", ...extra });

describe("variantsProblem", () => {
  it("accepts a primary alone, a canary split and a sampled shadow", () => {
    expect(variantsProblem([primary(100)])).toBeNull();
    expect(variantsProblem([primary(90), canary(10), shadow(5)])).toBeNull();
    expect(variantsProblem([primary(33.33), canary(33.33), canary(33.34, { name: "canary-b" })])).toBeNull();
  });

  it.each<[string, VariantInput[], string, string]>([
    ["no variant", [], "variants", "at least one"],
    ["traffic short of 100 %", [primary(90), canary(5)], "variants", "add up to 95 %"],
    ["traffic over 100 %", [primary(100), canary(1)], "variants", "101 %"],
    ["two primaries", [primary(50), primary(50, { name: "other" })], "variants", "exactly one primary"],
    ["no primary", [canary(100)], "variants", "exactly one primary"],
    ["a shadow with traffic", [primary(100), shadow(5, { trafficPercent: 10 })], "variants.1.trafficPercent", "no live traffic"],
    ["a shadow without sampling", [primary(100), shadow(null)], "variants.1.samplingPercent", "share of requests"],
    ["a canary with sampling", [primary(90), canary(10, { samplingPercent: 5 })], "variants.1.samplingPercent", "Only shadow"],
    ["a primary without traffic", [{ name: "p", role: "PRIMARY", modelVersionId: "v1" }], "variants.0.trafficPercent", "share of live traffic"],
    ["two variants of one name", [primary(50), canary(50, { name: "primary" })], "variants.1.name", "Another variant"],
    ["nothing to serve", [primary(100, { modelVersionId: null })], "variants.0.modelVersionId", "model version"],
    ["three decimals", [primary(99.999), canary(0.001)], "variants.0.trafficPercent", "two decimals"],
  ])("refuses %s", (_why, variants, path, message) => {
    const problem = variantsProblem(variants);
    expect(problem?.path).toBe(path);
    expect(problem?.message).toContain(message);
  });
});

describe("status moves", () => {
  it("ends at retired and reaches rolled back only by a rollback", () => {
    expect(statusMovesFrom("RETIRED")).toEqual([]);
    for (const from of ["PLANNED", "DEPLOYING", "LIVE", "DEGRADED", "FAILED", "ROLLED_BACK"] as const) expect(statusMovesFrom(from)).not.toContain("ROLLED_BACK");
    expect(statusMovesFrom("PLANNED")).toContain("LIVE");
  });
});

describe("productionProblem", () => {
  const approved = { label: "spam v3", approval: "APPROVED" as const };
  const live = (overrides: Partial<DeploymentFacts> = {}): DeploymentFacts => ({
    name: "inbox-api",
    environment: "PRODUCTION",
    status: "LIVE",
    variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersion: approved, baseModel: null, customization: null }],
    ...overrides,
  });

  it("counts an approved version live in production with all of its traffic", () => {
    expect(productionProblem(live(), false)).toBeNull();
    expect(productionProblem(live({ status: "DEGRADED" }), false)).toBeNull();
  });

  it("says what is missing", () => {
    expect(productionProblem(live({ environment: "STAGING" }), false)).toBe("inbox-api is in staging, not production");
    expect(productionProblem(live({ status: "PLANNED" }), false)).toBe("inbox-api is planned, not live");
    expect(productionProblem(live({ variants: [{ ...live().variants[0]!, trafficPercent: 90 }] }), false)).toBe("inbox-api accounts for 90 % of its traffic, not 100 %");
    expect(productionProblem(live({ variants: [{ ...live().variants[0]!, modelVersion: { label: "spam v4", approval: "PENDING" } }] }), false)).toContain("spam v4, which is pending, not approved");
  });

  it("lets a shadow serve an unapproved version, and a canary only an approved one", () => {
    const variants = [
      { name: "primary", role: "PRIMARY" as const, trafficPercent: 90, modelVersion: approved, baseModel: null, customization: null },
      { name: "shadow", role: "SHADOW" as const, trafficPercent: null, modelVersion: { label: "spam v5", approval: "PENDING" as const }, baseModel: null, customization: null },
    ];
    expect(productionProblem(live({ variants: [...variants, { ...variants[0]!, name: "canary", role: "CANARY", trafficPercent: 10 }] }), false)).toBeNull();
    expect(productionProblem(live({ variants: [...variants, { ...variants[1]!, name: "canary", role: "CANARY", trafficPercent: 10 }] }), false)).toContain("canary variant serves spam v5");
  });

  it("takes a base model with its prompt or adapter when the approach trains nothing", () => {
    const foundation = live({ variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersion: null, baseModel: "claude-sonnet", customization: "prompt support-triage v4" }] });
    expect(productionProblem(foundation, true)).toBeNull();
    expect(productionProblem(foundation, false)).toContain("the approach trains a model");
    expect(productionProblem(live({ variants: [{ ...foundation.variants[0]!, customization: null }] }), true)).toContain("prompt or adapter");
  });
});
