import { Injectable } from "@nestjs/common";
import { fromMetricNumber, inferParamValue, type Run } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { DataSetsService, type NewRunInput } from "../data-sets/data-sets.service";
import type { BatchPoint } from "@lifecycle/domain";
import { decodeHistoryCursor, encodeCursor } from "../runs/runs.mapper";
import { RunsService, toParam } from "../runs/runs.service";
import { HistoryPageCache } from "./history-page.cache";
import { MlflowAccess } from "./mlflow-access.service";
import { DEFAULT_EXPERIMENT, exactStep, experimentIdOf, idList, invalid, key, valueText, metricValue, number, pageOffset, pageToken, runIdOf, step, text, timestamp, type Body } from "./mlflow-fields";
import { MlflowRepository } from "./mlflow.repository";
import { MetricStore } from "../metrics/metric-store";

/** Where MLflow keeps a run's name as well. */
const RUN_NAME_TAG = "mlflow.runName";
/** Where MLflow keeps the models logged in a run. */
const LOGGED_MODELS_TAG = "mlflow.log-model.history";
/** The most experiments one runs/search covers (MLflow's search_all_experiments sends every one the caller sees). */
const MAX_SEARCH_EXPERIMENTS = 1000;
/** MLflow keeps at most 6,000 characters of a param's value and cuts the rest, as its server does. */
const PARAM_VALUE_MAX = 6000;
/** MLflow's limit on a run tag's value. */
const TAG_VALUE_MAX = 8000;

/** A param's value, cut at 6,000 characters as MLflow's server does. */
const paramText = (value: unknown, paramKey: string) => valueText(value, `param '${paramKey}'`, PARAM_VALUE_MAX, "cut");
const tagText = (value: unknown, tagKey: string) => valueText(value, `tag '${tagKey}'`, TAG_VALUE_MAX);
/** MLflow's log-batch limits and messages. */
const LIMITS = { metrics: 1000, params: 100, tags: 100, total: 1000 };

/** MLflow's runs and metrics API on Lifecycle's runs (see MlflowAccess for who may do what). */
@Injectable()
export class MlflowRunsService {
  constructor(
    private readonly runs: RunsService,
    private readonly repository: MlflowRepository,
    private readonly dataSets: DataSetsService,
    private readonly historyPages: HistoryPageCache,
    private readonly access: MlflowAccess,
    private readonly metrics: MetricStore,
  ) {}

  async createRun(principal: Principal, body: Body) {
    const experimentId = body.experiment_id === undefined || body.experiment_id === null || body.experiment_id === "" ? DEFAULT_EXPERIMENT : experimentIdOf(body.experiment_id);
    const { projectId, experiment } = await this.access.resolveExperiment(principal, experimentId, "CONTRIBUTOR");
    if (experiment.deletedAt) throw invalid(`The experiment ${experiment.id} must be in the 'active' state. Current state is deleted.`);
    const tags = Array.isArray(body.tags)
      ? (body.tags as Body[]).map((tag) => {
          const tagKey = key(tag.key, "key");
          return { key: tagKey, value: tagText(tag.value, tagKey) };
        })
      : [];
    const name = typeof body.run_name === "string" && body.run_name ? body.run_name : tags.find((tag) => tag.key === RUN_NAME_TAG)?.value;
    const run = await this.runs.createRun(projectId, experiment.id, {
      ...(name ? { name } : {}),
      ...(body.start_time !== undefined && body.start_time !== null ? { startTime: new Date(timestamp(body.start_time, "start_time")).toISOString() } : {}),
      tags: Object.fromEntries(tags.map((tag) => [tag.key, tag.value])),
    });
    // MLflow keeps the name in the mlflow.runName tag too, and its UI and searches read it there.
    if (run.tags[RUN_NAME_TAG] !== run.name) await this.runs.saveTag(projectId, run.id, { key: RUN_NAME_TAG, value: run.name });
    return Buffer.from(`{"run":${await this.runJson(run.id)}}`);
  }

  async getRun(principal: Principal, runId: string) {
    await this.access.runProject(principal, runId, "VIEWER");
    return Buffer.from(`{"run":${await this.runJson(runId)}}`);
  }

  /** A run as MLflow's JSON, written by the same statement as a search's page (see MlflowRepository). */
  private async runJson(runId: string): Promise<string> {
    const [json] = await this.repository.findRunsJson([runId]);
    if (json === undefined) throw new DomainError("RUN_NOT_FOUND", `Run with id=${runId} not found`);
    return json;
  }

  async updateRun(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    const projectId = await this.access.runProject(principal, runId, "CONTRIBUTOR");
    const status = body.status === undefined ? undefined : String(body.status);
    if (status !== undefined && !["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"].includes(status)) throw invalid(`Invalid value "${status}" for parameter 'status' supplied.`);
    const run = await this.runs.updateRun(projectId, runId, {
      ...(status ? { status: status as Run["status"] } : {}),
      ...(body.end_time !== undefined && body.end_time !== null ? { endTime: new Date(timestamp(body.end_time, "end_time")).toISOString() } : {}),
      ...(typeof body.run_name === "string" && body.run_name ? { name: body.run_name } : {}),
    });
    if (run.tags[RUN_NAME_TAG] !== run.name) await this.runs.saveTag(projectId, runId, { key: RUN_NAME_TAG, value: run.name });
    return { run_info: (JSON.parse(await this.runJson(runId)) as { info: object }).info };
  }

  async logMetric(principal: Principal, body: Body) {
    return this.logBatch(principal, { run_id: runIdOf(body), metrics: [body] });
  }

  async logParam(principal: Principal, body: Body) {
    return this.logBatch(principal, { run_id: runIdOf(body), params: [body] });
  }

  async setTag(principal: Principal, body: Body) {
    return this.logBatch(principal, { run_id: runIdOf(body), tags: [body] });
  }

  /**
   * runs/search: MLflow's filter and order_by (the same language as Lifecycle's), max_results up to 50,000,
   * page_token, run_view_type; the page's runs written as JSON text by Postgres.
   */
  async searchRuns(principal: Principal, body: Body): Promise<Buffer> {
    const experimentIds = [...new Set(idList(body.experiment_ids, "experiment_ids"))];
    if (experimentIds.length === 0) throw invalid("Missing value for required parameter 'experiment_ids'.");
    if (experimentIds.length > MAX_SEARCH_EXPERIMENTS) throw invalid(`A search covers at most ${MAX_SEARCH_EXPERIMENTS} experiments; got ${experimentIds.length}.`);
    const maxResults = body.max_results === undefined ? 1000 : number(body.max_results, "max_results");
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 50_000) throw invalid(`Invalid value ${maxResults} for parameter 'max_results' supplied: it must be at most 50000.`);
    const view = body.run_view_type === undefined ? "ACTIVE_ONLY" : String(body.run_view_type);
    if (!["ACTIVE_ONLY", "DELETED_ONLY", "ALL"].includes(view)) throw invalid(`Invalid value "${view}" for parameter 'run_view_type' supplied.`);
    const offset = typeof body.page_token === "string" && body.page_token ? pageOffset(body.page_token) : 0;
    // Every order_by key in turn, as MLflow does: runs without the first key's field are ordered by the next.
    const orderBy = Array.isArray(body.order_by) ? (body.order_by as unknown[]).slice(0, 10).map((item, index) => valueText(item, `order_by[${index}]`, 300)) : undefined;
    // Every experiment the caller can read, across projects (search_all_experiments sends them all); one they cannot is no experiment, as in MLflow an unknown id finds nothing.
    const readable = await this.access.readableExperiments(principal, experimentIds);
    if (readable.length === 0) return Buffer.from("{}");
    const search = this.runs.runSearch(readable, view as "ACTIVE_ONLY", typeof body.filter === "string" ? body.filter : undefined, orderBy, offset, maxResults + 1);
    const runs = await this.repository.findRunsJson(await this.runs.searchRunIds(search));
    const more = runs.length > maxResults;
    if (more) runs.length = maxResults;
    const fields = [...(runs.length ? [`"runs":[${runs.join(",")}]`] : []), ...(more ? [`"next_page_token":${JSON.stringify(pageToken(offset + maxResults))}`] : [])];
    return Buffer.from(`{${fields.join(",")}}`);
  }

  /**
   * metrics/get-history, a page at a time (the Python client asks for 25,000 and follows next_page_token), as
   * JSON text. Large pages are kept (see HistoryPageCache) and served again while the series has the same
   * number of points, which the access check reads along the way.
   */
  async getMetricHistory(principal: Principal, query: Body): Promise<Buffer> {
    const runId = runIdOf(query);
    const metricKey = key(query.metric_key, "metric_key");
    const pageSize = query.max_results === undefined ? 25_000 : number(query.max_results, "max_results");
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 25_000) throw invalid(`Invalid value ${pageSize} for parameter 'max_results' supplied: it must be at most 25000.`);
    const token = typeof query.page_token === "string" && query.page_token ? query.page_token : undefined;
    const after = decodeHistoryCursor(token);
    if (after === undefined) throw invalid("Invalid page token.");
    // MLflow answers an unknown run's history with no metrics rather than an error; so does a run the caller cannot see.
    const found = await this.access.runAccess(principal, runId, "VIEWER", metricKey).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === "RUN_NOT_FOUND") return null;
      throw error;
    });
    if (!found) return Buffer.from("{}");
    const { run, seriesCount } = found;
    const page = { runId: run.id, key: metricKey, pageSize, token: token ?? "" };
    const kept = seriesCount === null ? null : this.historyPages.get(page, seriesCount);
    if (kept) return kept;
    const rows = await this.metrics.historyJson(run.id, metricKey, pageSize, after);
    const more = rows.length > pageSize;
    if (more) rows.length = pageSize;
    const [step, id] = (rows[rows.length - 1]?.[1] ?? ":").split(":");
    const fields = [...(rows.length ? [`"metrics":[${rows.map((row) => row[0]).join(",")}]`] : []), ...(more ? [`"next_page_token":${JSON.stringify(encodeCursor({ step, id }))}`] : [])];
    const body = Buffer.from(`{${fields.join(",")}}`);
    if (seriesCount !== null && rows.length >= HistoryPageCache.MIN_POINTS) this.historyPages.set(page, seriesCount, body);
    return body;
  }

  /**
   * metrics/get-history-bulk-interval: one metric of up to 100 runs over a step
   * range, at most max_results (≤ 2500) steps: all of them when they fit, else
   * evenly spaced ones always including the first and the last, the same steps
   * for every run.
   */
  async getMetricHistoryBulkInterval(principal: Principal, query: Body) {
    const runIds = idList(query.run_ids, "run_ids");
    if (runIds.length === 0) throw invalid("GetMetricHistoryBulkInterval request must specify at least one run_id.");
    if (runIds.length > 100) throw invalid(`GetMetricHistoryBulkInterval request cannot specify more than 100 run_ids. Received ${runIds.length} run_ids.`);
    const metricKey = key(query.metric_key, "metric_key");
    const startStep = query.start_step === undefined ? undefined : step(query.start_step, metricKey);
    const endStep = query.end_step === undefined ? undefined : step(query.end_step, metricKey);
    if ((startStep === undefined) !== (endStep === undefined)) throw invalid("If either start step or end step are specified, both must be specified.");
    if (startStep !== undefined && endStep !== undefined && startStep > endStep) throw invalid("end_step must be greater than start_step. ");
    const maxResults = query.max_results === undefined ? 2500 : number(query.max_results, "max_results");
    if (!Number.isInteger(maxResults) || maxResults < 1) throw invalid(`max_results must be between 1 and 2500. Received ${maxResults}.`);
    const perRun = Math.min(maxResults, 2500);
    for (const runId of new Set(runIds)) await this.access.runProject(principal, runId, "VIEWER");
    const sorted = [...new Set(runIds)].sort();
    const sampled = await this.metrics.sampledSteps(sorted, metricKey, startStep ?? null, endStep ?? null, perRun);
    const rows = sampled.length ? await this.metrics.pointsAtSteps(sorted, metricKey, sampled) : [];
    const taken = new Map<string, number>();
    const metrics = rows.flatMap((row) => {
      const count = taken.get(row.run_id) ?? 0;
      if (count >= perRun) return [];
      taken.set(row.run_id, count + 1);
      // The step as Postgres wrote it: 64-bit steps stay exact in the JSON text.
      return [`{"key":${JSON.stringify(metricKey)},"value":${JSON.stringify(fromMetricNumber(row.value))},"timestamp":${row.ms},"step":${row.step},"run_id":${JSON.stringify(row.run_id)}}`];
    });
    return Buffer.from(metrics.length ? `{"metrics":[${metrics.join(",")}]}` : "{}");
  }

  async deleteRun(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    await this.runs.deleteRun(await this.access.runProject(principal, runId, "CONTRIBUTOR"), runId);
    return {};
  }

  async restoreRun(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    await this.runs.restoreRun(await this.access.runProject(principal, runId, "CONTRIBUTOR"), runId);
    return {};
  }

  async deleteTag(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    await this.runs.deleteTag(await this.access.runProject(principal, runId, "CONTRIBUTOR"), runId, key(body.key, "key"));
    return {};
  }

  /** runs/log-inputs: data sets the run read, with MLflow's size limits; one the run already has is kept as it was. */
  async logInputs(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    const datasets = Array.isArray(body.datasets) ? (body.datasets as unknown[]) : [];
    const bounded = (value: unknown, field: string, max: number, required = true): string | null => {
      if (value === undefined || value === null || value === "") {
        if (required) throw invalid(`Missing value for required parameter '${field}'.`);
        return null;
      }
      const stringValue = String(value);
      if (stringValue.length > max) throw invalid(`'${field}' exceeds the maximum length of ${max} characters.`);
      return stringValue;
    };
    const inputs: NewRunInput[] = datasets.map((item, index) => {
      const entry = item && typeof item === "object" ? (item as Body) : {};
      const dataset = entry.dataset && typeof entry.dataset === "object" ? (entry.dataset as Body) : {};
      const at = `datasets[${index}].dataset`;
      return {
        name: bounded(dataset.name, `${at}.name`, 500)!,
        digest: bounded(dataset.digest, `${at}.digest`, 36)!,
        sourceType: bounded(dataset.source_type, `${at}.source_type`, 36)!,
        source: bounded(dataset.source, `${at}.source`, 65_535)!,
        schema: bounded(dataset.schema, `${at}.schema`, 1_048_575, false),
        profile: bounded(dataset.profile, `${at}.profile`, 16_384, false),
        tags: (Array.isArray(entry.tags) ? (entry.tags as Body[]) : []).map((tag, tagIndex) => ({
          key: bounded(tag.key, `datasets[${index}].tags[${tagIndex}].key`, 255)!,
          value: bounded(tag.value, `datasets[${index}].tags[${tagIndex}].value`, 500)!,
        })),
      };
    });
    const projectId = await this.access.runProject(principal, runId, "CONTRIBUTOR");
    if (inputs.length) await this.dataSets.logRunInputs(projectId, runId, inputs);
    return {};
  }

  /** runs/log-model (mlflow.log_model after uploading the files): the model's metadata appended to the run's mlflow.log-model.history tag. */
  async logModel(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    let model: unknown;
    try {
      model = JSON.parse(text(body, "model_json"));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw invalid("Invalid value for parameter 'model_json' supplied: it must be a JSON object.");
    }
    if (!model || typeof model !== "object" || Array.isArray(model)) throw invalid("Invalid value for parameter 'model_json' supplied: it must be a JSON object.");
    const missing = ["artifact_path", "flavors", "utc_time_created", "run_id"].filter((field) => !(field in model));
    if (missing.length) throw invalid(`Model json is missing mandatory fields: {${missing.map((field) => `'${field}'`).join(", ")}}`);
    const projectId = await this.access.runProject(principal, runId, "CONTRIBUTOR");
    const run = await this.runs.getRun(projectId, runId);
    let history: unknown[] = [];
    try {
      const previous: unknown = JSON.parse(run.tags[LOGGED_MODELS_TAG] ?? "[]");
      if (Array.isArray(previous)) history = previous;
    } catch {
      // a hand-written tag: start the history afresh
    }
    await this.runs.logBatch(projectId, runId, { metrics: [], params: [], tags: [{ key: LOGGED_MODELS_TAG, value: JSON.stringify([...history, model]) }] });
    return {};
  }

  /** log-batch with MLflow's limits and messages; all of it or nothing. */
  async logBatch(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    const metrics = Array.isArray(body.metrics) ? (body.metrics as Body[]) : [];
    const params = Array.isArray(body.params) ? (body.params as Body[]) : [];
    const tags = Array.isArray(body.tags) ? (body.tags as Body[]) : [];
    for (const [kind, items] of [["metrics", metrics], ["params", params], ["tags", tags]] as const) {
      if (items.length > LIMITS[kind]) {
        throw invalid(`A batch logging request can contain at most ${LIMITS[kind]} ${kind}. Got ${items.length} ${kind}. Please split up ${kind} across multiple requests and try again.`);
      }
    }
    const total = metrics.length + params.length + tags.length;
    if (total > LIMITS.total) throw invalid(`A batch logging request can contain at most ${LIMITS.total} metrics, params, and tags in total. Got ${total}. Please split up entities across multiple requests and try again.`);
    const seen = new Set<string>();
    for (const param of params) {
      const name = key(param.key, "key");
      if (seen.has(name)) throw invalid(`Duplicate parameter keys have been submitted: ['${name}']. Please ensure the request contains only one param value per param key.`);
      seen.add(name);
    }
    // Built straight into the writer's form, one object per point: a request carries up to a thousand.
    const checkedKeys = new Set<string>();
    const points = metrics.map((metric): BatchPoint => {
      const name = metric.key;
      if (typeof name !== "string" || !checkedKeys.has(name)) checkedKeys.add(key(name, "key"));
      const { step: pointStep, text: stepText } = exactStep(metric.step, name as string);
      const point: BatchPoint = { key: name as string, split: "", step: pointStep, value: metricValue(metric.value, name as string), at: timestamp(metric.timestamp, "timestamp", ` for metric '${name as string}'`) };
      if (stepText !== undefined) point.stepText = stepText;
      return point;
    });
    const tagList = tags.map((tag) => {
      const tagKey = key(tag.key, "key");
      return { key: tagKey, value: tagText(tag.value, tagKey) };
    });
    const { run } = await this.access.runAccess(principal, runId, "CONTRIBUTOR");
    await this.runs
      .writePreparedBatch(run, { points, params: params.map((param) => {
            const sent = paramText(param.value, param.key as string);
            return toParam(param.key as string, inferParamValue(sent), sent);
          }), tags: tagList }, { metrics: metrics.length, params: params.length, tags: tags.length })
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.code === "PARAM_CONFLICT") throw invalid(`Changing param values is not allowed. ${error.message}`);
        throw error;
      });
    return {};
  }
}
