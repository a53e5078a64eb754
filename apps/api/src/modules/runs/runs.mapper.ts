import { compareParamKeys, fromMetricNumber, type Run } from "@lifecycle/domain";
import { toIso } from "../../common/text";
import type { NewParam, RunRow } from "./runs.repository";

export function paramValueOf(param: NewParam): number | string | boolean {
  if (param.type === "number") return param.numberValue ?? Number(param.textValue);
  if (param.type === "boolean") return param.textValue.trim().toLowerCase() === "true";
  return param.textValue;
}

export function toRunView(row: RunRow, kpis: Run["kpis"] = []): Run {
  return {
    id: row.id,
    experimentId: row.experimentId,
    name: row.name,
    status: row.status,
    startTime: row.startTime.toISOString(),
    endTime: toIso(row.endTime),
    durationMs: row.endTime ? row.endTime.getTime() - row.startTime.getTime() : null,
    iteration: row.iteration,
    notes: row.notes,
    source: row.source,
    baseModel: row.baseModel,
    approach: row.approach,
    deletedAt: toIso(row.deletedAt),
    fitVerdict: row.fitVerdict as Run["fitVerdict"],
    kpis,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    params: [...row.params]
      .sort((a, b) => compareParamKeys(a.key, b.key))
      .map((param) => ({ key: param.key, value: paramValueOf(param), text: param.textValue, type: param.type as "number" | "string" | "boolean" })),
    tags: Object.fromEntries(row.tags.map((tag) => [tag.key, tag.value])),
    metrics: row.summaries.map((summary) => ({
      key: summary.key,
      split: summary.split || null,
      latest: fromMetricNumber(summary.latestValue),
      latestStep: Number(summary.latestStep),
      latestAt: summary.latestAt.toISOString(),
      min: fromMetricNumber(summary.minValue),
      max: fromMetricNumber(summary.maxValue),
      count: Number(summary.count),
    })),
  };
}

/** Opaque cursors: base64url JSON of the last row's sort keys. */
export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (value: unknown) => value is T): T | null | undefined {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Where a page of a series' history ends: the last point's step and id, as text. */
export interface HistoryCursor {
  step: string;
  id: string;
}
/** A signed 64-bit integer written in decimal, as Postgres' bigint takes it. */
const isInt64Text = (value: unknown): value is string => typeof value === "string" && /^-?\d{1,19}$/.test(value) && BigInt(value) >= -(2n ** 63n) && BigInt(value) < 2n ** 63n;
const isHistoryCursor = (value: unknown): value is HistoryCursor =>
  typeof value === "object" && value !== null && isInt64Text((value as { step?: unknown }).step) && isInt64Text((value as { id?: unknown }).id);

/** The furthest a page may start: offsets past it are no page this API gave out (and would not fit Postgres' OFFSET cheaply). */
export const MAX_PAGE_OFFSET = 1_000_000_000;
export const isPageOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PAGE_OFFSET;

/** A history cursor this API gave out: null for none, undefined for one it did not. */
export const decodeHistoryCursor = (cursor: string | undefined) => decodeCursor(cursor, isHistoryCursor);
