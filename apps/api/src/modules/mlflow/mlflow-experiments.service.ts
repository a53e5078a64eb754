import { Injectable } from "@nestjs/common";
import { FilterSyntaxError, matchesFilter, parseFilter, type Experiment, type FilterNode } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { ExperimentsService } from "../experiments/experiments.service";
import { ProjectsService } from "../projects/projects.service";
import { EXPERIMENT_NAME_MAX, MlflowAccess } from "./mlflow-access.service";
import { experimentArtifactLocation, invalid, key, ms, number, pageOffset, pageToken, text, valueText, type Body } from "./mlflow-fields";

/** Experiment tag values: Lifecycle's limit, which is MLflow's too. */
const EXPERIMENT_TAG_VALUE_MAX = 5000;
import { MlflowRepository } from "./mlflow.repository";

/** MLflow's experiments API on Lifecycle's experiments (see MlflowAccess for where they live). */
@Injectable()
export class MlflowExperimentsService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly experiments: ExperimentsService,
    private readonly repository: MlflowRepository,
    private readonly access: MlflowAccess,
  ) {}

  async createExperiment(principal: Principal, body: Body) {
    const { projectId, name } = await this.access.placeExperiment(principal, text(body, "name"));
    const existing = await this.repository.findExperimentByName(projectId, name);
    if (existing?.deletedAt) throw new DomainError("EXPERIMENT_NAME_TAKEN", `Experiment '${text(body, "name")}' already exists in deleted state. You can restore the experiment, or permanently delete it in Lifecycle, in order to use this name again.`);
    if (existing) throw new DomainError("EXPERIMENT_NAME_TAKEN", `Experiment '${text(body, "name")}' already exists.`);
    const tags = Array.isArray(body.tags)
      ? Object.fromEntries(
          (body.tags as Body[]).map((tag) => {
            const tagKey = key(tag.key, "key");
            return [tagKey, valueText(tag.value, `tag '${tagKey}'`, EXPERIMENT_TAG_VALUE_MAX)];
          }),
        )
      : {};
    const experiment = await this.experiments.createExperiment(projectId, { name, tags });
    return { experiment_id: experiment.id };
  }

  async getExperiment(principal: Principal, experimentId: string) {
    const { projectId, experiment } = await this.access.resolveExperiment(principal, experimentId, "VIEWER");
    return { experiment: await this.experimentView(principal, projectId, experiment) };
  }

  async getExperimentByName(principal: Principal, fullName: string) {
    const { projectId, name } = await this.access.placeExperiment(principal, fullName, "VIEWER");
    const found = await this.repository.findExperimentByName(projectId, name);
    if (!found) throw new DomainError("EXPERIMENT_NOT_FOUND", `Could not find experiment with name '${fullName}'`);
    return { experiment: await this.experimentView(principal, projectId, await this.experiments.getExperiment(projectId, found.id)) };
  }

  /** experiments/search: filter on name and tags (e.g. name LIKE 'churn%' AND tags.team = 'growth'), order_by name or creation time, paging. */
  async searchExperiments(principal: Principal, body: Body) {
    const filter = typeof body.filter === "string" ? experimentFilter(body.filter) : null;
    const viewType = body.view_type === undefined ? "ACTIVE_ONLY" : String(body.view_type);
    if (!["ACTIVE_ONLY", "DELETED_ONLY", "ALL"].includes(viewType)) throw invalid(`Invalid value "${viewType}" for parameter 'view_type' supplied.`);
    const maxResults = body.max_results === undefined ? 1000 : number(body.max_results, "max_results");
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 50_000) throw invalid(`Invalid value ${maxResults} for parameter 'max_results' supplied.`);
    const offset = typeof body.page_token === "string" && body.page_token ? pageOffset(body.page_token) : 0;
    const rows = (await this.repository.findVisibleExperiments(principal)).filter((row) =>
      viewType === "ALL" ? true : viewType === "DELETED_ONLY" ? row.deletedAt !== null : row.deletedAt === null,
    );
    const views = rows.map((row) => {
      const tags = row.tags as Record<string, string>;
      const name = row.project.importsOwner !== null || principal.projectId === row.projectId ? row.name : `${row.project.slug}/${row.name}`;
      return {
        experiment_id: row.id,
        name,
        artifact_location: experimentArtifactLocation(row.id),
        lifecycle_stage: row.deletedAt ? "deleted" : "active",
        tags: Object.entries(tags).map(([tagKey, value]) => ({ key: tagKey, value })),
        creation_time: row.createdAt.getTime(),
        last_update_time: row.updatedAt.getTime(),
        filterable: { attributes: { name, creation_time: row.createdAt.getTime(), last_update_time: row.updatedAt.getTime() }, params: {}, metrics: {}, tags },
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
    const { projectId, experiment } = await this.access.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    const newName = text(body, "new_name");
    const project = await this.projects.requireProject(projectId);
    const name = newName.startsWith(`${project.slug}/`) ? newName.slice(project.slug.length + 1) : newName;
    if (name.length > EXPERIMENT_NAME_MAX) throw invalid(`'new_name' exceeds the maximum length of ${EXPERIMENT_NAME_MAX} characters.`);
    await this.experiments.updateExperiment(projectId, experiment.id, { name });
    return {};
  }

  /** experiments/delete: the experiment and its runs are marked deleted (restorable), as in MLflow. */
  async deleteExperiment(principal: Principal, body: Body) {
    const { projectId, experiment } = await this.access.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    if (experiment.deletedAt) throw invalid(`The experiment ${experiment.id} must be in the 'active' state. Current state is deleted.`);
    await this.experiments.softDeleteExperiment(projectId, experiment.id);
    return {};
  }

  async restoreExperiment(principal: Principal, body: Body) {
    const { projectId, experiment } = await this.access.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    if (!experiment.deletedAt) throw invalid(`The experiment ${experiment.id} must be in the 'deleted' state. Current state is active.`);
    await this.experiments.restoreExperiment(projectId, experiment.id);
    return {};
  }

  async setExperimentTag(principal: Principal, body: Body) {
    const { projectId, experiment } = await this.access.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    const tagKey = key(body.key, "key");
    await this.experiments.updateExperiment(projectId, experiment.id, { tags: { ...experiment.tags, [tagKey]: valueText(body.value, `tag '${tagKey}'`, EXPERIMENT_TAG_VALUE_MAX) } });
    return {};
  }

  async deleteExperimentTag(principal: Principal, body: Body) {
    const { projectId, experiment } = await this.access.resolveExperiment(principal, text(body, "experiment_id"), "CONTRIBUTOR");
    const name = key(body.key, "key");
    if (!(name in experiment.tags)) throw new DomainError("TAG_NOT_FOUND", `No tag with name: ${name} in experiment ${experiment.id}.`);
    const { [name]: _removed, ...rest } = experiment.tags;
    await this.experiments.updateExperiment(projectId, experiment.id, { tags: rest });
    return {};
  }

  /** An experiment as MLflow shows it: named "<project-slug>/<name>", but by its plain name in an imports project or through a project token. */
  private async experimentView(principal: Principal, projectId: string, experiment: Experiment) {
    const project = await this.projects.requireProject(projectId);
    const imported = project.importsOwner !== null || principal.projectId === project.id;
    return {
      experiment_id: experiment.id,
      name: imported ? experiment.name : `${project.slug}/${experiment.name}`,
      artifact_location: experimentArtifactLocation(experiment.id),
      lifecycle_stage: experiment.deletedAt ? "deleted" : "active",
      tags: Object.entries(experiment.tags).map(([name, value]) => ({ key: name, value })),
      creation_time: ms(experiment.createdAt),
      last_update_time: ms(experiment.updatedAt),
    };
  }
}

/** What experiments/search filters on: name, creation_time, last_update_time and tags; a malformed filter is MLflow's INVALID_PARAMETER_VALUE. */
const EXPERIMENT_ATTRIBUTES = ["name", "creation_time", "last_update_time"] as const;
function experimentFilter(source: string): FilterNode | null {
  try {
    const filter = parseFilter(source, EXPERIMENT_ATTRIBUTES);
    if (filter && usesScope(filter, ["param", "metric"])) throw new FilterSyntaxError("Experiments have no params or metrics: filter on name, creation_time, last_update_time or tags", 0);
    return filter;
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw invalid(`Invalid filter '${source}': ${error.message}`);
    throw error;
  }
}

function usesScope(node: FilterNode, scopes: string[]): boolean {
  if ("children" in node) return node.children.some((child) => usesScope(child, scopes));
  return scopes.includes(node.field.scope);
}
