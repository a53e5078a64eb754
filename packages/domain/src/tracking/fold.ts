import { addToExtremes, blockWidth, mergeExtremes, ROLLUP_LEVELS, type Extremes } from "./sampling";

/** One point of a batch as the metric store writes it. */
export interface BatchPoint {
  key: string;
  split: string;
  step: number;
  /** The step's exact decimal digits when it is beyond 2^53 (where `step` is rounded): what is stored. */
  stepText?: string;
  value: number;
  /** Epoch milliseconds, or undefined for the time the batch arrived. */
  at: number | undefined;
}

/** What a batch adds to one series: its summary's part and its finest-level rollup blocks. */
export interface SeriesFold {
  key: string;
  split: string;
  count: number;
  /** The point at the highest step; of points at one step, the latest in time, and of those the last sent. */
  latest: { step: number; stepText?: string; at: number; value: number };
  /** The least and greatest values other than NaN (NaN when every value is NaN). */
  min: number;
  max: number;
  /** The finest level's blocks (of blockWidth(ROLLUP_LEVELS[0]) steps); coarser levels are folded from them. */
  blocks: Map<number, Extremes>;
}

/** A block of a rollup level with its extremes. */
export interface RollupBlock {
  key: string;
  split: string;
  level: number;
  block: number;
  extremes: Extremes;
}

const FINEST_WIDTH = blockWidth(ROLLUP_LEVELS[0]!);

/** Series in (key, split) order by code unit: the order the store locks their rows in. */
export const bySeries = (a: { key: string; split: string }, b: { key: string; split: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.split < b.split ? -1 : a.split > b.split ? 1 : 0;

/**
 * One pass over a batch: per series, its count, latest point, extremes and finest-level blocks, in (key, split)
 * order. Points of one series usually come together and in step order, so the last series and block are kept
 * at hand. `arrivedMs` stands for the time of points sent without one.
 */
export function foldPoints(points: readonly BatchPoint[], arrivedMs: number): SeriesFold[] {
  const folds = new Map<string, SeriesFold>();
  let fold: SeriesFold | undefined;
  let block = -1;
  let extremes: Extremes | undefined;
  for (const point of points) {
    const at = point.at ?? arrivedMs;
    if (!fold || fold.key !== point.key || fold.split !== point.split) {
      const id = `${point.key}\u0000${point.split}`;
      fold = folds.get(id);
      if (!fold) {
        fold = { key: point.key, split: point.split, count: 0, latest: latestOf(point, at), min: Number.NaN, max: Number.NaN, blocks: new Map() };
        folds.set(id, fold);
      }
      block = -1;
    }
    fold.count += 1;
    if (point.step > fold.latest.step || (point.step === fold.latest.step && at >= fold.latest.at)) fold.latest = latestOf(point, at);
    if (!Number.isNaN(point.value)) {
      if (Number.isNaN(fold.min) || point.value < fold.min) fold.min = point.value;
      if (Number.isNaN(fold.max) || point.value > fold.max) fold.max = point.value;
    }
    const pointBlock = Math.floor(point.step / FINEST_WIDTH);
    if (pointBlock !== block) {
      block = pointBlock;
      extremes = fold.blocks.get(block);
      if (!extremes) {
        extremes = addToExtremes(undefined, point);
        fold.blocks.set(block, extremes);
        continue;
      }
    }
    addToExtremes(extremes, point);
  }
  return [...folds.values()].sort(bySeries);
}

function latestOf(point: BatchPoint, at: number): SeriesFold["latest"] {
  return point.stepText === undefined ? { step: point.step, at, value: point.value } : { step: point.step, stepText: point.stepText, at, value: point.value };
}

/** A series' blocks at every level, in (level, block) order: each coarser level merges four blocks of the one below. */
export function rollupsOf(fold: SeriesFold): RollupBlock[] {
  const rows: RollupBlock[] = [];
  let level = new Map(fold.blocks);
  for (const [index, number] of ROLLUP_LEVELS.entries()) {
    if (index > 0) {
      const coarser = new Map<number, Extremes>();
      for (const [block, extremes] of level) coarser.set(Math.floor(block / 4), mergeExtremes(coarser.get(Math.floor(block / 4)), extremes));
      level = coarser;
    }
    for (const block of [...level.keys()].sort((a, b) => a - b)) rows.push({ key: fold.key, split: fold.split, level: number, block, extremes: level.get(block)! });
  }
  return rows;
}

const INT64_MAX = 2n ** 63n - 1n;
/**
 * An integral number as Postgres' bigint reads it. Beyond 2^53, String() writes the shortest text that rounds to
 * the number (String(2 ** 63) is "9223372036854776000", out of bigint's range); BigInt writes its exact digits,
 * and a step of 2^63 − 1, which a number rounds up to 2^63, is held at bigint's end. (Only rollups and the
 * summary of a series without exact text use this: the points themselves keep their exact steps.)
 */
export function int64Text(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  const exact = BigInt(value);
  return (exact > INT64_MAX ? INT64_MAX : exact).toString();
}
