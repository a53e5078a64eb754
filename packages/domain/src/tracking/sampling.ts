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
 * Rollup levels kept for every series as points arrive: at level k the steps
 * are cut into blocks 4^k wide (64 … 268,435,456 steps), each remembering its
 * count and its lowest and highest point. Long series are thinned from these
 * instead of from every point.
 */
export const ROLLUP_LEVELS: readonly number[] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
export const blockWidth = (level: number): number => 4 ** level;
export const blockOf = (step: number, level: number): number => Math.floor(step / blockWidth(level));

/** Up to this many points in the range a series is thinned from its points; beyond, from its rollups. */
export const rawSamplingLimit = (maxPoints: number): number => 16 * maxPoints;

/**
 * The order that picks a bucket's lowest point: by value, then by step, with
 * NaN after every number (so it wins only when there is nothing else).
 */
export function lowerThan(a: MetricPoint, b: MetricPoint): boolean {
  const aNaN = Number.isNaN(a.value);
  const bNaN = Number.isNaN(b.value);
  if (aNaN !== bNaN) return bNaN;
  if (!aNaN && a.value !== b.value) return a.value < b.value;
  return a.step < b.step;
}

/** The same for the highest point: by value descending, then by step, NaN last. */
export function higherThan(a: MetricPoint, b: MetricPoint): boolean {
  const aNaN = Number.isNaN(a.value);
  const bNaN = Number.isNaN(b.value);
  if (aNaN !== bNaN) return bNaN;
  if (!aNaN && a.value !== b.value) return a.value > b.value;
  return a.step < b.step;
}

/** A bucket's extremes; a later point replaces an earlier one only when strictly better. */
export interface Extremes {
  count: number;
  min: MetricPoint;
  max: MetricPoint;
}

export function addToExtremes(extremes: Extremes | undefined, point: MetricPoint): Extremes {
  if (!extremes) return { count: 1, min: point, max: point };
  extremes.count += 1;
  if (lowerThan(point, extremes.min)) extremes.min = point;
  if (higherThan(point, extremes.max)) extremes.max = point;
  return extremes;
}

export function mergeExtremes(into: Extremes | undefined, other: Extremes): Extremes {
  if (!into) return { ...other };
  into.count += other.count;
  if (lowerThan(other.min, into.min)) into.min = other.min;
  if (higherThan(other.max, into.max)) into.max = other.max;
  return into;
}

const samePoint = (a: MetricPoint, b: MetricPoint) => a.step === b.step && Object.is(a.value, b.value);

/** A bucket's lowest and highest point in step order, once when they are the same point. */
export function extremesInStepOrder({ min, max }: Extremes): MetricPoint[] {
  if (samePoint(min, max)) return [min];
  return min.step <= max.step ? [min, max] : [max, min];
}

/**
 * The rollup level to thin from: the finest whose blocks holding points and
 * touching [fromStep, toStep] number at most maxPoints / 2, and how many
 * consecutive blocks form one bucket (more than one only when even the
 * coarsest level has too many blocks).
 */
export function chooseRollupLevel(blocksPerLevel: ReadonlyMap<number, number>, maxPoints: number): { level: number; group: number } {
  const buckets = Math.floor(maxPoints / 2);
  for (const level of ROLLUP_LEVELS) {
    if ((blocksPerLevel.get(level) ?? 0) <= buckets) return { level, group: 1 };
  }
  const top = ROLLUP_LEVELS[ROLLUP_LEVELS.length - 1]!;
  return { level: top, group: Math.ceil((blocksPerLevel.get(top) ?? 0) / buckets) };
}

/** The block range [first, last] of a level that touches [fromStep, toStep]. */
export function blockRange(level: number, fromStep: number, toStep: number): [number, number] {
  return [blockOf(fromStep, level), blockOf(Math.min(toStep, Number.MAX_SAFE_INTEGER), level)];
}

/**
 * Thins a series, sorted by step, to at most `maxPoints` for a chart without
 * losing its shape: the range is cut into buckets and each keeps its lowest and
 * highest point (in step order), so a spike never vanishes. NaN wins a bucket
 * only when it holds nothing else.
 *
 * - Up to maxPoints points: all of them.
 * - Up to rawSamplingLimit(maxPoints): maxPoints / 2 equal step ranges between the first and last point.
 * - More: the blocks of the finest rollup level with at most maxPoints / 2 blocks touching the range
 *   (blocks count when they hold points, in the range or not), each bucket being a block's points in the range.
 *
 * The server answers from its rollups what this computes from every point; a test holds the two together.
 */
export function sampleSeries(series: readonly MetricPoint[], { maxPoints, fromStep = 0, toStep = Number.MAX_SAFE_INTEGER }: SampleOptions): SampledSeries {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError("maxPoints must be an integer of at least 2");
  const inRange = series.filter((point) => point.step >= fromStep && point.step <= toStep);
  const total = inRange.length;
  if (total <= maxPoints) return { sampled: false, total, points: inRange };
  return { sampled: true, total, points: total <= rawSamplingLimit(maxPoints) ? sampleEvenly(inRange, maxPoints) : sampleByBlocks(series, inRange, maxPoints, fromStep, toStep) };
}

function sampleEvenly(inRange: readonly MetricPoint[], maxPoints: number): MetricPoint[] {
  const first = inRange[0]!.step;
  const last = inRange[inRange.length - 1]!.step;
  const bucketCount = Math.floor(maxPoints / 2);
  const width = (last - first) / bucketCount || 1;
  const buckets: Array<Extremes | undefined> = new Array(bucketCount);
  for (const point of inRange) {
    const index = Math.min(bucketCount - 1, Math.floor((point.step - first) / width));
    buckets[index] = addToExtremes(buckets[index], point);
  }
  return buckets.flatMap((bucket) => (bucket ? extremesInStepOrder(bucket) : []));
}

function sampleByBlocks(series: readonly MetricPoint[], inRange: readonly MetricPoint[], maxPoints: number, fromStep: number, toStep: number): MetricPoint[] {
  const blocksPerLevel = new Map<number, number>();
  for (const level of ROLLUP_LEVELS) {
    const [first, last] = blockRange(level, fromStep, toStep);
    const blocks = new Set<number>();
    for (const point of series) {
      const block = blockOf(point.step, level);
      if (block >= first && block <= last) blocks.add(block);
    }
    blocksPerLevel.set(level, blocks.size);
  }
  const { level, group } = chooseRollupLevel(blocksPerLevel, maxPoints);
  const [first, last] = blockRange(level, fromStep, toStep);
  const touching = [...new Set(series.map((point) => blockOf(point.step, level)).filter((block) => block >= first && block <= last))].sort((a, b) => a - b);
  const bucketOf = new Map(touching.map((block, index) => [block, Math.floor(index / group)]));
  const buckets: Array<Extremes | undefined> = [];
  for (const point of inRange) {
    const index = bucketOf.get(blockOf(point.step, level))!;
    buckets[index] = addToExtremes(buckets[index], point);
  }
  return buckets.flatMap((bucket) => (bucket ? extremesInStepOrder(bucket) : []));
}
