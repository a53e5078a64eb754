import { Injectable } from "@nestjs/common";
import { hasRole, modelNameProblem, type ProjectRole } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { runArtifactUri } from "../artifacts/artifacts.service";
import { ProjectsService } from "../projects/projects.service";
import { tagsOf } from "../registry/registry.mapper";
import { RegistryRepository, type ModelRow, type VersionRow } from "../registry/registry.repository";
import { RegistryService } from "../registry/registry.service";
import { MlflowRegistryRepository } from "./mlflow-registry.repository";
import { MlflowRepository } from "./mlflow.repository";
import { MODEL_COLUMNS, registryFilter, registryOrder, VERSION_COLUMNS } from "./mlflow-registry-filter";
import { invalid, isUuid, key, number, pageOffset, pageToken, text, valueText, type Body } from "./mlflow-fields";

/** MLflow's deprecated stages, kept for old clients (transition-stage, get-latest-versions). */
const STAGES: Record<string, string> = { none: "None", staging: "Staging", production: "Production", archived: "Archived" };
const TAG_VALUE_MAX = 5000;
const DESCRIPTION_MAX = 8000;

const mlflowTags = (value: unknown) => Object.entries(tagsOf(value)).map(([tagKey, tagValue]) => ({ key: tagKey, value: tagValue }));

function tagsFrom(body: Body): Record<string, string> {
  if (body.tags === undefined || body.tags === null) return {};
  if (!Array.isArray(body.tags)) throw invalid("Invalid value for parameter 'tags' supplied: a list of {key, value}.");
  return Object.fromEntries(
    (body.tags as Body[]).map((tag) => {
      const tagKey = key(tag?.key, "key");
      return [tagKey, valueText(tag.value, `tag '${tagKey}'`, TAG_VALUE_MAX)];
    }),
  );
}

const description = (body: Body) => (body.description === undefined || body.description === null ? undefined : valueText(body.description, "'description'", DESCRIPTION_MAX));

function versionNumber(value: unknown): number {
  const parsed = typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value;
  if (typeof parsed !== "number" || !Number.isInteger(parsed) || parsed < 1 || parsed > 999_999_999) {
    if (value === undefined || value === null || value === "") throw invalid("Missing value for required parameter 'version'.");
    throw invalid(`Invalid value ${JSON.stringify(value)} for parameter 'version' supplied: a model version is a whole number from 1.`);
  }
  return parsed;
}

function maxResults(value: unknown, byDefault: number, most: number): number {
  if (value === undefined || value === null || value === "") return byDefault;
  const parsed = number(value, "max_results");
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > most) throw invalid(`Invalid value for max_results. It must be at most ${most}, but got value ${JSON.stringify(value)}.`);
  return parsed;
}

/** A local path (no scheme, or file:) — MLflow refuses these as a version source unless inside the run's artifact directory, which here is never local. */
const isLocal = (source: string) => !/^[a-z][a-z0-9+.-]*:/i.test(source) || /^file:/i.test(source);

/**
 * MLflow's Model Registry REST API 2.0 on Lifecycle's registry. A model is found by its name among the projects the
 * caller may see (or "<project-slug>/<name>"); a new one goes to the project token's project, the named project, or
 * the caller's MLflow imports project, and moves to the project of its first version's run. Approval and deployments
 * stay Lifecycle's own; versions are READY at once, so clients do not poll.
 */
@Injectable()
export class MlflowRegistryService {
  constructor(
    private readonly registry: RegistryService,
    private readonly repository: MlflowRegistryRepository,
    private readonly models: RegistryRepository,
    private readonly tracking: MlflowRepository,
    private readonly projects: ProjectsService,
  ) {}

  // ---- registered models ------------------------------------------------------------------------------------

  async createRegisteredModel(principal: Principal, body: Body) {
    const fullName = this.modelName(body.name);
    const existing = await this.visibleModels(principal, fullName);
    if (existing.length) throw new DomainError("MODEL_NAME_TAKEN", `Registered Model (name=${fullName}) already exists.`);
    const { projectId, name } = await this.placeModel(principal, fullName);
    const model = await this.registry.addModel(principal, projectId, { name, description: description(body) ?? null, tags: tagsFrom(body) });
    return { registered_model: await this.modelView(model) };
  }

  async getRegisteredModel(principal: Principal, name: unknown) {
    return { registered_model: await this.modelView(await this.findModel(principal, name, "VIEWER")) };
  }

  async renameRegisteredModel(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "CONTRIBUTOR");
    const newName = this.modelName(body.new_name, "new_name");
    const renamed = await this.registry.changeModel(model, { name: newName.includes("/") ? newName.slice(newName.indexOf("/") + 1) : newName });
    return { registered_model: await this.modelView(renamed) };
  }

  async updateRegisteredModel(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "CONTRIBUTOR");
    return { registered_model: await this.modelView(await this.registry.changeModel(model, { description: description(body) ?? null })) };
  }

  async deleteRegisteredModel(principal: Principal, body: Body) {
    await this.registry.removeModel(await this.findModel(principal, body.name, "LEAD"));
    return {};
  }

  async setRegisteredModelTag(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "CONTRIBUTOR");
    const tagKey = key(body.key, "key");
    await this.repository.setModelTag(model.id, tagKey, valueText(body.value, `tag '${tagKey}'`, TAG_VALUE_MAX));
    return {};
  }

  async deleteRegisteredModelTag(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "CONTRIBUTOR");
    const tagKey = key(body.key, "key");
    if (!(tagKey in tagsOf(model.tags))) throw new DomainError("TAG_NOT_FOUND", `No tag with name: ${tagKey} in registered model '${model.name}'.`);
    await this.repository.deleteModelTag(model.id, tagKey);
    return {};
  }

  /** registered-models/search: `filter` on name (=, !=, LIKE, ILIKE) and tags, order_by, max_results (default 100, at most 1,000), page_token. */
  async searchRegisteredModels(principal: Principal, body: Body) {
    const limit = maxResults(body.max_results, 100, 1000);
    const offset = typeof body.page_token === "string" && body.page_token ? pageOffset(body.page_token) : 0;
    const filter = registryFilter(typeof body.filter === "string" ? body.filter : undefined, MODEL_COLUMNS, "m", 2);
    const order = registryOrder(body.order_by, "m");
    const scope = await this.visibleProjects(principal);
    const ids = await this.repository.searchModelIds(scope, filter, order, offset, limit + 1);
    const rows = await this.repository.findModelsByIds(ids.slice(0, limit));
    const latest = await this.repository.findLatestPerStage(rows.map((row) => row.id));
    const models = rows.map((row) => this.modelJson(row, latest.filter((version) => version.modelId === row.id)));
    return { ...(models.length ? { registered_models: models } : {}), ...(ids.length > limit ? { next_page_token: pageToken(offset + limit) } : {}) };
  }

  async getLatestVersions(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "VIEWER");
    const requested = Array.isArray(body.stages) ? body.stages : body.stages === undefined || body.stages === null ? [] : [body.stages];
    const stages = requested.map((stage) => this.stage(stage));
    const rows = await this.repository.findLatestPerStage([model.id], stages.length ? stages : null);
    return { ...(rows.length ? { model_versions: rows.map((row) => this.versionJson(row)) } : {}) };
  }

  async setAlias(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "CONTRIBUTOR");
    await this.registry.moveAlias(principal, model, text(body, "alias", 256), versionNumber(body.version), null);
    return {};
  }

  async deleteAlias(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "CONTRIBUTOR");
    await this.registry.moveAlias(principal, model, text(body, "alias", 256), null, null);
    return {};
  }

  async getVersionByAlias(principal: Principal, name: unknown, alias: unknown) {
    const model = await this.findModel(principal, name, "VIEWER");
    const aliasName = text({ alias }, "alias", 256);
    const found = await this.repository.findVersionByAlias(model.id, aliasName);
    if (!found) throw new DomainError("ALIAS_NOT_FOUND", `Registered model alias ${aliasName} not found.`);
    return { model_version: this.versionJson(found) };
  }

  // ---- model versions ---------------------------------------------------------------------------------------

  /**
   * model-versions/create: `name` and `source` required. A local source is refused as MLflow refuses one outside
   * the run's artifact directory (runs here keep artifacts behind the proxy, never locally), and so are relative
   * references. With a run in another project than the model's, a model without versions moves there.
   */
  async createModelVersion(principal: Principal, body: Body) {
    let model = await this.findModel(principal, body.name, "CONTRIBUTOR");
    const source = text(body, "source", 2000);
    const runId = typeof body.run_id === "string" && body.run_id ? body.run_id : null;
    if (isLocal(source)) {
      throw invalid(
        `Invalid model version source: '${source}'. To use a local path as a model version source, the run_id request parameter has to be specified and the local path has to be contained within the artifact directory of the run specified by the run_id.`,
      );
    }
    if (decodeURIComponent(source.replace(/%(?![0-9a-f]{2})/gi, "%25")).split(/[/\\]/).includes("..")) {
      throw invalid(`Invalid model version source: '${source}'. If supplying a source as an http, https, local file path, ftp, objectstore, or mlflow-artifacts uri, an absolute path must be provided without relative path references present. Please provide an absolute path.`);
    }
    if (runId) {
      if (!isUuid(runId)) throw new DomainError("RUN_NOT_FOUND", `Run with id=${runId} not found`);
      const runProject = await this.repository.findRunProject(runId);
      const access = runProject ? await this.projects.accessOf(runProject, principal) : null;
      if (!runProject || !access) throw new DomainError("RUN_NOT_FOUND", `Run with id=${runId} not found`);
      if (runProject !== model.projectId) model = await this.followRun(principal, model, runProject, access.role);
    }
    const created = await this.registry.addVersion(principal, model, {
      source,
      runId,
      runLink: typeof body.run_link === "string" && body.run_link ? valueText(body.run_link, "'run_link'", 2000) : null,
      description: description(body) ?? null,
      tags: tagsFrom(body),
    }, { runFromAnyProject: true });
    return { model_version: this.versionJson(created) };
  }

  async getModelVersion(principal: Principal, name: unknown, version: unknown) {
    return { model_version: this.versionJson(await this.findVersion(principal, name, version, "VIEWER")) };
  }

  async updateModelVersion(principal: Principal, body: Body) {
    const row = await this.findVersion(principal, body.name, body.version, "CONTRIBUTOR");
    const updated = await this.models.updateVersion(row.id, { description: description(body) ?? null });
    return { model_version: this.versionJson(updated) };
  }

  async deleteModelVersion(principal: Principal, body: Body) {
    const model = await this.findModel(principal, body.name, "LEAD");
    const row = await this.registry.requireVersion(model, versionNumber(body.version));
    await this.registry.removeVersion(principal, model, row);
    return {};
  }

  async setModelVersionTag(principal: Principal, body: Body) {
    const row = await this.findVersion(principal, body.name, body.version, "CONTRIBUTOR");
    const tagKey = key(body.key, "key");
    await this.repository.setVersionTag(row.id, tagKey, valueText(body.value, `tag '${tagKey}'`, TAG_VALUE_MAX));
    return {};
  }

  async deleteModelVersionTag(principal: Principal, body: Body) {
    const row = await this.findVersion(principal, body.name, body.version, "CONTRIBUTOR");
    const tagKey = key(body.key, "key");
    if (!(tagKey in tagsOf(row.tags))) throw new DomainError("TAG_NOT_FOUND", `No tag with name: ${tagKey} in model version '${row.model.name}' ${row.version}.`);
    await this.repository.deleteVersionTag(row.id, tagKey);
    return {};
  }

  /** model-versions/transition-stage: MLflow's deprecated stages; archive_existing_versions moves the others in that stage to Archived. */
  async transitionStage(principal: Principal, body: Body) {
    const row = await this.findVersion(principal, body.name, body.version, "CONTRIBUTOR");
    const stage = this.stage(body.stage);
    const archive = body.archive_existing_versions === true || body.archive_existing_versions === "true";
    const updated = await this.repository.transitionStage(row, stage, archive && (stage === "Staging" || stage === "Production"));
    return { model_version: this.versionJson(updated) };
  }

  /** model-versions/get-download-uri: where the client downloads the model from; runs:/ sources resolve to the run's artifacts behind the proxy. */
  async getDownloadUri(principal: Principal, name: unknown, version: unknown) {
    const row = await this.findVersion(principal, name, version, "VIEWER");
    return { artifact_uri: await this.downloadUri(row) };
  }

  /** model-versions/search: `name`, `run_id`, `source_path`, `version_number`, `tags.<k>`; max_results default and at most 10,000. */
  async searchModelVersions(principal: Principal, body: Body) {
    const limit = maxResults(body.max_results, 10_000, 10_000);
    const offset = typeof body.page_token === "string" && body.page_token ? pageOffset(body.page_token) : 0;
    const filter = registryFilter(typeof body.filter === "string" ? body.filter : undefined, VERSION_COLUMNS, "v", 2);
    const order = registryOrder(body.order_by, "v");
    const ids = await this.repository.searchVersionIds(await this.visibleProjects(principal), filter, order, offset, limit + 1);
    const rows = await this.repository.findVersionsByIds(ids.slice(0, limit));
    return { ...(rows.length ? { model_versions: rows.map((row) => this.versionJson(row)) } : {}), ...(ids.length > limit ? { next_page_token: pageToken(offset + limit) } : {}) };
  }

  // ---- shapes -----------------------------------------------------------------------------------------------

  private async modelView(model: ModelRow) {
    return this.modelJson(model, await this.repository.findLatestPerStage([model.id]));
  }

  private modelJson(model: ModelRow, latest: VersionRow[]) {
    return {
      name: model.name,
      creation_timestamp: model.createdAt.getTime(),
      last_updated_timestamp: model.updatedAt.getTime(),
      ...(model.createdBy ? { user_id: model.createdBy } : {}),
      ...(model.description ? { description: model.description } : {}),
      ...(latest.length ? { latest_versions: latest.map((row) => this.versionJson(row)) } : {}),
      ...(Object.keys(tagsOf(model.tags)).length ? { tags: mlflowTags(model.tags) } : {}),
      ...(model.aliases.length ? { aliases: model.aliases.map((alias) => ({ alias: alias.alias, version: String(alias.version.version) })) } : {}),
    };
  }

  private versionJson(row: VersionRow) {
    return {
      name: row.model.name,
      version: String(row.version),
      creation_timestamp: row.createdAt.getTime(),
      last_updated_timestamp: row.updatedAt.getTime(),
      ...(row.createdBy ? { user_id: row.createdBy } : {}),
      current_stage: row.stage,
      ...(row.description ? { description: row.description } : {}),
      source: row.source,
      ...(row.runId ? { run_id: row.runId } : {}),
      status: "READY",
      ...(Object.keys(tagsOf(row.tags)).length ? { tags: mlflowTags(row.tags) } : {}),
      ...(row.runLink ? { run_link: row.runLink } : {}),
      ...(row.aliases.length ? { aliases: row.aliases.map((alias) => alias.alias) } : {}),
    };
  }

  private async downloadUri(row: VersionRow): Promise<string> {
    const match = /^runs:\/([^/]+)\/?(.*)$/.exec(row.source);
    if (!match) return row.source;
    const run = isUuid(match[1]!) ? await this.tracking.findRunExperiment(match[1]!) : null;
    if (!run) return row.source;
    return `${runArtifactUri(run.experimentId, match[1]!)}${match[2] ? `/${match[2]}` : ""}`;
  }

  // ---- names and places -------------------------------------------------------------------------------------

  private modelName(value: unknown, field = "name"): string {
    const name = text({ [field]: value }, field, 512);
    const plain = name.includes("/") ? name.slice(name.indexOf("/") + 1) : name;
    const problem = modelNameProblem(plain);
    if (problem) throw invalid(`Invalid value ${JSON.stringify(name)} for parameter '${field}' supplied: ${problem}.`);
    return name;
  }

  private stage(value: unknown): string {
    const found = typeof value === "string" ? STAGES[value.toLowerCase()] : undefined;
    if (!found) throw invalid(`Invalid Model Version stage: ${String(value)}. Value must be one of None, Staging, Production, Archived.`);
    return found;
  }

  /** The projects whose models the caller sees: a project token's one, else every project they hold a role in (null: all, for an admin). */
  private async visibleProjects(principal: Principal): Promise<string[] | null> {
    if (principal.projectId) return [principal.projectId];
    if (principal.isAdmin) return null;
    return this.repository.findMemberProjects(principal.userId);
  }

  /** Models called this ("<slug>/<name>" names the project) that the caller sees. */
  private async visibleModels(principal: Principal, fullName: string): Promise<ModelRow[]> {
    const slash = fullName.indexOf("/");
    if (slash > 0) {
      const access = await this.projects.accessOf(fullName.slice(0, slash), principal);
      return access ? this.models.findModelsByName([access.id], fullName.slice(slash + 1)) : [];
    }
    return this.models.findModelsByName(await this.visibleProjects(principal), fullName);
  }

  /** The one model of this name the caller sees, when their role there is at least `role`. */
  private async findModel(principal: Principal, name: unknown, role: ProjectRole): Promise<ModelRow> {
    const fullName = this.modelName(name);
    const found = await this.visibleModels(principal, fullName);
    if (found.length === 0) throw new DomainError("MODEL_NOT_FOUND", `Registered Model with name=${fullName} not found`);
    if (found.length > 1) {
      const imports = principal.projectId ? null : await this.projects.findImportsProjectOf(principal);
      const own = found.find((model) => model.projectId === imports);
      if (!own) throw invalid(`Several projects you can see have a registered model named '${fullName}': name it '<project-slug>/${fullName}'.`);
      return this.requireRole(principal, own, role);
    }
    return this.requireRole(principal, found[0]!, role);
  }

  private async requireRole(principal: Principal, model: ModelRow, role: ProjectRole): Promise<ModelRow> {
    const access = await this.projects.accessOf(model.projectId, principal);
    if (!access) throw new DomainError("MODEL_NOT_FOUND", `Registered Model with name=${model.name} not found`);
    if (!hasRole(access.role, role)) throw new DomainError("FORBIDDEN", "Your role in this model's project does not allow this.");
    return model;
  }

  private async findVersion(principal: Principal, name: unknown, version: unknown, role: ProjectRole): Promise<VersionRow> {
    const model = await this.findModel(principal, name, role);
    const number = versionNumber(version);
    const row = await this.models.findVersion(model.id, number);
    if (!row) throw new DomainError("MODEL_VERSION_NOT_FOUND", `Model Version (name=${model.name}, version=${number}) not found`);
    return row;
  }

  /** Where a new model goes: a project token's project, "<slug>/<name>"'s project, else the caller's MLflow imports project. */
  private async placeModel(principal: Principal, fullName: string): Promise<{ projectId: string; name: string }> {
    const slash = fullName.indexOf("/");
    if (principal.projectId) {
      const access = await this.projects.accessOf(principal.projectId, principal);
      if (!access) throw new DomainError("PROJECT_NOT_FOUND", "The project of this token is gone.");
      if (!hasRole(access.role, "CONTRIBUTOR")) throw new DomainError("FORBIDDEN", "Your role in this token's project does not allow this.");
      return { projectId: principal.projectId, name: slash > 0 ? fullName.slice(slash + 1) : fullName };
    }
    if (slash > 0) {
      const access = await this.projects.accessOf(fullName.slice(0, slash), principal);
      if (!access) throw new DomainError("PROJECT_NOT_FOUND", `No project "${fullName.slice(0, slash)}" that you can see.`);
      if (!hasRole(access.role, "CONTRIBUTOR")) throw new DomainError("FORBIDDEN", `Your role in the project "${fullName.slice(0, slash)}" does not allow this.`);
      return { projectId: access.id, name: fullName.slice(slash + 1) };
    }
    return { projectId: await this.projects.importsProjectOf(principal), name: fullName };
  }

  /**
   * A model's first version comes from a run in another project: the model belongs with its run, so it moves there
   * when it has no versions yet, the caller may contribute there, and the name is free there. Otherwise it stays.
   */
  private async followRun(principal: Principal, model: ModelRow, runProject: string, role: ProjectRole): Promise<ModelRow> {
    if (model.lastVersion > 0 || !hasRole(role, "CONTRIBUTOR")) return model;
    if ((await this.models.findModelsByName([runProject], model.name)).length) return model;
    return this.registry.changeModel(model, { projectId: runProject });
  }
}
