import { buildReference, emptyProfile, mergeProfiles, profileAdd, type FeatureProfile, type FeatureReference, type FeatureValue } from "./profile";
import { emptyTraffic, trafficAdd, type TrafficProfile } from "./traffic";

/**
 * From production records to what monitoring stores: a baseline's references (built from rows of features and
 * the prediction), and per UTC hour the traffic and each feature's profile on the baseline's bins.
 */

/** The key under which the prediction's own reference and profile are kept beside the features'. */
export const PREDICTION_KEY = "__prediction";
/** The most rows a baseline is built from (an upload or a production window). */
export const BASELINE_ROWS_MAX = 200_000;

export interface BaselineReferences {
  features: Record<string, FeatureReference>;
  prediction: FeatureReference | null;
}

export interface RecordLike {
  timestamp: string;
  features: Record<string, FeatureValue>;
  prediction: { label?: string | number | boolean | undefined; value?: number | undefined; text?: string | undefined };
  latencyMs?: number | undefined;
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  cost?: number | undefined;
  error?: string | undefined;
}

/** What prediction drift is measured on: the label, else the value; generated text has none. */
export function predictionValue(prediction: RecordLike["prediction"]): FeatureValue {
  return prediction.label ?? prediction.value ?? null;
}

/** The UTC hour a timestamp falls in, as an ISO string. */
export function hourOf(timestamp: string | number): string {
  const ms = typeof timestamp === "number" ? timestamp : Date.parse(timestamp);
  return new Date(Math.floor(ms / 3_600_000) * 3_600_000).toISOString();
}

/** Collects rows and builds a baseline's references: one per feature seen, and the prediction's when given. */
export class BaselineBuilder {
  private readonly columns = new Map<string, FeatureValue[]>();
  private readonly predictions: FeatureValue[] = [];
  private rows = 0;

  get rowCount(): number {
    return this.rows;
  }

  get featureCount(): number {
    return this.columns.size;
  }

  add(features: Record<string, FeatureValue>, prediction?: FeatureValue): void {
    for (const [name, value] of Object.entries(features)) {
      let column = this.columns.get(name);
      if (!column) {
        // A feature first seen in a later row was missing from the rows before it.
        column = new Array<FeatureValue>(this.rows).fill(null);
        this.columns.set(name, column);
      }
      column.push(value);
    }
    this.rows += 1;
    for (const column of this.columns.values()) if (column.length < this.rows) column.push(null);
    this.predictions.push(prediction ?? null);
  }

  build(): BaselineReferences {
    const features: Record<string, FeatureReference> = {};
    for (const name of [...this.columns.keys()].sort()) features[name] = buildReference(this.columns.get(name)!);
    const hasPrediction = this.predictions.some((value) => value !== null && value !== undefined);
    return { features, prediction: hasPrediction ? buildReference(this.predictions) : null };
  }
}

export interface HourFold {
  count: number;
  traffic: TrafficProfile;
  /** Feature name (and PREDICTION_KEY) → profile on the baseline's bins; null without a baseline. */
  profiles: Record<string, FeatureProfile> | null;
}

/** Folds records into their hours: traffic always, profiles on the baseline's bins when there is one. */
export function foldRecords(records: readonly RecordLike[], baseline: BaselineReferences | null): Map<string, HourFold> {
  const hours = new Map<string, HourFold>();
  const names = baseline ? Object.keys(baseline.features) : [];
  for (const record of records) {
    const hour = hourOf(record.timestamp);
    let fold = hours.get(hour);
    if (!fold) {
      fold = { count: 0, traffic: emptyTraffic(), profiles: baseline ? emptyProfiles(baseline) : null };
      hours.set(hour, fold);
    }
    fold.count += 1;
    trafficAdd(fold.traffic, record);
    if (baseline && fold.profiles) {
      for (const name of names) profileAdd(fold.profiles[name]!, baseline.features[name]!, record.features[name]);
      if (baseline.prediction) profileAdd(fold.profiles[PREDICTION_KEY]!, baseline.prediction, predictionValue(record.prediction));
    }
  }
  return hours;
}

export function emptyProfiles(baseline: BaselineReferences): Record<string, FeatureProfile> {
  const profiles: Record<string, FeatureProfile> = {};
  for (const [name, reference] of Object.entries(baseline.features)) profiles[name] = emptyProfile(reference);
  if (baseline.prediction) profiles[PREDICTION_KEY] = emptyProfile(baseline.prediction);
  return profiles;
}

/** Two hours' (or windows') profiles on one baseline together. */
export function mergeProfileSets(a: Record<string, FeatureProfile>, b: Record<string, FeatureProfile>): Record<string, FeatureProfile> {
  const merged: Record<string, FeatureProfile> = { ...a };
  for (const [name, profile] of Object.entries(b)) merged[name] = merged[name] ? mergeProfiles(merged[name], profile) : profile;
  return merged;
}
