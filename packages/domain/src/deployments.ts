/** Where a model serves, as the seed's lifecycle names the choices. */
export const DEPLOYMENT_TARGETS = ["REAL_TIME", "SERVERLESS", "ASYNCHRONOUS", "BATCH", "ON_PREMISES", "FOUNDATION_MODEL"] as const;
export type DeploymentTarget = (typeof DEPLOYMENT_TARGETS)[number];
export const DEPLOYMENT_TARGET_LABELS: Record<DeploymentTarget, string> = {
  REAL_TIME: "Real-time endpoint",
  SERVERLESS: "Serverless",
  ASYNCHRONOUS: "Asynchronous",
  BATCH: "Batch (scheduled)",
  ON_PREMISES: "On-premises / edge",
  FOUNDATION_MODEL: "Managed foundation model",
};

export const ENVIRONMENTS = ["DEV", "STAGING", "PRODUCTION"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const DEPLOYMENT_STATUSES = ["PLANNED", "DEPLOYING", "LIVE", "DEGRADED", "ROLLED_BACK", "FAILED", "RETIRED"] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/** Statuses in which a deployment answers requests. ROLLED_BACK serves the variant set a rollback restored. */
export const SERVING_STATUSES: ReadonlySet<DeploymentStatus> = new Set(["LIVE", "DEGRADED", "ROLLED_BACK"]);

/** Which status may follow which when set by hand; ROLLED_BACK is reached only by a rollback, RETIRED ends it. */
const STATUS_MOVES: Record<DeploymentStatus, readonly DeploymentStatus[]> = {
  PLANNED: ["DEPLOYING", "LIVE", "FAILED", "RETIRED"],
  DEPLOYING: ["LIVE", "FAILED", "RETIRED"],
  LIVE: ["DEPLOYING", "DEGRADED", "RETIRED"],
  DEGRADED: ["LIVE", "DEPLOYING", "FAILED", "RETIRED"],
  ROLLED_BACK: ["LIVE", "DEGRADED", "DEPLOYING", "RETIRED"],
  FAILED: ["DEPLOYING", "RETIRED"],
  RETIRED: [],
};

export function statusMovesFrom(status: DeploymentStatus): readonly DeploymentStatus[] {
  return STATUS_MOVES[status];
}

export const VARIANT_ROLES = ["PRIMARY", "CANARY", "SHADOW"] as const;
export type VariantRole = (typeof VARIANT_ROLES)[number];

export interface VariantInput {
  name: string;
  role: VariantRole;
  /** Share of live traffic, in percent; primary and canary variants only. */
  trafficPercent?: number | null;
  /** Share of requests mirrored to a shadow variant, in percent; shadows only. */
  samplingPercent?: number | null;
  modelVersionId?: string | null;
  baseModel?: string | null;
  customization?: string | null;
}

/** Traffic is kept in hundredths of a percent, so that 33.33 + 33.33 + 33.34 adds up exactly. */
const hundredths = (percent: number) => Math.round(percent * 100);

/** The first thing wrong with a variant set, naming the field (variants[i].trafficPercent …), or null. */
export function variantsProblem(variants: readonly VariantInput[]): { path: string; message: string } | null {
  if (variants.length === 0) return { path: "variants", message: "A deployment serves at least one variant" };
  const names = new Set<string>();
  for (const [index, variant] of variants.entries()) {
    const at = `variants.${index}`;
    if (names.has(variant.name)) return { path: `${at}.name`, message: `Another variant is called "${variant.name}"` };
    names.add(variant.name);
    if (!variant.modelVersionId && !variant.baseModel) return { path: `${at}.modelVersionId`, message: "Give a model version, or a base model (with its adapter or prompt) for a foundation model" };
    for (const field of ["trafficPercent", "samplingPercent"] as const) {
      const value = variant[field];
      if (value !== null && value !== undefined && Math.abs(value * 100 - hundredths(value)) > 1e-6)
        return { path: `${at}.${field}`, message: "At most two decimals" };
    }
    if (variant.role === "SHADOW") {
      if (variant.trafficPercent) return { path: `${at}.trafficPercent`, message: "A shadow variant takes no live traffic: give its samplingPercent instead" };
      if (!variant.samplingPercent) return { path: `${at}.samplingPercent`, message: "A shadow variant needs the share of requests mirrored to it (above 0, at most 100)" };
    } else {
      if (variant.samplingPercent) return { path: `${at}.samplingPercent`, message: "Only shadow variants are sampled: give trafficPercent" };
      if (variant.trafficPercent === null || variant.trafficPercent === undefined) return { path: `${at}.trafficPercent`, message: "Give the share of live traffic, in percent" };
    }
  }
  const primaries = variants.filter((variant) => variant.role === "PRIMARY").length;
  if (primaries !== 1) return { path: "variants", message: `A deployment has exactly one primary variant; this set has ${primaries}` };
  const total = variants.filter((variant) => variant.role !== "SHADOW").reduce((sum, variant) => sum + hundredths(variant.trafficPercent ?? 0), 0);
  if (total !== 10_000) return { path: "variants", message: `Live traffic must add up to 100 %; the variants add up to ${total / 100} %` };
  return null;
}

/** What the Deployment gate looks at of a deployment. */
export interface DeploymentFacts {
  name: string;
  environment: Environment;
  status: DeploymentStatus;
  variants: ReadonlyArray<{
    name: string;
    role: VariantRole;
    trafficPercent: number | null;
    modelVersion: { label: string; approval: "PENDING" | "APPROVED" | "REJECTED" } | null;
    baseModel: string | null;
    customization: string | null;
  }>;
}

/**
 * Why a deployment does not count as the project's model live in production, or null when it does: it must serve
 * in production, its live traffic must add up to 100 %, and every variant taking traffic must be an approved model
 * version — or, when the approach trains nothing, a base model with its prompt or adapter.
 */
export function productionProblem(deployment: DeploymentFacts, trainsNothing: boolean): string | null {
  if (deployment.environment !== "PRODUCTION") return `${deployment.name} is in ${deployment.environment.toLowerCase()}, not production`;
  if (!SERVING_STATUSES.has(deployment.status)) return `${deployment.name} is ${deployment.status.toLowerCase().replace("_", " ")}, not live`;
  const serving = deployment.variants.filter((variant) => variant.role !== "SHADOW");
  const total = serving.reduce((sum, variant) => sum + hundredths(variant.trafficPercent ?? 0), 0);
  if (total !== 10_000) return `${deployment.name} accounts for ${total / 100} % of its traffic, not 100 %`;
  for (const variant of serving.filter((item) => (item.trafficPercent ?? 0) > 0)) {
    if (variant.modelVersion) {
      if (variant.modelVersion.approval !== "APPROVED") return `${deployment.name}'s ${variant.role.toLowerCase()} variant serves ${variant.modelVersion.label}, which is ${variant.modelVersion.approval.toLowerCase()}, not approved`;
    } else if (!trainsNothing) {
      return `${deployment.name}'s ${variant.role.toLowerCase()} variant serves a base model, but the approach trains a model: deploy an approved model version`;
    } else if (!variant.baseModel || !variant.customization) {
      return `${deployment.name}'s ${variant.role.toLowerCase()} variant needs a base model and its prompt or adapter version`;
    }
  }
  return null;
}
