import { Injectable } from "@nestjs/common";
import { hasRole, inferParamValue, matchesFilter, parseFilter, type Experiment, type ProjectRole, type Run } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { runArtifactUri } from "../artifacts/artifacts.service";
import { ExperimentsService } from "../experiments/experiments.service";
import { ProjectsService } from "../projects/projects.service";
import { RunsService } from "../runs/runs.service";
import { MlflowRepository } from "./mlflow.repository";

/** MLflow's log-batch limits and messages. */
const LIMITS = { metrics: 1000, params: 100, tags: 100, total: 1000 };
const DEFAULT_EXPERIMENT = "0";
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export type Body = Record<string, unknown>;

/** An experiment's artifact location, as `mlflow server --serve-artifacts` gives it. */
export const experimentArtifactLocation = (experimentId: string) => `mlflow-artifacts:/${experimentId}`;

export function invalid(message: string): DomainError {
  return new DomainError("VALIDATION_FAILED", message);
}

/** A required text field, MLflow's way: present and a string (numbers given as text are fine elsewhere). */
export function text(body: Body, field: string): string {
  const value = body[field];
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number") return String(value);
  throw invalid(`Missing value for required parameter '${field}'.`);
}

/** A number, accepted as JSON number or as text. */
function number(value: unknown, field: string): number {
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof parsed === "number" && !Number.isNaN(parsed)) return parsed;
  throw invalid(`Invalid value ${JSON.stringify(value)} for parameter '${field}' supplied: it must be a number.`);
}

function key(value: unknown, field: string): string {
  if (typeof value !== "string" || value.length === 0) throw invalid(`Missing value for required parameter '${field}'.`);
  if (value.length > 250) throw invalid(`'${field}' exceeds the maximum length of 250 characters.`);
  if (!/^[/\w.\- ]*$/.test(value) || value.split("/").includes("..")) throw invalid(`Invalid value "${value}" for parameter '${field}' supplied: names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes (/), and may not climb out of a path.`);
  return value;
}

/** run_uuid is accepted for run_id, as the Python client sends both. */
export function runIdOf(body: Body): string {
  const value = body.run_id ?? body.run_uuid;
  if (typeof value !== "string" || !value) throw invalid("Missing value for required parameter 'run_id'.");
  return value;
}

const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : undefined);
const pageToken = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString("base64url");
function pageOffset(token: string): number {
  try {
    const offset = (JSON.parse(Buffer.from(token, "base64url").toString()) as { offset?: unknown }).offset;
    if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through
  }
  throw invalid("Invalid page token.");
}

/**
 * MLflow's tracking API on Lifecycle's projects, experiments and runs. An
 * experiment named "<project-slug>/<name>" lives in that project (given access);
 * any other name, and the Default experiment "0", in the caller's own "MLflow
 * imports" project, created on first use.
 */
@Injectable()
export class MlflowService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly experiments: ExperimentsService,
    private readonly runs: RunsService,
    private readonly repository: MlflowRepository,
  ) {}

  async createExperiment(principal: Principal, body: Body) {
    const { projectId, name } = await this.placeExperiment(principal, text(body, "name"));
    if (await this.repository.findExperimentByName(projectId, name)) throw new DomainError("EXPERIMENT_NAME_TAKEN", `Experiment '${text(body, "name")}' already exists.`);
    const tags = Array.isArray(body.tags) ? Object.fromEntries((body.tags as Body[]).map((tag) => [key(tag.key, "key"), String(tag.value ?? "")])) : {};
    const experiment = await this.experiments.createExperiment(projectId, { name, tags });
    return { experiment_id: experiment.id };
  }

  async getExperiment(principal: Principal, experimentId: string) {
    const { projectId, experiment } = await this.resolveExperiment(principal, experimentId, "VIEWER");
    return { experiment: await this.experimentView(projectId, experiment) };
  }

  async getExperimentByName(principal: Principal, fullName: string) {
    const { projectId, name } = await this.placeExperiment(principal, fullName, "VIEWER");
    const found = await this.repository.findExperimentByName(projectId, name);
    if (!found) throw new DomainError("EXPERIMENT_NOT_FOUND", `Could not find experiment with name '${fullName}'`);
    return { experiment: await this.experimentView(projectId, await this.experiments.getExperiment(projectId, found.id)) };
  }

  /** experiments/search: filter on name and tags (e.g. name LIKE 'churn%' AND tags.team = 'growth'), order_by name or creation time, paging. */
  async searchExperiments(principal: Principal, body: Body) {
    const filter = typeof body.filter === "string" && body.filter.trim() ? parseFilter(body.filter) : null;
    const viewType = body.view_type === undefined ? "ACTIVE_ONLY" : String(body.view_type);
    if (!["ACTIVE_ONLY", "DELETED_ONLY", "ALL"].includes(viewType)) throw invalid(`Invalid value "${viewType}" for parameter 'view_type' supplied.`);
    const maxResults = body.max_results === undefined ? 1000 : number(body.max_results, "max_results");
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 50_000) throw invalid(`Invalid value ${maxResults} for parameter 'max_results' supplied.`);
    const offset = typeof body.page_token === "string" && body.page_token ? pageOffset(body.page_token) : 0;
    // Lifecycle deletes experiments for good: none is ever in the deleted view.
    const rows = viewType === "DELETED_ONLY" ? [] : await this.repository.findVisibleExperiments(principal.userId, principal.isAdmin);
    const views = rows.map((row) => {
      const tags = row.tags as Record<string, string>;
      const name = row.project.slug.startsWith("mlflow-imports") ? row.name : `${row.project.slug}/${row.name}`;
      return {
        experiment_id: row.id,
        name,
        artifact_location: experimentArtifactLocation(row.id),
        lifecycle_stage: "active",
        tags: Object.entries(tags).map(([tagKey, value]) => ({ key: tagKey, value })),
        creation_time: row.createdAt.getTime(),
        last_update_time: row.updatedAt.getTime(),
        filterable: { attributes: { name }, params: {}, metrics: {}, tags },
      };
    });
    const matching = views.filter((view) => matchesFilter(filter, view.filterable));
    const order = Array.isArray(body.order_by) ? String((body.order_by as unknown[])[0] ?? "") : "";
    const [field, direction] = order.trim().split(/\s+/);
    if (field) {
      if (!["name", "creation_time", "last_update_time"].includes(field)) throw invalid(`Invalid order_by clause '${order}': order by name, creation_time or last_update_time.`);
      const pick = (view: (typeof views)[number]) => (field === "name" ? view.name : field === "creation_time" ? view.creation_time : view.last_update_time);
      const sign = direction?.toUpperCase() === "DESC" ? -1 : 1;
      matching.sort((a, b) => (pick(a) < pick(b) ? -sign : pick(a) > pick(b) ? sign : 0));
    }
    const page = matching.slice(offset, offset + maxResults).map(({ filterable: _ignored, ...view }) => view);
    return { ...(page.length ? { experiments: page } : {}), ...(offset + maxResults < matching.length ? { next_page_token: pageToken(offset + maxResults) } : {}) };
  }

  async updateExperiment(principal: Principal, body: Body) {
    const { projectId, experiment } = await this.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    const newName = text(body, "new_name");
    const project = await this.projects.requireProject(projectId);
    const name = newName.startsWith(`${project.slug}/`) ? newName.slice(project.slug.length + 1) : newName;
    await this.experiments.updateExperiment(projectId, experiment.id, { name });
    return {};
  }

  async setExperimentTag(principal: Principal, body: Body) {
    const { projectId, experiment } = await this.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    await this.experiments.updateExperiment(projectId, experiment.id, { tags: { ...experiment.tags, [key(body.key, "key")]: String(body.value ?? "") } });
    return {};
  }

  async deleteExperimentTag(principal: Principal, body: Body) {
    const { projectId, experiment } = await this.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    const name = key(body.key, "key");
    if (!(name in experiment.tags)) throw new DomainError("TAG_NOT_FOUND", `No tag with name: ${name} in experiment ${experiment.id}.`);
    const { [name]: _removed, ...rest } = experiment.tags;
    await this.experiments.updateExperiment(projectId, experiment.id, { tags: rest });
    return {};
  }

  async createRun(principal: Principal, body: Body) {
    const experimentId = typeof body.experiment_id === "string" || typeof body.experiment_id === "number" ? String(body.experiment_id) : DEFAULT_EXPERIMENT;
    const { projectId, experiment } = await this.resolveExperiment(principal, experimentId, "CONTRIBUTOR");
    const tags = Array.isArray(body.tags) ? (body.tags as Body[]).map((tag) => ({ key: key(tag.key, "key"), value: String(tag.value ?? "") })) : [];
    const name = typeof body.run_name === "string" && body.run_name ? body.run_name : tags.find((tag) => tag.key === "mlflow.runName")?.value;
    const run = await this.runs.createRun(projectId, experiment.id, {
      ...(name ? { name } : {}),
      ...(body.start_time !== undefined ? { startTime: new Date(number(body.start_time, "start_time")).toISOString() } : {}),
      tags: Object.fromEntries(tags.map((tag) => [tag.key, tag.value])),
    });
    return { run: this.runView(run) };
  }

  async getRun(principal: Principal, runId: string) {
    const projectId = await this.runProject(principal, runId, "VIEWER");
    return { run: this.runView(await this.runs.getRun(projectId, runId)) };
  }

  async updateRun(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    const projectId = await this.runProject(principal, runId, "CONTRIBUTOR");
    const status = body.status === undefined ? undefined : String(body.status);
    if (status !== undefined && !["RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED"].includes(status)) throw invalid(`Invalid value "${status}" for parameter 'status' supplied.`);
    const run = await this.runs.updateRun(projectId, runId, {
      ...(status ? { status: status as Run["status"] } : {}),
      ...(body.end_time !== undefined && body.end_time !== null ? { endTime: new Date(number(body.end_time, "end_time")).toISOString() } : {}),
      ...(typeof body.run_name === "string" && body.run_name ? { name: body.run_name } : {}),
    });
    return { run_info: this.runView(run).info };
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

  /** runs/search: MLflow's filter and order_by (the same language as Lifecycle's), max_results up to 50,000, page_token, run_view_type. */
  async searchRuns(principal: Principal, body: Body) {
    const experimentIds = Array.isArray(body.experiment_ids) ? (body.experiment_ids as unknown[]).map(String) : [];
    if (experimentIds.length === 0) throw invalid("Missing value for required parameter 'experiment_ids'.");
    const resolved = await Promise.all(experimentIds.map((id) => this.resolveExperiment(principal, id, "VIEWER")));
    const projects = new Set(resolved.map((item) => item.projectId));
    if (projects.size > 1) throw invalid("In Lifecycle, the experiments of one search must belong to one project.");
    const maxResults = body.max_results === undefined ? 1000 : number(body.max_results, "max_results");
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 50_000) throw invalid(`Invalid value ${maxResults} for parameter 'max_results' supplied: it must be at most 50000.`);
    const view = body.run_view_type === undefined ? "ACTIVE_ONLY" : String(body.run_view_type);
    if (!["ACTIVE_ONLY", "DELETED_ONLY", "ALL"].includes(view)) throw invalid(`Invalid value "${view}" for parameter 'run_view_type' supplied.`);
    const offset = typeof body.page_token === "string" && body.page_token ? pageOffset(body.page_token) : 0;
    const orderBy = Array.isArray(body.order_by) ? (body.order_by as unknown[]).map(String)[0] : undefined;
    const page = await this.runs.searchRuns([...projects][0]!, resolved.map((item) => item.experiment.id), view as "ACTIVE_ONLY", typeof body.filter === "string" ? body.filter : undefined, orderBy, offset, maxResults);
    return { ...(page.items.length ? { runs: page.items.map((run) => this.runView(run)) } : {}), ...(page.more ? { next_page_token: pageToken(offset + maxResults) } : {}) };
  }

  /** metrics/get-history, a page at a time (the Python client asks for 25,000 and follows next_page_token). */
  async getMetricHistory(principal: Principal, query: Body) {
    const runId = runIdOf(query);
    const metricKey = key(query.metric_key, "metric_key");
    const projectId = await this.runProject(principal, runId, "VIEWER");
    const pageSize = query.max_results === undefined ? 25_000 : number(query.max_results, "max_results");
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 25_000) throw invalid(`Invalid value ${pageSize} for parameter 'max_results' supplied: it must be at most 25000.`);
    const page = await this.runs.getMetricPoints(projectId, runId, metricKey, { pageSize, ...(typeof query.page_token === "string" && query.page_token ? { cursor: query.page_token } : {}) });
    return {
      ...(page.points.length ? { metrics: page.points.map((point) => ({ key: metricKey, value: point.value, timestamp: point.ms, step: point.step })) } : {}),
      ...(page.nextCursor ? { next_page_token: page.nextCursor } : {}),
    };
  }

  async deleteRun(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    await this.runs.deleteRun(await this.runProject(principal, runId, "CONTRIBUTOR"), runId);
    return {};
  }

  async restoreRun(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    await this.runs.restoreRun(await this.runProject(principal, runId, "CONTRIBUTOR"), runId);
    return {};
  }

  async deleteTag(principal: Principal, body: Body) {
    const runId = runIdOf(body);
    await this.runs.deleteTag(await this.runProject(principal, runId, "CONTRIBUTOR"), runId, key(body.key, "key"));
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
    const projectId = await this.runProject(principal, runId, "CONTRIBUTOR");
    await this.runs.logBatch(projectId, runId, {
      metrics: metrics.map((metric) => {
        const value = ["NaN", "Infinity", "-Infinity"].includes(String(metric.value)) ? Number(metric.value) : number(metric.value, "value");
        return {
          key: key(metric.key, "key"),
          value, // NaN and the infinities are numbers here; the writer stores them as such
          step: metric.step === undefined || metric.step === null ? 0 : number(metric.step, "step"),
          ...(metric.timestamp !== undefined && metric.timestamp !== null ? { timestamp: new Date(number(metric.timestamp, "timestamp")).toISOString() } : {}),
        };
      }),
      params: params.map((param) => ({ key: key(param.key, "key"), value: inferParamValue(String(param.value ?? "")) })),
      tags: tags.map((tag) => ({ key: key(tag.key, "key"), value: String(tag.value ?? "") })),
    }).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === "PARAM_CONFLICT") throw invalid(`Changing param values is not allowed. ${error.message}`);
      throw error;
    });
    return {};
  }

  /** Where an experiment name belongs: "<slug>/<name>" in that project when the caller may use it, else the caller's imports project. */
  private async placeExperiment(principal: Principal, fullName: string, role: ProjectRole = "CONTRIBUTOR"): Promise<{ projectId: string; name: string }> {
    const slash = fullName.indexOf("/");
    if (slash > 0) {
      const access = await this.projects.accessOf(fullName.slice(0, slash), principal);
      if (access && hasRole(access.role, role)) return { projectId: access.id, name: fullName.slice(slash + 1) };
    }
    return { projectId: await this.importsProject(principal), name: fullName };
  }

  /** The experiment of an MLflow id ("0" is the caller's Default), when the caller holds `role` in its project. */
  async resolveExperiment(principal: Principal, experimentId: string, role: ProjectRole): Promise<{ projectId: string; experiment: Experiment }> {
    if (experimentId === DEFAULT_EXPERIMENT) {
      const projectId = await this.importsProject(principal);
      const found = await this.repository.findExperimentByName(projectId, "Default");
      const experiment = found ? await this.experiments.getExperiment(projectId, found.id) : await this.experiments.createExperiment(projectId, { name: "Default" });
      return { projectId, experiment };
    }
    const notFound = new DomainError("EXPERIMENT_NOT_FOUND", `No Experiment with id=${experimentId} exists`);
    if (!isUuid(experimentId)) throw notFound;
    const place = await this.repository.findExperimentProject(experimentId);
    if (!place) throw notFound;
    await this.requireRole(principal, place.projectId, role, notFound);
    return { projectId: place.projectId, experiment: await this.experiments.getExperiment(place.projectId, experimentId) };
  }

  /** The project of a run, when the caller holds `role` in it. */
  async runProject(principal: Principal, runId: string, role: ProjectRole): Promise<string> {
    const notFound = new DomainError("RUN_NOT_FOUND", `Run with id=${runId} not found`);
    if (!isUuid(runId)) throw notFound;
    const place = await this.repository.findRunProject(runId);
    if (!place) throw notFound;
    await this.requireRole(principal, place.experiment.projectId, role, notFound);
    return place.experiment.projectId;
  }

  private async requireRole(principal: Principal, projectId: string, role: ProjectRole, notFound: DomainError): Promise<void> {
    const access = await this.projects.accessOf(projectId, principal);
    if (!access) throw notFound;
    if (!hasRole(access.role, role)) throw new DomainError("FORBIDDEN", "Your role in this project does not allow this.");
  }

  /** The caller's own project for MLflow experiments without a project, created the first time. */
  private async importsProject(principal: Principal): Promise<string> {
    const slug = principal.userId ? `mlflow-imports-${principal.userId.slice(0, 8)}` : "mlflow-imports";
    const access = await this.projects.accessOf(slug, principal);
    if (access) return access.id;
    const project = await this.projects.createProject(principal, { name: `MLflow imports${principal.userId ? ` (${principal.name})` : ""}`, slug });
    return project.id;
  }

  private async experimentView(projectId: string, experiment: Experiment) {
    const project = await this.projects.requireProject(projectId);
    const imported = project.slug.startsWith("mlflow-imports");
    return {
      experiment_id: experiment.id,
      name: imported ? experiment.name : `${project.slug}/${experiment.name}`,
      artifact_location: experimentArtifactLocation(experiment.id),
      lifecycle_stage: "active",
      tags: Object.entries(experiment.tags).map(([name, value]) => ({ key: name, value })),
      creation_time: ms(experiment.createdAt),
      last_update_time: ms(experiment.updatedAt),
    };
  }

  private runView(run: Run) {
    return {
      info: {
        run_id: run.id,
        run_uuid: run.id,
        run_name: run.name,
        experiment_id: run.experimentId,
        user_id: "",
        status: run.status,
        start_time: ms(run.startTime),
        ...(run.endTime ? { end_time: ms(run.endTime) } : {}),
        artifact_uri: runArtifactUri(run.experimentId, run.id),
        lifecycle_stage: run.deletedAt ? "deleted" : "active",
      },
      data: {
        metrics: run.metrics
          .filter((metric) => metric.split === null)
          .map((metric) => ({ key: metric.key, value: typeof metric.latest === "number" ? metric.latest : Number(metric.latest), timestamp: ms(metric.latestAt), step: metric.latestStep })),
        params: run.params.map((param) => ({ key: param.key, value: String(param.value) })),
        tags: Object.entries(run.tags).map(([name, value]) => ({ key: name, value })),
      },
    };
  }
}
