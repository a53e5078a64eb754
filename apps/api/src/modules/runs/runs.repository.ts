import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

export const runSelect = {
  id: true,
  experimentId: true,
  name: true,
  status: true,
  startTime: true,
  endTime: true,
  iteration: true,
  notes: true,
  source: true,
  baseModel: true,
  approach: true,
  deletedAt: true,
  createdAt: true,
  updatedAt: true,
  params: { select: { key: true, type: true, numberValue: true, textValue: true } },
  tags: { select: { key: true, value: true } },
  summaries: { select: { key: true, split: true, latestValue: true, latestStep: true, latestAt: true, minValue: true, maxValue: true, count: true }, orderBy: [{ key: "asc" }, { split: "asc" }] },
} satisfies Prisma.RunSelect;
export type RunRow = Prisma.RunGetPayload<{ select: typeof runSelect }>;

export interface NewParam {
  key: string;
  type: string;
  numberValue: number | null;
  textValue: string;
}

export interface NewMetricPoints {
  keys: string[];
  splits: string[];
  steps: number[];
  values: number[];
  timestamps: Date[];
}

@Injectable()
export class RunsRepository {
  constructor(private readonly prisma: PrismaService) {}

  createRun(data: Prisma.RunUncheckedCreateInput, tags: Record<string, string>): Promise<RunRow> {
    return this.prisma.run.create({
      data: { ...data, tags: { create: Object.entries(tags).map(([key, value]) => ({ key, value })) } },
      select: runSelect,
    });
  }

  /** A run of the project, deleted or not. */
  findRun(projectId: string, runId: string, db: Db = this.prisma): Promise<RunRow | null> {
    return db.run.findFirst({ where: { id: runId, experiment: { projectId } }, select: runSelect });
  }

  /** A page of an experiment's runs, newest first, after the (createdAt, id) cursor. */
  findRunsPage(experimentId: string, includeDeleted: boolean, pageSize: number, after: { createdAt: Date; id: string } | null): Promise<RunRow[]> {
    return this.prisma.run.findMany({
      where: {
        experimentId,
        ...(includeDeleted ? {} : { deletedAt: null }),
        ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
      },
      select: runSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: pageSize,
    });
  }

  updateRun(runId: string, data: Prisma.RunUncheckedUpdateInput): Promise<RunRow> {
    return this.prisma.run.update({ where: { id: runId }, data, select: runSelect });
  }

  findBatchReceipt(runId: string, idempotencyKey: string, db: Db) {
    return db.batchReceipt.findUnique({ where: { runId_idempotencyKey: { runId, idempotencyKey } }, select: { result: true } });
  }

  async createBatchReceipt(runId: string, idempotencyKey: string, result: object, db: Db): Promise<void> {
    await db.batchReceipt.create({ data: { runId, idempotencyKey, result: result as Prisma.InputJsonObject } });
  }

  findParams(runId: string, keys: string[], db: Db): Promise<NewParam[]> {
    return db.runParam.findMany({ where: { runId, key: { in: keys } }, select: { key: true, type: true, numberValue: true, textValue: true } });
  }

  async createParams(runId: string, params: NewParam[], db: Db): Promise<void> {
    if (params.length) await db.runParam.createMany({ data: params.map((param) => ({ ...param, runId })), skipDuplicates: true });
  }

  async upsertTags(runId: string, tags: Array<{ key: string; value: string }>, db: Db): Promise<void> {
    if (!tags.length) return;
    await db.$executeRaw`
      INSERT INTO run_tags (run_id, key, value)
      SELECT ${runId}::uuid, key, value FROM unnest(${tags.map((tag) => tag.key)}::text[], ${tags.map((tag) => tag.value)}::text[]) AS t(key, value)
      ON CONFLICT (run_id, key) DO UPDATE SET value = EXCLUDED.value`;
  }

  /**
   * Appends metric points in one statement and folds them into the run's
   * per-series summaries (latest by step then time, min and max ignoring NaN, count).
   */
  async appendMetrics(runId: string, points: NewMetricPoints, db: Db): Promise<void> {
    if (!points.keys.length) return;
    const { keys, splits, steps, values, timestamps } = points;
    // As text: the query layer turns NaN and the infinities into null on the way; Postgres reads 'NaN' and 'Infinity'.
    const valueTexts = values.map(String);
    await db.$executeRaw`
      INSERT INTO metric_points (run_id, key, split, step, value, timestamp)
      SELECT ${runId}::uuid, key, split, step, value, ts
      FROM unnest(${keys}::text[], ${splits}::text[], ${steps}::bigint[], ${valueTexts}::text[]::float8[], ${timestamps}::timestamptz[]) AS t(key, split, step, value, ts)`;
    await db.$executeRaw`
      INSERT INTO metric_summaries AS s (run_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
      SELECT ${runId}::uuid, key, split,
             (array_agg(value ORDER BY step DESC, ts DESC, ord DESC))[1],
             (array_agg(step ORDER BY step DESC, ts DESC, ord DESC))[1],
             (array_agg(ts ORDER BY step DESC, ts DESC, ord DESC))[1],
             coalesce(min(value) FILTER (WHERE value <> 'NaN'), 'NaN'),
             coalesce(max(value) FILTER (WHERE value <> 'NaN'), 'NaN'),
             count(*)
      FROM unnest(${keys}::text[], ${splits}::text[], ${steps}::bigint[], ${valueTexts}::text[]::float8[], ${timestamps}::timestamptz[]) WITH ORDINALITY AS t(key, split, step, value, ts, ord)
      GROUP BY key, split
      ON CONFLICT (run_id, key, split) DO UPDATE SET
        latest_value = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_value ELSE s.latest_value END,
        latest_at = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_at ELSE s.latest_at END,
        latest_step = greatest(s.latest_step, EXCLUDED.latest_step),
        min_value = CASE WHEN s.min_value = 'NaN' THEN EXCLUDED.min_value WHEN EXCLUDED.min_value = 'NaN' THEN s.min_value ELSE least(s.min_value, EXCLUDED.min_value) END,
        max_value = CASE WHEN s.max_value = 'NaN' THEN EXCLUDED.max_value WHEN EXCLUDED.max_value = 'NaN' THEN s.max_value ELSE greatest(s.max_value, EXCLUDED.max_value) END,
        count = s.count + EXCLUDED.count`;
  }

  /** One series' points by step, after the (step, id) cursor. */
  findMetricHistory(runId: string, key: string, split: string, pageSize: number, after: { step: bigint; id: bigint } | null) {
    return this.prisma.metricPoint.findMany({
      where: { runId, key, split, ...(after ? { OR: [{ step: { gt: after.step } }, { step: after.step, id: { gt: after.id } }] } : {}) },
      select: { id: true, step: true, value: true, timestamp: true },
      orderBy: [{ step: "asc" }, { id: "asc" }],
      take: pageSize,
    });
  }
}
