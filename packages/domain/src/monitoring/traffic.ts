import { emptySketch, sketchAdd, sketchMerge, sketchQuantile, type QuantileSketch } from "./sketch";

/**
 * A deployment's traffic in a window — volume, failures, latency, tokens and cost — folded record by record
 * and merged by adding, like the feature profiles: hours roll up into days without reading records again.
 */
export interface TrafficProfile {
  count: number;
  errors: number;
  latency: QuantileSketch;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  /** Records that carried a cost (cost per request divides by these). */
  costed: number;
}

export function emptyTraffic(): TrafficProfile {
  return { count: 0, errors: 0, latency: emptySketch(), inputTokens: 0, outputTokens: 0, cost: 0, costed: 0 };
}

export function trafficAdd(traffic: TrafficProfile, record: { latencyMs?: number | undefined; inputTokens?: number | undefined; outputTokens?: number | undefined; cost?: number | undefined; error?: string | undefined }): void {
  traffic.count += 1;
  if (record.error !== undefined) traffic.errors += 1;
  if (record.latencyMs !== undefined) sketchAdd(traffic.latency, record.latencyMs);
  traffic.inputTokens += record.inputTokens ?? 0;
  traffic.outputTokens += record.outputTokens ?? 0;
  if (record.cost !== undefined) {
    traffic.cost += record.cost;
    traffic.costed += 1;
  }
}

export function mergeTraffic(a: TrafficProfile, b: TrafficProfile): TrafficProfile {
  return {
    count: a.count + b.count,
    errors: a.errors + b.errors,
    latency: sketchMerge(a.latency, b.latency),
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cost: a.cost + b.cost,
    costed: a.costed + b.costed,
  };
}

/** The figures a window shows: error rate, latency p50 / p95 (within the sketch's 1 %), cost per request. */
export function trafficFigures(traffic: TrafficProfile) {
  return {
    count: traffic.count,
    errors: traffic.errors,
    errorRate: traffic.count ? traffic.errors / traffic.count : null,
    latencyP50Ms: sketchQuantile(traffic.latency, 0.5),
    latencyP95Ms: sketchQuantile(traffic.latency, 0.95),
    inputTokens: traffic.inputTokens,
    outputTokens: traffic.outputTokens,
    cost: traffic.cost,
    costPerRequest: traffic.costed ? traffic.cost / traffic.costed : null,
  };
}
