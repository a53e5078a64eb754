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
  fitVerdict: true,
  createdAt: true,
  updatedAt: true,
  params: { select: { key: true, type: true, numberValue: true, textValue: true } },
  tags: { select: { key: true, value: true } },
  summaries: { select: { key: true, split: true, latestValue: true, latestStep: true, latestAt: true, minValue: true, maxValue: true, count: true }, orderBy: [{ key: "asc" }, { split: "asc" }] },
} satisfies Prisma.RunSelect;
export type RunRow = Prisma.RunGetPayload<{ select: typeof runSelect }>;

/** Which runs a search sees, as MLflow's run_view_type says it. */
export type RunView = "ACTIVE_ONLY" | "DELETED_ONLY" | "ALL";

export interface NewParam {
  key: string;
  type: string;
  numberValue: number | null;
  textValue: string;
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
  async searchRunIds(experimentIds: string[], view: RunView, filter: FilterNode | null, orderBy: OrderBy | null, offset: number, limit: number): Promise<string[]> {
    const deleted = view === "ALL" ? Prisma.empty : view === "DELETED_ONLY" ? Prisma.sql`AND r.deleted_at IS NOT NULL` : Prisma.sql`AND r.deleted_at IS NULL`;
    const rows = await this.prisma.$queryRaw<Array<{ id: string }>>`
      SELECT r.id::text AS id FROM runs r
      WHERE r.experiment_id = ANY(${experimentIds}::uuid[]) ${deleted} AND ${filterSql(filter)}
      ORDER BY ${orderSql(orderBy)}
      OFFSET ${offset} LIMIT ${limit}`;
    return rows.map((row) => row.id);
  }

  /** Those of the runs that belong to the project, deleted or not. */
  findProjectRuns(projectId: string, ids: string[]): Promise<RunRow[]> {
    return this.prisma.run.findMany({ where: { id: { in: ids }, experiment: { projectId } }, select: runSelect });
  }

  findRunsByIds(ids: string[]): Promise<RunRow[]> {
    return this.prisma.run.findMany({ where: { id: { in: ids } }, select: runSelect });
  }

  updateRun(runId: string, data: Prisma.RunUncheckedUpdateInput): Promise<RunRow> {
    return this.prisma.run.update({ where: { id: runId }, data, select: runSelect });
  }

  async saveTag(runId: string, key: string, value: string): Promise<void> {
    await this.prisma.runTag.upsert({ where: { runId_key: { runId, key } }, create: { runId, key, value }, update: { value } });
  }

  /** Whether the run had the tag. */
  async deleteTag(runId: string, key: string): Promise<boolean> {
    return (await this.prisma.runTag.deleteMany({ where: { runId, key } })).count > 0;
  }

  /** One series' points by step, after the (step, id) cursor. */
  /** One series' points by step, after the (step, id) cursor; on the driver, as this is read in pages of up to 25,000. */
  async findMetricHistory(runId: string, key: string, split: string, pageSize: number, after: { step: string; id: string } | null) {
    const rows = await this.prisma.driverQuery<{ id: string; step: string; value: number; ms: number }>(
      `SELECT id, step, value, (extract(epoch from timestamp) * 1000)::float8 AS ms FROM metric_points
       WHERE run_id = $1 AND key = $2 AND split = $3 ${after ? "AND (step, id) > ($5::bigint, $6::bigint)" : ""}
       ORDER BY step, id LIMIT $4`,
      after ? [runId, key, split, pageSize, after.step, after.id] : [runId, key, split, pageSize],
    );
    return rows;
  }

  /** Just enough of a run to write to it. */
  findRunCore(projectId: string, runId: string) {
    return this.prisma.run.findFirst({ where: { id: runId, experiment: { projectId } }, select: { id: true, experimentId: true, deletedAt: true } });
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
  fit: Prisma.sql`lower(r.fit_verdict)`,
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
