/** Hyperparameters Lifecycle knows, shown first and explained; any other key is allowed too. */
export const WELL_KNOWN_PARAMS = [
  { key: "learning_rate", label: "Learning rate", type: "number", description: "How fast the weights are updated." },
  { key: "batch_size", label: "Batch size", type: "number", description: "Training items per update." },
  { key: "epochs", label: "Epochs", type: "number", description: "Complete passes through the training data." },
  { key: "regularization", label: "Regularization", type: "string", description: "How over-fitting is held back: l1, l2, dropout, weight_decay." },
  { key: "l1", label: "L1", type: "number", description: "L1 penalty strength." },
  { key: "l2", label: "L2", type: "number", description: "L2 penalty strength." },
  { key: "dropout", label: "Dropout", type: "number", description: "Share of units dropped while training." },
  { key: "weight_decay", label: "Weight decay", type: "number", description: "Decay applied to the weights at each step." },
  { key: "temperature", label: "Temperature", type: "number", description: "Sampling randomness of a generative model: 0 deterministic, ~0.7 balanced, >1 random." },
  { key: "optimizer", label: "Optimizer", type: "string", description: "The optimisation algorithm, e.g. adam, sgd." },
] as const;

export type ParamValue = number | string | boolean;
export type ParamType = "number" | "string" | "boolean";

const WELL_KNOWN_ORDER = new Map<string, number>(WELL_KNOWN_PARAMS.map((param, index) => [param.key, index]));
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function paramType(value: ParamValue): ParamType {
  return typeof value as ParamType;
}

/**
 * A value sent as text (as MLflow clients send every param) read as what it is:
 * a finite number when it is written as one, a boolean for true/false, else the text.
 */
export function inferParamValue(text: string): ParamValue {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    const number = Number(trimmed);
    if (Number.isFinite(number)) return number;
  }
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  return text;
}

/** Write-once params: the same value again is fine, another one is a conflict. */
export function sameParamValue(a: ParamValue, b: ParamValue): boolean {
  return typeof a === typeof b && a === b;
}

/** Well-known keys first, in their order, then the others alphabetically. */
export function compareParamKeys(a: string, b: string): number {
  const left = WELL_KNOWN_ORDER.get(a) ?? Number.POSITIVE_INFINITY;
  const right = WELL_KNOWN_ORDER.get(b) ?? Number.POSITIVE_INFINITY;
  if (left !== right) return left - right;
  return a.localeCompare(b);
}

/** For a comparison table: each key with every run's value and whether they differ. */
export function diffParams(runs: ReadonlyArray<Record<string, ParamValue>>): Array<{ key: string; values: Array<ParamValue | null>; differs: boolean }> {
  const keys = [...new Set(runs.flatMap((params) => Object.keys(params)))].sort(compareParamKeys);
  return keys.map((key) => {
    const values = runs.map((params) => (key in params ? params[key]! : null));
    const first = values[0];
    const differs = values.some((value) => value === null || first === null || first === undefined || !sameParamValue(value, first));
    return { key, values, differs };
  });
}
