import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import type { FieldRef, FilterNode, Literal, OrderBy } from "@lifecycle/domain";
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

  /** The ids of an experiment's runs matching a filter, in order, for one page. */
  async searchRunIds(experimentId: string, includeDeleted: boolean, filter: FilterNode | null, orderBy: OrderBy | null, offset: number, limit: number): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<Array<{ id: string }>>`
      SELECT r.id::text AS id FROM runs r
      WHERE r.experiment_id = ${experimentId}::uuid ${includeDeleted ? Prisma.empty : Prisma.sql`AND r.deleted_at IS NULL`} AND ${filterSql(filter)}
      ORDER BY ${orderSql(orderBy)}
      OFFSET ${offset} LIMIT ${limit}`;
    return rows.map((row) => row.id);
  }

  findRunsByIds(ids: string[]): Promise<RunRow[]> {
    return this.prisma.run.findMany({ where: { id: { in: ids } }, select: runSelect });
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

  /**
   * Series thinned for charts, in one query: a series with more points than
   * maxPoints is cut into maxPoints / 2 equal step ranges, each keeping its
   * lowest and highest point (NaN only when a range has nothing else), exactly
   * as sampleSeries in packages/domain does it.
   */
  findSampledSeries(projectId: string, runIds: string[], keys: string[], split: string, fromStep: number, toStep: number, maxPoints: number) {
    const buckets = Math.floor(maxPoints / 2);
    return this.prisma.$queryRaw<Array<{ run_id: string; key: string; step: bigint; value: number; total: bigint }>>`
      WITH points AS (
        SELECT m.run_id, m.key, m.step, m.value, m.id FROM metric_points m
        JOIN runs r ON r.id = m.run_id JOIN experiments e ON e.id = r.experiment_id
        WHERE e.project_id = ${projectId}::uuid AND m.run_id = ANY(${runIds}::uuid[]) AND m.key = ANY(${keys}::text[]) AND m.split = ${split}
          AND m.step BETWEEN ${fromStep} AND ${toStep}
      ), stats AS (
        SELECT run_id, key, count(*) AS total, min(step) AS first, max(step) AS last FROM points GROUP BY run_id, key
      ), bucketed AS (
        SELECT p.*, s.total,
               CASE WHEN s.total <= ${maxPoints} THEN p.id
                    ELSE least(${buckets - 1}, floor((p.step - s.first)::float8 * ${buckets} / greatest(s.last - s.first, 1)))::bigint END AS bucket
        FROM points p JOIN stats s USING (run_id, key)
      ), ranked AS (
        SELECT b.*,
               row_number() OVER (PARTITION BY run_id, key, bucket ORDER BY value = 'NaN', value ASC, step, id) AS low,
               row_number() OVER (PARTITION BY run_id, key, bucket ORDER BY value = 'NaN', value DESC, step, id) AS high
        FROM bucketed b
      )
      SELECT run_id::text AS run_id, key, step, value::text::float8 AS value, total FROM ranked
      WHERE total <= ${maxPoints} OR low = 1 OR high = 1
      ORDER BY run_id, key, step, id`;
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

// The filter language as SQL over runs r, with the same meaning as matchesFilter
// in packages/domain (a property test holds the two together).

const OPERATORS: Record<string, string> = { "=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=" };

const ATTRIBUTE_NUMBERS: Record<string, Prisma.Sql> = {
  iteration: Prisma.sql`r.iteration::float8`,
  start_time: Prisma.sql`(extract(epoch from r.start_time) * 1000)::float8`,
  end_time: Prisma.sql`(extract(epoch from r.end_time) * 1000)::float8`,
  created_at: Prisma.sql`(extract(epoch from r.created_at) * 1000)::float8`,
};

const ATTRIBUTE_TEXTS: Record<string, Prisma.Sql> = {
  run_id: Prisma.sql`r.id::text`,
  name: Prisma.sql`r.name`,
  status: Prisma.sql`r.status::text`,
  approach: Prisma.sql`r.approach`,
  base_model: Prisma.sql`r.base_model`,
  source: Prisma.sql`r.source`,
  iteration: Prisma.sql`r.iteration::text`,
  start_time: Prisma.sql`to_char(r.start_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  end_time: Prisma.sql`to_char(r.end_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  created_at: Prisma.sql`to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
};

function literalText(literal: Literal): string {
  return String(literal.value);
}

/** text <op> literal, compared by code point; LIKE with % and _ only. */
function textCondition(expression: Prisma.Sql, operator: string, literal: Literal): Prisma.Sql {
  if (operator === "LIKE") return Prisma.sql`${expression} COLLATE "C" LIKE ${literalText(literal)} ESCAPE ''`;
  if (operator === "ILIKE") return Prisma.sql`${expression} ILIKE ${literalText(literal)} ESCAPE ''`;
  return Prisma.sql`${expression} COLLATE "C" ${Prisma.raw(OPERATORS[operator]!)} ${literalText(literal)}::text COLLATE "C"`;
}

function numberCondition(expression: Prisma.Sql, operator: string, value: number): Prisma.Sql {
  return Prisma.sql`${expression} ${Prisma.raw(OPERATORS[operator]!)} ${value}::float8`;
}

/** The condition on one field, true only when the field is there. */
function fieldCondition(field: FieldRef, operator: string, literal: Literal): Prisma.Sql {
  switch (field.scope) {
    case "attribute": {
      const number = ATTRIBUTE_NUMBERS[field.key];
      if (literal.type === "number" && number && !["LIKE", "ILIKE"].includes(operator)) return Prisma.sql`(${number} IS NOT NULL AND ${numberCondition(number, operator, literal.value)})`;
      const text = ATTRIBUTE_TEXTS[field.key]!;
      return Prisma.sql`(${text} IS NOT NULL AND ${textCondition(text, operator, literal)})`;
    }
    case "metric":
      return Prisma.sql`EXISTS (SELECT 1 FROM metric_summaries s WHERE s.run_id = r.id AND s.key = ${field.key} AND s.split = '' AND s.latest_value <> 'NaN' AND ${numberCondition(Prisma.sql`s.latest_value`, operator, literal.value as number)})`;
    case "param": {
      const compared =
        literal.type === "number" && !["LIKE", "ILIKE"].includes(operator)
          ? Prisma.sql`((p.type = 'number' AND ${numberCondition(Prisma.sql`p.number_value`, operator, literal.value)}) OR (p.type <> 'number' AND ${textCondition(Prisma.sql`p.text_value`, operator, literal)}))`
          : textCondition(Prisma.sql`p.text_value`, operator, literal);
      return Prisma.sql`EXISTS (SELECT 1 FROM run_params p WHERE p.run_id = r.id AND p.key = ${field.key} AND ${compared})`;
    }
    case "tag":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.key = ${field.key} AND ${textCondition(Prisma.sql`t.value`, operator, literal)})`;
  }
}

function presence(field: FieldRef): Prisma.Sql {
  switch (field.scope) {
    case "attribute":
      return Prisma.sql`${ATTRIBUTE_TEXTS[field.key]!} IS NOT NULL`;
    case "metric":
      return Prisma.sql`EXISTS (SELECT 1 FROM metric_summaries s WHERE s.run_id = r.id AND s.key = ${field.key} AND s.split = '' AND s.latest_value <> 'NaN')`;
    case "param":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_params p WHERE p.run_id = r.id AND p.key = ${field.key})`;
    case "tag":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.key = ${field.key})`;
  }
}

function filterSql(node: FilterNode | null): Prisma.Sql {
  if (!node) return Prisma.sql`TRUE`;
  switch (node.kind) {
    case "and":
      return Prisma.sql`(${Prisma.join(node.children.map(filterSql), " AND ")})`;
    case "or":
      return Prisma.sql`(${Prisma.join(node.children.map(filterSql), " OR ")})`;
    case "compare":
      return fieldCondition(node.field, node.operator, node.value);
    case "in": {
      const any = Prisma.join(node.values.map((value) => fieldCondition(node.field, "=", value)), " OR ");
      return node.negated ? Prisma.sql`(${presence(node.field)} AND NOT (${any}))` : Prisma.sql`(${any})`;
    }
  }
}

/** The sort expressions for ORDER BY; runs without the field come last either way. */
function orderSql(orderBy: OrderBy | null): Prisma.Sql {
  if (!orderBy) return Prisma.sql`r.created_at DESC, r.id ASC`;
  const direction = Prisma.raw(orderBy.direction === "desc" ? "DESC" : "ASC");
  const { field } = orderBy;
  let expressions: Prisma.Sql[];
  switch (field.scope) {
    case "attribute":
      expressions = [ATTRIBUTE_NUMBERS[field.key] ?? Prisma.sql`${ATTRIBUTE_TEXTS[field.key]!} COLLATE "C"`];
      break;
    case "metric":
      expressions = [Prisma.sql`(SELECT s.latest_value FROM metric_summaries s WHERE s.run_id = r.id AND s.key = ${field.key} AND s.split = '' AND s.latest_value <> 'NaN')`];
      break;
    case "param":
      expressions = [
        Prisma.sql`(SELECT p.number_value FROM run_params p WHERE p.run_id = r.id AND p.key = ${field.key})`,
        Prisma.sql`(SELECT p.text_value COLLATE "C" FROM run_params p WHERE p.run_id = r.id AND p.key = ${field.key})`,
      ];
      break;
    case "tag":
      expressions = [Prisma.sql`(SELECT t.value COLLATE "C" FROM run_tags t WHERE t.run_id = r.id AND t.key = ${field.key})`];
      break;
  }
  return Prisma.join([...expressions.map((expression) => Prisma.sql`${expression} ${direction} NULLS LAST`), Prisma.sql`r.id ASC`], ", ");
}
