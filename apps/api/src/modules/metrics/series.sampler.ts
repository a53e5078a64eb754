import { Injectable } from "@nestjs/common";
import {
  blockRange,
  blockWidth,
  chooseRollupLevel,
  extremesInStepOrder,
  mergeExtremes,
  rawSamplingLimit,
  sampleSeries,
  type Extremes,
  type MetricPoint,
  type SampledSeries,
} from "@lifecycle/domain";
import { PrismaService } from "../../prisma/prisma.service";
import { EXTREMES_BETWEEN, READ_WHOLE, ROLLUP_BLOCKS, ROLLUP_LEVELS_IN_RANGE, SAMPLE_SERIES } from "./metric-sql";

export interface SampleQuery {
  runIds: string[];
  keys: string[];
  split: string;
  fromStep: number;
  toStep: number;
  maxPoints: number;
}

interface Series {
  runId: string;
  key: string;
}

type ExtremeRow = { count: string; min_value: number; min_step: string; max_value: number; max_step: string };
const toExtremes = (row: ExtremeRow): Extremes => ({
  count: Number(row.count),
  min: { step: Number(row.min_step), value: row.min_value },
  max: { step: Number(row.max_step), value: row.max_value },
});

/**
 * Series thinned for charts, with the meaning sampleSeries in packages/domain
 * gives it: short series are read whole (and thinned in memory when past
 * maxPoints), long ones from their rollups, so a 1,000,000-point series costs a
 * few hundred rows rather than a scan of every point.
 */
@Injectable()
export class SeriesSampler {
  constructor(private readonly prisma: PrismaService) {}

  async sample(projectId: string, query: SampleQuery): Promise<Array<Series & SampledSeries>> {
    const limit = rawSamplingLimit(query.maxPoints);
    // Each series of the project's runs, with the points in range counted up to the raw limit.
    const found = await this.prisma.driverQuery<{ run_id: string; key: string; n: string }>(
      SAMPLE_SERIES,
      [projectId, query.runIds, query.keys, query.split, query.fromStep, query.toStep, limit + 1],
    );
    const short = found.filter((series) => Number(series.n) <= limit);
    const whole = await this.readWhole(short, query);
    return Promise.all(
      found.map(async (series) => {
        const id = { runId: series.run_id, key: series.key };
        if (Number(series.n) > limit) return { ...id, ...(await this.sampleFromRollups(id, query)) };
        return { ...id, ...sampleSeries(whole.get(`${series.run_id}\u0000${series.key}`) ?? [], query) };
      }),
    );
  }

  private async readWhole(series: Array<{ run_id: string; key: string }>, query: SampleQuery): Promise<Map<string, MetricPoint[]>> {
    const points = new Map<string, MetricPoint[]>();
    if (!series.length) return points;
    const rows = await this.prisma.driverQuery<{ run_id: string; key: string; step: string; value: number }>(
      READ_WHOLE,
      [series.map((item) => item.run_id), series.map((item) => item.key), query.split, query.fromStep, query.toStep],
    );
    for (const row of rows) {
      const id = `${row.run_id}\u0000${row.key}`;
      if (!points.has(id)) points.set(id, []);
      points.get(id)!.push({ step: Number(row.step), value: row.value });
    }
    return points;
  }

  private async sampleFromRollups({ runId, key }: Series, query: SampleQuery): Promise<SampledSeries> {
    const { split, fromStep, toStep, maxPoints } = query;
    const counted = await this.prisma.driverQuery<{ level: number; blocks: string }>(
      ROLLUP_LEVELS_IN_RANGE,
      [runId, key, split, fromStep, toStep],
    );
    const { level, group } = chooseRollupLevel(new Map(counted.map((row) => [row.level, Number(row.blocks)])), maxPoints);
    const [firstBlock, lastBlock] = blockRange(level, fromStep, toStep);
    const blocks = await this.prisma.driverQuery<ExtremeRow & { block: string }>(
      ROLLUP_BLOCKS,
      [runId, key, split, level, firstBlock, lastBlock],
    );
    const width = blockWidth(level);
    const buckets: Array<Extremes | undefined> = [];
    let total = 0;
    for (const [index, row] of blocks.entries()) {
      const block = Number(row.block);
      const start = block * width;
      const end = start + width - 1;
      // A block cut by the range counts only its points inside it, read from the points themselves.
      const extremes = start < fromStep || end > toStep ? await this.extremesBetween(runId, key, split, Math.max(start, fromStep), Math.min(end, toStep)) : toExtremes(row);
      if (!extremes) continue;
      total += extremes.count;
      const bucket = Math.floor(index / group);
      buckets[bucket] = mergeExtremes(buckets[bucket], extremes);
    }
    return { sampled: true, total, points: buckets.flatMap((bucket) => (bucket ? extremesInStepOrder(bucket) : [])) };
  }

  private async extremesBetween(runId: string, key: string, split: string, from: number, to: number): Promise<Extremes | null> {
    const [row] = await this.prisma.driverQuery<ExtremeRow>(
      EXTREMES_BETWEEN,
      [runId, key, split, from, to],
    );
    return row ? toExtremes(row) : null;
  }
}
