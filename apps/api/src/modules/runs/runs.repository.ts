import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import type { FieldRef, FilterNode, Literal, OrderBy } from "@lifecycle/domain";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import { Semaphore } from "../../common/semaphore";
import type { Checked } from "../../prisma/checked";
import type { Run } from "@lifecycle/domain";

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
export type RunRow = Checked<Prisma.RunGetPayload<{ select: typeof runSelect }>, { status: Run["status"] }>;

/** Which runs a search sees, as MLflow's run_view_type says it. */
export type RunView = "ACTIVE_ONLY" | "DELETED_ONLY" | "ALL";

export interface NewParam {
  key: string;
  type: string;
  numberValue: number | null;
  textValue: string;
}

/** Pages of more runs than this are read in slices, and one at a time (bulkReads). */
const BULK_READ_RUNS = 2000;
const bulkReads = new Semaphore(1);

/**
 * Reads a page of `runs` runs: a page of tens of thousands (MLflow's max_results) one such page at a time
 * across the server, so that they never take the pool's connections from everything else.
 */
export function readRunPage<T>(runs: number, read: () => Promise<T>): Promise<T> {
  return runs <= BULK_READ_RUNS ? read() : bulkReads.run(read);
}

@Injectable()
export class RunsRepository {
  constructor(private readonly prisma: PrismaService) {}

  createRun(data: Prisma.RunUncheckedCreateInput, tags: Record<string, string>): Promise<RunRow> {
    return this.prisma.run.create({
      data: { ...data, tags: { create: Object.entries(tags).map(([key, value]) => ({ key, value })) } },
      select: runSelect,
    }) as Promise<RunRow>;
  }

  /** A run of the project, deleted or not. */
  findRun(projectId: string, runId: string, db: Db = this.prisma): Promise<RunRow | null> {
    return db.run.findFirst({ where: { id: runId, experiment: { projectId } }, select: runSelect }) as Promise<RunRow | null>;
  }

  /** The ids of an experiment's runs matching a filter, in order, for one page. */
  async searchRunIds(search: RunSearch): Promise<string[]> {
    const query = Prisma.sql`SELECT id::text FROM (${runPageSql(search)}) page ORDER BY position`;
    return (await this.prisma.driverRows<[string]>(query.text, query.values)).map(([id]) => id);
  }

  /** Those of the runs that belong to the project, deleted or not. */
  findProjectRuns(projectId: string, ids: string[]): Promise<RunRow[]> {
    return this.prisma.run.findMany({ where: { id: { in: ids }, experiment: { projectId } }, select: runSelect }) as Promise<RunRow[]>;
  }

  /**
   * Runs by id with their params, tags and summaries (a search's page, up to 50,000 for MLflow clients): four
   * queries at once on driver connections rather than one after another through Prisma.
   */
  async findRunsByIds(ids: string[]): Promise<RunRow[]> {
    if (!ids.length) return [];
    if (ids.length <= BULK_READ_RUNS) return this.readRuns(ids);
    // A page of tens of thousands is read a slice at a time: it may take four of the pool's ten connections.
    return readRunPage(ids.length, async () => {
      const rows: RunRow[] = [];
      for (let start = 0; start < ids.length; start += BULK_READ_RUNS) rows.push(...(await this.readRuns(ids.slice(start, start + BULK_READ_RUNS))));
      return rows;
    });
  }

  private async readRuns(ids: string[]): Promise<RunRow[]> {
    const [runs, params, tags, summaries] = await Promise.all([
      this.prisma.driverQuery<{ id: string; experiment_id: string; name: string; status: RunRow["status"]; start_time: Date; end_time: Date | null; iteration: number; notes: string | null; source: string | null; base_model: string | null; approach: string | null; deleted_at: Date | null; fit_verdict: string | null; created_at: Date; updated_at: Date }>(
        `SELECT id, experiment_id, name, status, start_time, end_time, iteration, notes, source, base_model, approach, deleted_at, fit_verdict, created_at, updated_at FROM runs WHERE id = ANY($1::uuid[])`,
        [ids],
      ),
      this.prisma.driverQuery<{ run_id: string; key: string; type: string; number_value: number | null; text_value: string }>(`SELECT run_id, key, type, number_value, text_value FROM run_params WHERE run_id = ANY($1::uuid[])`, [ids]),
      this.prisma.driverQuery<{ run_id: string; key: string; value: string }>(`SELECT run_id, key, value FROM run_tags WHERE run_id = ANY($1::uuid[])`, [ids]),
      this.prisma.driverQuery<{ run_id: string; key: string; split: string; latest_value: number; latest_step: string; latest_at: Date; min_value: number; max_value: number; count: string }>(
        `SELECT run_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count FROM metric_summaries WHERE run_id = ANY($1::uuid[]) ORDER BY key, split`,
        [ids],
      ),
    ]);
    const byRun = new Map<string, RunRow>(
      runs.map((run) => [
        run.id,
        {
          id: run.id,
          experimentId: run.experiment_id,
          name: run.name,
          status: run.status,
          startTime: run.start_time,
          endTime: run.end_time,
          iteration: run.iteration,
          notes: run.notes,
          source: run.source,
          baseModel: run.base_model,
          approach: run.approach,
          deletedAt: run.deleted_at,
          fitVerdict: run.fit_verdict,
          createdAt: run.created_at,
          updatedAt: run.updated_at,
          params: [],
          tags: [],
          summaries: [],
        },
      ]),
    );
    for (const param of params) byRun.get(param.run_id)?.params.push({ key: param.key, type: param.type, numberValue: param.number_value, textValue: param.text_value });
    for (const tag of tags) byRun.get(tag.run_id)?.tags.push({ key: tag.key, value: tag.value });
    for (const summary of summaries) {
      byRun.get(summary.run_id)?.summaries.push({
        key: summary.key,
        split: summary.split,
        latestValue: summary.latest_value,
        latestStep: BigInt(summary.latest_step),
        latestAt: summary.latest_at,
        minValue: summary.min_value,
        maxValue: summary.max_value,
        count: BigInt(summary.count),
      });
    }
    return [...byRun.values()];
  }

  updateRun(runId: string, data: Prisma.RunUncheckedUpdateInput): Promise<RunRow> {
    return this.prisma.run.update({ where: { id: runId }, data, select: runSelect }) as Promise<RunRow>;
  }

  async saveTag(runId: string, key: string, value: string): Promise<void> {
    await this.prisma.runTag.upsert({ where: { runId_key: { runId, key } }, create: { runId, key, value }, update: { value } });
  }

  /** Whether the run had the tag. */
  async deleteTag(runId: string, key: string): Promise<boolean> {
    return (await this.prisma.runTag.deleteMany({ where: { runId, key } })).count > 0;
  }

  /** Just enough of a run to write to it. */
  findRunCore(projectId: string, runId: string) {
    return this.prisma.run.findFirst({ where: { id: runId, experiment: { projectId } }, select: { id: true, experimentId: true, deletedAt: true } });
  }
}

/** One page of a search: the experiments, which runs (deleted or not), the parsed filter and order, and the slice. */
export interface RunSearch {
  experimentIds: string[];
  view: RunView;
  filter: FilterNode | null;
  orderBy: readonly OrderBy[];
  offset: number;
  limit: number;
}

/**
 * A search's page as a subquery of (id, position) rows: the matching runs' ids and their places in the order,
 * for statements that go on to read those runs (`SELECT … FROM (<page>) page JOIN runs r …`).
 */
export function runPageSql({ experimentIds, view, filter, orderBy, offset, limit }: RunSearch): Prisma.Sql {
  const deleted = view === "ALL" ? Prisma.empty : view === "DELETED_ONLY" ? Prisma.sql`AND r.deleted_at IS NOT NULL` : Prisma.sql`AND r.deleted_at IS NULL`;
  const where = Prisma.sql`${inExperiments(Prisma.sql`r.experiment_id`, experimentIds)} ${deleted} AND ${filterSql(filter, experimentIds)}`;
  const driving = drivingMetric(filter, orderBy);
  // Ordered by a metric every match has: the page is read down that metric's index within the experiment, and
  // stops at its end, rather than sorting every match.
  const ordered = driving
    ? Prisma.sql`SELECT r.id FROM metric_summaries o JOIN runs r ON r.id = o.run_id
        WHERE ${inExperiments(Prisma.sql`o.experiment_id`, experimentIds)} AND o.key = ${driving.field.key} AND o.split = ${driving.field.split ?? ""} AND o.latest_value <> 'NaN' AND ${where}
        ORDER BY ${Prisma.join([Prisma.sql`o.latest_value ${Prisma.raw(driving.direction === "desc" ? "DESC" : "ASC")}`, ...orderBy.slice(1).map(orderKeySql), Prisma.sql`r.id ASC`], ", ")}`
    : Prisma.sql`SELECT r.id FROM runs r WHERE ${where} ORDER BY ${orderSql(orderBy)}`;
  // row_number() over the sorted subquery numbers the rows as they come out of it, in its order.
  return Prisma.sql`SELECT id, row_number() OVER () AS position FROM (${ordered} OFFSET ${offset} LIMIT ${limit}) ordered`;
}

/**
 * The first order key when it is a metric that the filter requires (a comparison on it at the top level): then
 * every match has the metric, and none is left out by reading the matches from the metric's entries.
 */
function drivingMetric(filter: FilterNode | null, orderBy: readonly OrderBy[]): OrderBy | null {
  const first = orderBy[0];
  if (!first || first.field.scope !== "metric" || !filter) return null;
  const conjuncts = filter.kind === "and" ? filter.children : [filter];
  const required = conjuncts.some((node) => (node.kind === "compare" || (node.kind === "in" && !node.negated)) && node.field.scope === "metric" && node.field.key === first.field.key && (node.field.split ?? "") === (first.field.split ?? ""));
  return required ? first : null;
}

/** column is one of the experiments searched: `=` for one, so that the planner can read an index in order. */
function inExperiments(column: Prisma.Sql, experimentIds: string[]): Prisma.Sql {
  return experimentIds.length === 1 ? Prisma.sql`${column} = ${experimentIds[0]}::uuid` : Prisma.sql`${column} = ANY(${experimentIds}::uuid[])`;
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
  user_id: Prisma.sql`(SELECT t.value FROM run_tags t WHERE t.run_id = r.id AND t.key = 'mlflow.user')`,
  artifact_uri: Prisma.sql`('mlflow-artifacts:/' || r.experiment_id::text || '/' || r.id::text || '/artifacts')`,
  experiment_id: Prisma.sql`r.experiment_id::text`,
  iteration: Prisma.sql`r.iteration::text`,
  start_time: Prisma.sql`to_char(r.start_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  end_time: Prisma.sql`to_char(r.end_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  created_at: Prisma.sql`to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
};

function literalText(literal: Literal): string {
  return String(literal.value);
}

/**
 * A metric's series (of its split, or the one without), with a number, in the experiments searched: `r.id IN
 * (SELECT s.run_id …)` reads the experiment's entries of (experiment_id, key, split, latest_value) rather than
 * probing every run.
 */
function seriesOf(field: FieldRef, experiments: string[]): Prisma.Sql {
  return Prisma.sql`${inExperiments(Prisma.sql`s.experiment_id`, experiments)} AND s.key = ${field.key} AND s.split = ${field.split ?? ""} AND s.latest_value <> 'NaN'`;
}

/** A param of the experiments searched (see seriesOf). */
function paramOf(key: string, experiments: string[]): Prisma.Sql {
  return Prisma.sql`${inExperiments(Prisma.sql`p.experiment_id`, experiments)} AND p.key = ${key}`;
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
function fieldCondition(field: FieldRef, operator: string, literal: Literal, experiments: string[]): Prisma.Sql {
  switch (field.scope) {
    case "attribute": {
      const number = ATTRIBUTE_NUMBERS[field.key];
      if (literal.type === "number" && number && !["LIKE", "ILIKE"].includes(operator)) return Prisma.sql`(${number} IS NOT NULL AND ${numberCondition(number, operator, literal.value)})`;
      const text = ATTRIBUTE_TEXTS[field.key]!;
      return Prisma.sql`(${text} IS NOT NULL AND ${textCondition(text, operator, literal)})`;
    }
    case "metric":
      return Prisma.sql`r.id IN (SELECT s.run_id FROM metric_summaries s WHERE ${seriesOf(field, experiments)} AND ${numberCondition(Prisma.sql`s.latest_value`, operator, literal.value as number)})`;
    case "param": {
      const compared =
        literal.type === "number" && !["LIKE", "ILIKE"].includes(operator)
          ? Prisma.sql`((p.type = 'number' AND ${numberCondition(Prisma.sql`p.number_value`, operator, literal.value)}) OR (p.type <> 'number' AND ${textCondition(Prisma.sql`p.text_value`, operator, literal)}))`
          : textCondition(Prisma.sql`p.text_value`, operator, literal);
      return Prisma.sql`r.id IN (SELECT p.run_id FROM run_params p WHERE ${paramOf(field.key, experiments)} AND ${compared})`;
    }
    case "tag":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.key = ${field.key} AND ${textCondition(Prisma.sql`t.value`, operator, literal)})`;
    case "dataset":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_inputs i WHERE i.run_id = r.id AND ${textCondition(field.key === "digest" ? Prisma.sql`i.digest` : Prisma.sql`i.name`, operator, literal)})`;
  }
}

/**
 * field IN (values): what an OR of field = value for each would say, as one comparison with arrays (= ANY), so that
 * a list of hundreds costs one index probe per run rather than hundreds of subqueries.
 */
function inCondition(field: FieldRef, values: readonly Literal[], experiments: string[]): Prisma.Sql {
  const numbers = values.filter((value) => value.type === "number").map((value) => value.value as number);
  const texts = values.filter((value) => value.type === "string").map(literalText);
  const allTexts = values.map(literalText);
  const anyText = (expression: Prisma.Sql, list: string[]) => Prisma.sql`${expression} COLLATE "C" = ANY(${list}::text[])`;
  const anyNumber = (expression: Prisma.Sql) => Prisma.sql`${expression} = ANY(${numbers}::float8[])`;
  switch (field.scope) {
    case "attribute": {
      const number = ATTRIBUTE_NUMBERS[field.key];
      const text = ATTRIBUTE_TEXTS[field.key]!;
      if (!number) return Prisma.sql`(${text} IS NOT NULL AND ${anyText(text, allTexts)})`;
      return Prisma.sql`((${number} IS NOT NULL AND ${anyNumber(number)}) OR (${text} IS NOT NULL AND ${anyText(text, texts)}))`;
    }
    case "metric":
      return Prisma.sql`r.id IN (SELECT s.run_id FROM metric_summaries s WHERE ${seriesOf(field, experiments)} AND ${anyNumber(Prisma.sql`s.latest_value`)})`;
    case "param":
      return Prisma.sql`r.id IN (SELECT p.run_id FROM run_params p WHERE ${paramOf(field.key, experiments)} AND (
        (p.type = 'number' AND ${anyNumber(Prisma.sql`p.number_value`)}) OR (p.type <> 'number' AND ${anyText(Prisma.sql`p.text_value`, numbers.map(String))}) OR ${anyText(Prisma.sql`p.text_value`, texts)}))`;
    case "tag":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.key = ${field.key} AND ${anyText(Prisma.sql`t.value`, allTexts)})`;
    case "dataset":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_inputs i WHERE i.run_id = r.id AND ${anyText(field.key === "digest" ? Prisma.sql`i.digest` : Prisma.sql`i.name`, allTexts)})`;
  }
}

function presence(field: FieldRef, experiments: string[]): Prisma.Sql {
  switch (field.scope) {
    case "attribute":
      return Prisma.sql`${ATTRIBUTE_TEXTS[field.key]!} IS NOT NULL`;
    case "metric":
      return Prisma.sql`r.id IN (SELECT s.run_id FROM metric_summaries s WHERE ${seriesOf(field, experiments)})`;
    case "param":
      return Prisma.sql`r.id IN (SELECT p.run_id FROM run_params p WHERE ${paramOf(field.key, experiments)})`;
    case "tag":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.key = ${field.key})`;
    case "dataset":
      return Prisma.sql`EXISTS (SELECT 1 FROM run_inputs i WHERE i.run_id = r.id)`;
  }
}

/** The filter over runs r of the experiments searched. */
function filterSql(node: FilterNode | null, experiments: string[]): Prisma.Sql {
  if (!node) return Prisma.sql`TRUE`;
  switch (node.kind) {
    case "and":
      return Prisma.sql`(${Prisma.join(node.children.map((child) => filterSql(child, experiments)), " AND ")})`;
    case "or":
      return Prisma.sql`(${Prisma.join(node.children.map((child) => filterSql(child, experiments)), " OR ")})`;
    case "compare":
      return fieldCondition(node.field, node.operator, node.value, experiments);
    case "in": {
      const any = inCondition(node.field, node.values, experiments);
      return node.negated ? Prisma.sql`(${presence(node.field, experiments)} AND NOT (${any}))` : Prisma.sql`(${any})`;
    }
  }
}

/** The sort expressions for ORDER BY, key after key; runs without a key's field come last for it, and the next key orders them. */
function orderSql(orderBy: readonly OrderBy[]): Prisma.Sql {
  if (!orderBy.length) return Prisma.sql`r.created_at DESC, r.id ASC`;
  return Prisma.join([...orderBy.map(orderKeySql), Prisma.sql`r.id ASC`], ", ");
}

function orderKeySql(orderBy: OrderBy): Prisma.Sql {
  const direction = Prisma.raw(orderBy.direction === "desc" ? "DESC" : "ASC");
  const { field } = orderBy;
  let expressions: Prisma.Sql[];
  switch (field.scope) {
    case "attribute":
      expressions = [ATTRIBUTE_NUMBERS[field.key] ?? Prisma.sql`${ATTRIBUTE_TEXTS[field.key]!} COLLATE "C"`];
      break;
    case "metric":
      expressions = [Prisma.sql`(SELECT s.latest_value FROM metric_summaries s WHERE s.run_id = r.id AND s.key = ${field.key} AND s.split = ${field.split ?? ""} AND s.latest_value <> 'NaN')`];
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
    case "dataset":
      throw new Error("parseOrderBy refuses data sets");
  }
  return Prisma.join(expressions.map((expression) => Prisma.sql`${expression} ${direction} NULLS LAST`), ", ");
}
