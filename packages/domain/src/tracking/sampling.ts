export interface MetricPoint {
  step: number;
  value: number;
}

export interface SampledSeries {
  /** Whether points were dropped; false means every point in the range is here. */
  sampled: boolean;
  /** Points in the range before sampling. */
  total: number;
  points: MetricPoint[];
}

export interface SampleOptions {
  maxPoints: number;
  fromStep?: number;
  toStep?: number;
}

/**
 * Thins a series, sorted by step, to at most `maxPoints` for a chart without
 * losing its shape: the step range is cut into maxPoints / 2 equal buckets and
 * each keeps its lowest and highest point (in step order), so a spike never
 * vanishes. NaN never wins a bucket's min or max; a bucket of only NaN keeps one.
 */
export function sampleSeries(series: readonly MetricPoint[], { maxPoints, fromStep = -Infinity, toStep = Infinity }: SampleOptions): SampledSeries {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError("maxPoints must be an integer of at least 2");
  const inRange = series.filter((point) => point.step >= fromStep && point.step <= toStep);
  if (inRange.length <= maxPoints) return { sampled: false, total: inRange.length, points: inRange };

  const first = inRange[0]!.step;
  const last = inRange[inRange.length - 1]!.step;
  const bucketCount = Math.floor(maxPoints / 2);
  const width = (last - first) / bucketCount || 1;
  const buckets: Array<{ min: MetricPoint | null; max: MetricPoint | null; nan: MetricPoint | null }> = Array.from({ length: bucketCount }, () => ({ min: null, max: null, nan: null }));
  for (const point of inRange) {
    const bucket = buckets[Math.min(bucketCount - 1, Math.floor((point.step - first) / width))]!;
    if (Number.isNaN(point.value)) {
      bucket.nan ??= point;
      continue;
    }
    if (!bucket.min || point.value < bucket.min.value) bucket.min = point;
    if (!bucket.max || point.value > bucket.max.value) bucket.max = point;
  }
  const points: MetricPoint[] = [];
  for (const { min, max, nan } of buckets) {
    if (!min || !max) {
      if (nan) points.push(nan);
      continue;
    }
    if (min === max) points.push(min);
    else points.push(...(min.step <= max.step ? [min, max] : [max, min]));
  }
  return { sampled: true, total: inRange.length, points };
}
