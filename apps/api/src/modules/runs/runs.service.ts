import { Injectable } from "@nestjs/common";
import {
  FilterSyntaxError,
  fromMetricNumber,
  parseFilter,
  parseOrderBy,
  paramType,
  sameParamValue,
  TERMINAL_RUN_STATUSES,
  toMetricNumber,
  type CreateRunInput,
  type LogBatchInput,
  type Run,
  type RunComparison,
  diffParams,
  type UpdateRunInput,
} from "@lifecycle/domain";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { ExperimentsService } from "../experiments/experiments.service";
import { KpisService } from "../kpis/kpis.service";
import { ProjectsService } from "../projects/projects.service";
import { createHash } from "node:crypto";
import type { Batch, BatchResult, Idempotency } from "../metrics/batch.writer";
import { MetricStore } from "../metrics/metric-store";
import { decodeCursor, decodeHistoryCursor, encodeCursor, isPageOffset, toRunView } from "./runs.mapper";
import { RunsRepository, type NewParam, type RunRow, type RunSearch, type RunView } from "./runs.repository";

const isPageCursor = (value: unknown): value is { offset: number } =>
  typeof value === "object" && value !== null && isPageOffset((value as { offset?: unknown }).offset);

/** A param as stored: its type and number for sorting and charts, and its text exactly as it was sent (MLflow's value). */
export function toParam(key: string, value: number | string | boolean, text = String(value)): NewParam {
  return { key, type: paramType(value), numberValue: typeof value === "number" ? value : null, textValue: text };
}

@Injectable()
export class RunsService {
  constructor(
    private readonly runs: RunsRepository,
    private readonly metrics: MetricStore,
    private readonly projects: ProjectsService,
    private readonly experiments: ExperimentsService,
    private readonly kpis: KpisService,
  ) {}

  async createRun(projectRef: string, experimentId: string, input: CreateRunInput): Promise<Run> {
    const project = await this.projects.requireProject(projectRef);
    const experiment = await this.experiments.getExperiment(projectRef, experimentId);
    if (experiment.deletedAt) throw new DomainError("EXPERIMENT_DELETED", `The experiment "${experiment.name}" is deleted: restore it before starting runs in it.`);
    const fields = normaliseText(input);
    const id = crypto.randomUUID();
    const row = await this.runs.createRun(
      {
        id,
        experimentId: experiment.id,
        name: input.name ?? `run-${id.slice(0, 8)}`,
        status: input.status ?? "RUNNING",
        ...(input.startTime ? { startTime: new Date(input.startTime) } : {}),
        iteration: project.iteration,
        notes: fields.notes ?? null,
        source: fields.source ?? null,
        baseModel: fields.baseModel ?? null,
        approach: input.approach ?? null,
      },
      input.tags ?? {},
    );
    return this.view(project.id, row);
  }

  /** An experiment's runs matching the filter, in the asked order (newest first by default), a page at a time. */
  async listRuns(projectRef: string, experimentId: string, query: { filter?: string; orderBy?: string; pageSize: number; cursor?: string; includeDeleted: "true" | "false" }) {
    const experiment = await this.experiments.getExperiment(projectRef, experimentId);
    const cursor = decodeCursor(query.cursor, isPageCursor);
    if (cursor === undefined) throw invalidField("cursor", "Not a cursor this API gave out");
    const offset = cursor?.offset ?? 0;
    const page = await this.searchRuns(experiment.projectId, [experiment.id], query.includeDeleted === "true" ? "ALL" : "ACTIVE_ONLY", query.filter, query.orderBy, offset, query.pageSize);
    return { items: page.items, nextCursor: page.more ? encodeCursor({ offset: offset + query.pageSize }) : null };
  }

  /** Runs of these experiments matching a filter, in order, one page from an offset; with their KPI results when `projectId` (the one project of them all) is given. */
  async searchRuns(projectId: string | null, experimentIds: string[], view: RunView, filterText: string | undefined, orderByText: string | readonly string[] | undefined, offset: number, pageSize: number): Promise<{ items: Run[]; more: boolean }> {
    const ids = await this.runs.searchRunIds(this.runSearch(experimentIds, view, filterText, orderByText, offset, pageSize + 1));
    const pageIds = ids.slice(0, pageSize);
    const rows = new Map((await this.runs.findRunsByIds(pageIds)).map((row) => [row.id, row]));
    const kpis = projectId ? await this.kpis.kpiResultsForRuns(projectId, pageIds) : new Map<string, Run["kpis"]>();
    return { items: pageIds.flatMap((id) => (rows.has(id) ? [toRunView(rows.get(id)!, kpis.get(id))] : [])), more: ids.length > pageSize };
  }

  /** The ids of a search's page, in order. */
  searchRunIds(search: RunSearch): Promise<string[]> {
    return this.runs.searchRunIds(search);
  }

  /** A search's page from its texts: the filter and order parsed (a 400 when they do not parse), nothing read yet. */
  runSearch(experimentIds: string[], view: RunView, filterText: string | undefined, orderByText: string | readonly string[] | undefined, offset: number, limit: number): RunSearch {
    const filter = this.parse("filter", () => parseFilter(filterText ?? ""));
    const orderTexts = (typeof orderByText === "string" ? [orderByText] : (orderByText ?? [])).filter((text) => text.trim());
    const orderBy = orderTexts.map((text) => this.parse("orderBy", () => parseOrderBy(text)));
    return { experimentIds, view, filter, orderBy, offset, limit };
  }

  /** A filter or ordering that does not parse is a 400 pointing at the spot. */
  private parse<T>(field: string, parse: () => T): T {
    try {
      return parse();
    } catch (error) {
      if (error instanceof FilterSyntaxError) {
        throw new DomainError("VALIDATION_FAILED", `${field}: ${error.message}`, [{ path: field, code: `position:${error.position}`, message: error.message }]);
      }
      throw error;
    }
  }

  async getRun(projectRef: string, runId: string): Promise<Run> {
    const { project, run } = await this.requireRun(projectRef, runId);
    return this.view(project.id, run);
  }

  /** 2–20 runs of the project side by side: params with differences marked, and each series' latest value. */
  async getRunComparison(projectRef: string, runIds: string[]): Promise<RunComparison> {
    const project = await this.projects.requireProject(projectRef);
    const rows = new Map((await this.runs.findProjectRuns(project.id, runIds)).map((row) => [row.id, row]));
    const missing = runIds.find((id) => !rows.has(id));
    if (missing) throw this.runNotFound(missing, project.slug);
    const kpis = await this.kpis.kpiResultsForRuns(project.id, runIds);
    const runs = runIds.map((id) => toRunView(rows.get(id)!, kpis.get(id)));
    const series = [...new Map(runs.flatMap((run) => run.metrics.map((metric) => [`${metric.key}\u0000${metric.split ?? ""}`, { key: metric.key, split: metric.split }]))).values()].sort(
      (a, b) => a.key.localeCompare(b.key) || (a.split ?? "").localeCompare(b.split ?? ""),
    );
    return {
      runs,
      params: diffParams(runs.map((run) => Object.fromEntries(run.params.map((param) => [param.key, param.value])))),
      metrics: series.map(({ key, split }) => ({ key, split, values: runs.map((run) => run.metrics.find((metric) => metric.key === key && metric.split === split)?.latest ?? null) })),
    };
  }

  async updateRun(projectRef: string, runId: string, input: UpdateRunInput): Promise<Run> {
    const { project, run } = await this.requireRun(projectRef, runId);
    const fields = normaliseText(input);
    const ending = input.status !== undefined && TERMINAL_RUN_STATUSES.has(input.status) && input.endTime === undefined && !run.endTime;
    const endTime = input.endTime === undefined ? (ending ? new Date() : undefined) : input.endTime === null ? null : new Date(input.endTime);
    if (endTime && endTime.getTime() < run.startTime.getTime()) throw invalidField("endTime", "Must not be before the start time");
    // A run that finishes is diagnosed in the background (its verdict is searchable without opening it).
    const row = await this.runs.updateRun(run.id, { ...fields, ...(endTime !== undefined ? { endTime } : {}), ...(ending ? { fitDueAt: new Date() } : {}) });
    return this.view(project.id, row);
  }

  async deleteRun(projectRef: string, runId: string): Promise<Run> {
    const { project, run } = await this.requireRun(projectRef, runId);
    return this.view(project.id, run.deletedAt ? run : await this.runs.updateRun(run.id, { deletedAt: new Date() }));
  }

  async restoreRun(projectRef: string, runId: string): Promise<Run> {
    const { project, run } = await this.requireRun(projectRef, runId);
    return this.view(project.id, run.deletedAt ? await this.runs.updateRun(run.id, { deletedAt: null }) : run);
  }

  /**
   * Logs metrics, params and tags in one transaction: all of it or nothing.
   * Params are write-once (the same value again is fine, another is a 409 naming
   * both); tags overwrite; metrics append. With an idempotency key the first
   * result is kept with the batch and answered again to a retry.
   */
  async logBatch(projectRef: string, runId: string, input: LogBatchInput, idempotencyKey?: string): Promise<BatchResult> {
    const run = await this.requireRunCore(projectRef, runId);
    const metrics = input.metrics ?? [];
    const params = input.params ?? [];
    const tags = input.tags ?? [];

    const sent = new Map<string, number | string | boolean>();
    params.forEach((param, index) => {
      const earlier = sent.get(param.key);
      if (earlier !== undefined && !sameParamValue(earlier, param.value)) throw invalidField(`params.${index}.value`, `The batch sets "${param.key}" twice, to ${JSON.stringify(earlier)} and ${JSON.stringify(param.value)}`);
      sent.set(param.key, param.value);
    });

    return this.writePreparedBatch(
      run,
      {
        params: [...sent.entries()].map(([key, value]) => toParam(key, value)),
        tags,
        points: metrics.map((point) => ({ key: point.key, split: point.split ?? "", step: point.step ?? 0, value: toMetricNumber(point.value), at: point.timestamp === undefined ? undefined : Date.parse(point.timestamp) })),
      },
      { metrics: metrics.length, params: params.length, tags: tags.length },
      idempotencyKey ? { key: idempotencyKey, bodyHash: createHash("sha256").update(JSON.stringify(input)).digest("hex") } : undefined,
    );
  }

  /**
   * A batch whose points, params (one value per key) and tags the caller has
   * already checked and built — the MLflow API, which reads its own format and
   * should not pay for a second pass over a thousand points.
   */
  async writePreparedBatch(run: { id: string; deletedAt: Date | null }, batch: Batch, result: BatchResult, idempotency?: Idempotency): Promise<BatchResult> {
    if (run.deletedAt) throw new DomainError("RUN_DELETED", "The run is deleted: restore it before logging to it.");
    return this.metrics.write(run.id, batch, result, idempotency);
  }

  async saveTag(projectRef: string, runId: string, tag: { key: string; value: string }): Promise<Run> {
    const { project, run } = await this.requireRun(projectRef, runId);
    if (run.deletedAt) throw new DomainError("RUN_DELETED", "The run is deleted: restore it before changing it.");
    await this.runs.saveTag(run.id, tag.key, tag.value);
    return this.view(project.id, (await this.runs.findRun(project.id, run.id))!);
  }

  async deleteTag(projectRef: string, runId: string, key: string): Promise<Run> {
    const { project, run } = await this.requireRun(projectRef, runId);
    if (run.deletedAt) throw new DomainError("RUN_DELETED", "The run is deleted: restore it before changing it.");
    if (!(await this.runs.deleteTag(run.id, key))) throw new DomainError("TAG_NOT_FOUND", `Run "${run.name}" has no tag "${key}".`);
    return this.view(project.id, (await this.runs.findRun(project.id, run.id))!);
  }

  /** One page of a series by step, with a cursor to the next. */
  async getMetricHistory(projectRef: string, runId: string, key: string, query: { split?: string; pageSize: number; cursor?: string }) {
    const run = await this.requireRunCore(projectRef, runId);
    const after = decodeHistoryCursor(query.cursor);
    if (after === undefined) throw invalidField("cursor", "Not a cursor this API gave out");
    const rows = await this.metrics.seriesPage(run.id, key, query.split ?? "", query.pageSize + 1, after);
    const more = rows.length > query.pageSize;
    if (more) rows.length = query.pageSize;
    const last = rows[rows.length - 1];
    return {
      items: rows.map(([, step, value, ms]) => ({ step, value: fromMetricNumber(value), timestamp: new Date(ms).toISOString() })),
      nextCursor: more && last ? encodeCursor({ step: String(last[1]), id: last[0] }) : null,
    };
  }

  /** Chart-ready series for 1–20 runs and keys: every point when they fit, else each bucket's extremes. */
  async getSampledMetrics(projectRef: string, query: { runIds: string[]; keys: string[]; split?: string; fromStep?: number; toStep?: number; maxPoints: number }) {
    const project = await this.projects.requireProject(projectRef);
    const series = await this.metrics.sample(project.id, {
      runIds: query.runIds,
      keys: query.keys,
      split: query.split ?? "",
      fromStep: query.fromStep ?? 0,
      toStep: query.toStep ?? Number.MAX_SAFE_INTEGER,
      maxPoints: query.maxPoints,
    });
    return { series: series.map((item) => ({ ...item, points: item.points.map((point) => ({ step: point.step, value: fromMetricNumber(point.value) })) })) };
  }

  /** Where a run is: its id and experiment, and whether it is deleted (404 when the project has no such run). */
  async locateRun(projectRef: string, runId: string): Promise<{ id: string; experimentId: string; deleted: boolean }> {
    const run = await this.requireRunCore(projectRef, runId);
    return { id: run.id, experimentId: run.experimentId, deleted: run.deletedAt !== null };
  }

  /** A run with the project's metric-linked KPIs checked against its test evaluation. */
  private async view(projectId: string, row: RunRow): Promise<Run> {
    return toRunView(row, (await this.kpis.kpiResultsForRuns(projectId, [row.id])).get(row.id));
  }

  /** The run with everything shown of it, and its project, looked up once. */
  private async requireRun(projectRef: string, runId: string) {
    const project = await this.projects.requireProject(projectRef);
    const run = await this.runs.findRun(project.id, runId);
    if (!run) throw this.runNotFound(runId, project.slug);
    return { project, run };
  }

  /** Just enough of the run to write to or read points of it. */
  private async requireRunCore(projectRef: string, runId: string) {
    const project = await this.projects.requireProject(projectRef);
    const run = await this.runs.findRunCore(project.id, runId);
    if (!run) throw this.runNotFound(runId, project.slug);
    return run;
  }

  private runNotFound(runId: string, slug: string): DomainError {
    return new DomainError("RUN_NOT_FOUND", `No run "${runId}" in project "${slug}".`);
  }
}
