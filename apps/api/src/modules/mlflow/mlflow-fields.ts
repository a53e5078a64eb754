import { DomainError } from "../../common/errors/domain-error";
import { isPageOffset } from "../runs/runs.mapper";

/** How MLflow clients send a request: a JSON object (or query parameters), unknown fields ignored. */
export type Body = Record<string, unknown>;

/** MLflow's Default experiment, which `mlflow.start_run()` logs to when no experiment is set. */
export const DEFAULT_EXPERIMENT = "0";

export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** An experiment's artifact location, as `mlflow server --serve-artifacts` gives it. */
export const experimentArtifactLocation = (experimentId: string) => `mlflow-artifacts:/${experimentId}`;

export function invalid(message: string): DomainError {
  return new DomainError("VALIDATION_FAILED", message);
}

/** A required text field, MLflow's way: present and a string (numbers given as text are fine elsewhere), at most `max` characters. */
export function text(body: Body, field: string, max = 10_000): string {
  const value = body[field];
  const found = typeof value === "string" && value.length > 0 ? value : typeof value === "number" ? String(value) : null;
  if (found === null) throw invalid(`Missing value for required parameter '${field}'.`);
  if (found.length > max) throw invalid(`'${field}' exceeds the maximum length of ${max} characters.`);
  return found;
}

/** A value MLflow clients send as text (a number or boolean is taken as its text): at most `max` characters, cut there or refused. */
export function valueText(value: unknown, what: string, max: number, over: "cut" | "refuse" = "refuse"): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") throw invalid(`Invalid value for ${what}: it must be a string.`);
  const text = String(value);
  if (text.length <= max) return text;
  if (over === "cut") return text.slice(0, max);
  throw invalid(`The value of ${what} had length ${text.length}, which exceeded length limit of ${max}.`);
}

/** A list of ids (experiment_ids, run_ids): each a string or a number, as MLflow clients send them. */
export function idList(value: unknown, field: string): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.map((item, index) => {
    if (typeof item === "string" || (typeof item === "number" && Number.isFinite(item))) return String(item);
    throw invalid(`Invalid value ${JSON.stringify(item) ?? String(item)} for parameter '${field}[${index}]' supplied: ids are strings.`);
  });
}

/**
 * An experiment id in a form MLflow clients send: MLflow's own are numbers written as text ("0" is the Default),
 * Lifecycle's are uuids. Anything else is a 400, as MLflow answers "abc"; a number other than 0 is a well-formed
 * id that finds nothing here (404).
 */
export function experimentIdOf(value: unknown, field = "experiment_id"): string {
  const id = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  if (typeof id !== "string" || id === "") throw invalid(`Missing value for required parameter '${field}'.`);
  if (!/^\d{1,19}$/.test(id) && !isUuid(id)) throw invalid(`Invalid value ${JSON.stringify(id)} for parameter '${field}' supplied: not an experiment id.`);
  return id;
}

/** A number, accepted as JSON number or as text. */
export function number(value: unknown, field: string): number {
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof parsed === "number" && !Number.isNaN(parsed)) return parsed;
  throw invalid(`Invalid value ${JSON.stringify(value)} for parameter '${field}' supplied: it must be a number.`);
}

/** The instants Lifecycle stores: from year 1 to the end of year 9999, in Unix milliseconds. */
export const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A metric's step: an integer (a JSON number or its text) that fits a signed 64-bit integer; 0 when left out. */
export function step(value: unknown, metricKey: string): number {
  return exactStep(value, metricKey).step;
}

/**
 * The same, with the step's exact decimal text when it is beyond 2^53, where a JavaScript number would round it
 * (the JSON body's own digits, kept by exactStepsMiddleware): 2^62 + 1 is stored and comes back as such.
 */
export function exactStep(value: unknown, metricKey: string): { step: number; text?: string } {
  if (value === undefined || value === null) return { step: 0 };
  const digits = typeof value === "string" && /^[+-]?\d{1,25}$/.test(value.trim()) ? value.trim() : null;
  const parsed = digits !== null ? Number(digits) : value;
  const exact = digits !== null ? BigInt(digits) : typeof parsed === "number" && Number.isInteger(parsed) ? BigInt(parsed) : null;
  if (typeof parsed !== "number" || !Number.isInteger(parsed) || exact === null || exact < -(2n ** 63n) || exact >= 2n ** 63n) {
    throw invalid(`Got invalid step ${JSON.stringify(value)} for metric '${metricKey}'. Step must be a valid long (64-bit integer) value.`);
  }
  return Number.isSafeInteger(parsed) ? { step: parsed } : { step: parsed, text: exact.toString() };
}

/** A time in Unix milliseconds (a JSON number or its text): a whole, non-negative number of ms no later than year 9999. */
export function timestamp(value: unknown, field: string, what = ""): number {
  if (value === undefined || value === null || value === "") throw invalid(`Missing value for required parameter '${field}'.`);
  const parsed = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof parsed !== "number" || !Number.isInteger(parsed) || parsed < 0 || parsed > LATEST_MS) {
    throw invalid(`Got invalid ${field} ${JSON.stringify(value)}${what}. ${field[0]!.toUpperCase()}${field.slice(1)} must be a nonnegative long (64-bit integer) of Unix milliseconds, no later than the year 9999.`);
  }
  return parsed;
}

/** A metric's value: a number, or NaN and the infinities as MLflow writes them ("NaN", "Infinity", "-Infinity"). */
export function metricValue(value: unknown, metricKey: string): number {
  if (typeof value === "number") return value;
  if (value === "NaN" || value === "Infinity" || value === "-Infinity") return Number(value);
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  if (Number.isNaN(parsed)) throw invalid(`Got invalid value ${JSON.stringify(value)} for metric '${metricKey}'. Please specify value as a valid double (64-bit floating point).`);
  return parsed;
}

/** A metric, param or tag name as MLflow allows it: ^[/\w.\- ]*$ (\w in any script, as in Python), no "..", at most 250 characters. */
export function key(value: unknown, field: string): string {
  if (typeof value !== "string" || value.length === 0) throw invalid(`Missing value for required parameter '${field}'.`);
  if (value.length > 250) throw invalid(`'${field}' exceeds the maximum length of 250 characters.`);
  if (!/^[/\p{L}\p{N}\p{M}_.\- ]*$/u.test(value) || value.split("/").includes("..")) throw invalid(`Invalid value "${value}" for parameter '${field}' supplied: names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/), and may not climb out of a path.`);
  return value;
}

/** run_uuid is accepted for run_id, as the Python client sends both. */
export function runIdOf(body: Body): string {
  const value = body.run_id ?? body.run_uuid;
  if (typeof value !== "string" || !value) throw invalid("Missing value for required parameter 'run_id'.");
  return value;
}

/** An ISO time as MLflow's Unix milliseconds. */
export const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : undefined);

/** Offset paging for MLflow's page_token. */
export const pageToken = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString("base64url");
export function pageOffset(token: string): number {
  try {
    const offset = (JSON.parse(Buffer.from(token, "base64url").toString()) as { offset?: unknown }).offset;
    if (isPageOffset(offset)) return offset;
  } catch {
    // fall through
  }
  throw invalid("Invalid page token.");
}
