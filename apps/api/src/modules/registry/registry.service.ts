import { Injectable } from "@nestjs/common";
import {
  aliasPeriods,
  aliasProblem,
  aliasVersionAt,
  approvalProblems,
  type AliasEvent,
  type CreateModelVersionInput,
  type CreateRegisteredModelInput,
  type ModelCard,
  type ModelVersion,
  type ModelVersionEvidence,
  type RegisteredModel,
  type ReviewModelVersionInput,
  type SetAliasInput,
  type UpdateModelVersionInput,
  type UpdateRegisteredModelInput,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { PrismaService } from "../../prisma/prisma.service";
import { ArtifactsService } from "../artifacts/artifacts.service";
import { AuditService } from "../audit/audit.service";
import { WebhooksService } from "../webhooks/webhooks.service";
import { FitService } from "../evaluations/fit.service";
import { FramingService } from "../framing/framing.service";
import { KpisService } from "../kpis/kpis.service";
import { ProjectsService } from "../projects/projects.service";
import { tagsOf, toAliasEventView, toModelView, toVersionView } from "./registry.mapper";
import { RegistryRepository, type ModelRow, type VersionRow } from "./registry.repository";

/** What a new version is made of, whichever API it comes through. */
export interface NewVersion {
  source: string;
  runId: string | null;
  runLink?: string | null;
  description?: string | null;
  tags?: Record<string, string>;
  dataSetVersionId?: string | null;
  format?: string | null;
  sizeBytes?: number | null;
  modelCard?: ModelCard;
}

const cleanCard = (card: ModelCard | undefined) => Object.fromEntries(Object.entries(normaliseText(card ?? {})).filter(([, value]) => value !== null && value !== undefined));

/**
 * The model registry: registered models per project, numbered versions carrying the evidence they were registered
 * with, approval on that evidence (the Model development gate's rule), and aliases whose every move is kept. The
 * MLflow registry routes use the same operations.
 */
@Injectable()
export class RegistryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly registry: RegistryRepository,
    private readonly projects: ProjectsService,
    private readonly kpis: KpisService,
    private readonly framing: FramingService,
    private readonly fit: FitService,
    private readonly artifacts: ArtifactsService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhooksService,
  ) {}

  // ---- registered models -------------------------------------------------------------------------------------

  async listModels(projectRef: string, query: { page: number; pageSize: number; q?: string }) {
    const project = await this.projects.requireProject(projectRef);
    const filter = query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {};
    const { rows, total } = await this.registry.findModelsPage([project.id], filter, [{ field: "updatedAt", descending: true }], (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map(toModelView), total, page: query.page, pageSize: query.pageSize };
  }

  async getModel(projectRef: string, modelId: string): Promise<RegisteredModel> {
    return toModelView(await this.requireModel(projectRef, modelId));
  }

  async createModel(principal: Principal, projectRef: string, input: CreateRegisteredModelInput): Promise<RegisteredModel> {
    const project = await this.projects.requireProject(projectRef);
    return toModelView(await this.addModel(principal, project.id, input));
  }

  /** A registered model in a project; its name must be free there. */
  async addModel(principal: Principal, projectId: string, input: CreateRegisteredModelInput): Promise<ModelRow> {
    const fields = normaliseText(input);
    return this.registry
      .createModel({ projectId, name: input.name, description: fields.description ?? null, owner: fields.owner ?? principal.name, tags: input.tags ?? {}, createdBy: principal.name })
      .catch((error: unknown) => this.rethrowNameTaken(error, input.name));
  }

  async updateModel(projectRef: string, modelId: string, input: UpdateRegisteredModelInput): Promise<RegisteredModel> {
    const model = await this.requireModel(projectRef, modelId);
    return toModelView(await this.changeModel(model, input));
  }

  async changeModel(model: ModelRow, input: UpdateRegisteredModelInput & { projectId?: string }): Promise<ModelRow> {
    const fields = normaliseText(input);
    return this.registry.updateModel(model.id, fields).catch((error: unknown) => this.rethrowNameTaken(error, input.name ?? model.name));
  }

  async deleteModel(projectRef: string, modelId: string): Promise<void> {
    await this.removeModel(await this.requireModel(projectRef, modelId));
  }

  async removeModel(model: ModelRow): Promise<void> {
    const deployed = await this.registry.countDeployedVariants({ modelId: model.id });
    if (deployed > 0) throw new DomainError("MODEL_IN_USE", `A version of "${model.name}" serves (or served) in ${deployed} deployment variant${deployed === 1 ? "" : "s"}: deployments keep the versions they served.`);
    await this.registry.deleteModel(model.id);
  }

  // ---- versions --------------------------------------------------------------------------------------------

  async listVersions(projectRef: string, modelId: string, query: { page: number; pageSize: number }) {
    const model = await this.requireModel(projectRef, modelId);
    const { rows, total } = await this.registry.findVersionsPage({ modelId: model.id }, [{ version: "desc" }], (query.page - 1) * query.pageSize, query.pageSize);
    const kpis = await this.kpis.findKpiTargets(model.projectId);
    return { items: rows.map((row) => toVersionView(row, kpis)), total, page: query.page, pageSize: query.pageSize };
  }

  async getVersion(projectRef: string, modelId: string, version: number): Promise<ModelVersion> {
    const row = await this.requireVersion(await this.requireModel(projectRef, modelId), version);
    return this.versionView(row);
  }

  async versionView(row: VersionRow): Promise<ModelVersion> {
    return toVersionView(row, await this.kpis.findKpiTargets(row.model.projectId));
  }

  /** A version from a run's artifacts (which must hold something at the path) or from an external URI. */
  async createVersion(principal: Principal, projectRef: string, modelId: string, input: CreateModelVersionInput): Promise<ModelVersion> {
    const model = await this.requireModel(projectRef, modelId);
    let source = input.source ?? "";
    let found: { format: string | null; sizeBytes: number } | null = null;
    if (input.runId) {
      const path = (input.artifactPath ?? "model").replace(/\/+$/, "");
      const listing = await this.artifacts.listArtifacts(model.projectId, input.runId, path).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === "RUN_NOT_FOUND") throw invalidField("runId", `No run "${input.runId}" in this project`);
        throw error;
      });
      if (listing.items.length === 0) throw invalidField("artifactPath", `The run has no artifacts under '${path}': log the model there first, or register its external source instead`);
      source = `runs:/${input.runId}/${path}`;
      const files = listing.items.filter((item) => !item.isDir);
      found = { format: files.some((item) => item.path.endsWith("/MLmodel")) ? "MLflow model" : null, sizeBytes: files.reduce((sum, item) => sum + (item.size ?? 0), 0) };
    }
    const row = await this.addVersion(principal, model, {
      source,
      runId: input.runId ?? null,
      description: input.description ?? null,
      tags: input.tags,
      dataSetVersionId: input.dataSetVersionId,
      format: input.format ?? found?.format ?? null,
      sizeBytes: input.sizeBytes ?? found?.sizeBytes ?? null,
      modelCard: input.modelCard,
    });
    return this.versionView(row);
  }

  /**
   * Numbers and stores a version with its evidence frozen: from its run (which must be in the model's project) the
   * params, the test figures (the latest evaluation of a name wins), the fit verdict (diagnosed now if it never
   * was), the data set version it trained on; from the framing the approach and base model when the run has none.
   * MLflow's API may register a run of another project the caller can read (`runFromAnyProject`).
   */
  async addVersion(principal: Principal, model: ModelRow, input: NewVersion, options: { runFromAnyProject?: boolean } = {}): Promise<VersionRow> {
    const evidence: ModelVersionEvidence = { capturedAt: new Date().toISOString(), runId: null, runName: null, experimentId: null, experimentName: null, params: {}, testMetrics: {}, fitVerdict: null };
    const framing = await this.framing.findFramingFacts(model.projectId);
    let approach = framing?.approach ?? null;
    let baseModel = framing?.baseModel ?? null;
    let trainedOn: string | null = null;
    if (input.runId) {
      const run = await this.registry.findRunEvidence(input.runId);
      if (!run || (!options.runFromAnyProject && run.experiment.projectId !== model.projectId)) throw invalidField("runId", `No run "${input.runId}" in the model's project`);
      if (run.deletedAt) throw new DomainError("RUN_DELETED", `The run "${run.name}" is deleted: restore it before registering a model from it.`);
      const fitVerdict = run.fitVerdict ?? (await this.fit.diagnose(model.projectId, run.id)).diagnosis?.verdict ?? "NOT_ENOUGH_DATA";
      Object.assign(evidence, {
        runId: run.id,
        runName: run.name,
        experimentId: run.experimentId,
        experimentName: run.experiment.name,
        params: Object.fromEntries(run.params.map((param) => [param.key, param.textValue])),
        testMetrics: Object.assign({}, ...run.evaluations.map((evaluation) => evaluation.metrics as Record<string, number | null>)) as Record<string, number | null>,
        fitVerdict,
      });
      approach = run.approach ?? approach;
      baseModel = run.baseModel ?? baseModel;
      trainedOn = run.dataUses[0]?.versionId ?? null;
    }
    if (input.dataSetVersionId) {
      if (!(await this.registry.findDataSetVersionIn(model.projectId, input.dataSetVersionId))) throw invalidField("dataSetVersionId", "No such data set version in this project");
      trainedOn = input.dataSetVersionId;
    } else if (input.dataSetVersionId === null) trainedOn = null;
    return this.registry.createVersion(model.id, {
      source: input.source,
      runId: input.runId,
      runLink: input.runLink ?? null,
      description: input.description?.trim() || null,
      dataSetVersionId: trainedOn,
      approach,
      baseModel,
      format: input.format?.trim() || null,
      sizeBytes: input.sizeBytes ?? null,
      modelCard: cleanCard(input.modelCard),
      evidence,
      tags: input.tags ?? {},
      createdBy: principal.name,
    }, (tx, row) => this.webhooks.emit(tx, model.projectId, "model_version.registered", { model: { id: model.id, name: model.name }, version: versionEvent(row), actor: principal.name }));
  }

  async updateVersion(projectRef: string, modelId: string, version: number, input: UpdateModelVersionInput): Promise<ModelVersion> {
    const row = await this.requireVersion(await this.requireModel(projectRef, modelId), version);
    const fields = normaliseText({ description: input.description, format: input.format });
    const updated = await this.registry.updateVersion(row.id, {
      ...fields,
      ...(input.sizeBytes !== undefined ? { sizeBytes: input.sizeBytes } : {}),
      ...(input.modelCard ? { modelCard: cleanCard({ ...(tagsOf(row.modelCard) as ModelCard), ...input.modelCard }) } : {}),
      ...(input.tags ? { tags: input.tags } : {}),
    });
    return this.versionView(updated);
  }

  async deleteVersion(principal: Principal, projectRef: string, modelId: string, version: number): Promise<void> {
    const model = await this.requireModel(projectRef, modelId);
    await this.removeVersion(principal, model, await this.requireVersion(model, version));
  }

  /** Deletes a version that serves nowhere; the aliases on it are removed, each with a line in its history. */
  async removeVersion(principal: Principal, model: ModelRow, row: VersionRow): Promise<void> {
    const deployed = await this.registry.countDeployedVariants({ modelId: model.id, version: row.version });
    if (deployed > 0) throw new DomainError("MODEL_IN_USE", `Version ${row.version} of "${model.name}" serves (or served) in ${deployed} deployment variant${deployed === 1 ? "" : "s"}: deployments keep the versions they served.`);
    await this.prisma.transaction(async (tx) => {
      for (const { alias } of await this.registry.findAliasesOf(row.id, tx)) {
        await this.registry.recordMove({ modelId: model.id, alias, fromVersion: row.version, toVersion: null, actor: principal.name, reason: `version ${row.version} deleted` }, tx);
      }
      await this.registry.deleteVersion(row.id, tx);
    });
  }

  /**
   * A lead approves or rejects a version with a reason. Approval needs the evidence to meet the project's
   * KPI-linked checks (as the Model development gate does) unless overridden, which is audited.
   */
  async reviewVersion(principal: Principal, projectRef: string, modelId: string, version: number, input: ReviewModelVersionInput): Promise<ModelVersion> {
    const model = await this.requireModel(projectRef, modelId);
    const row = await this.requireVersion(model, version);
    const kpis = await this.kpis.findKpiTargets(model.projectId);
    const problems = input.decision === "APPROVED" ? approvalProblems(kpis, row.evidence as ModelVersionEvidence) : [];
    if (problems.length && !input.override) {
      throw new DomainError(
        "APPROVAL_EVIDENCE_UNMET",
        `Version ${row.version} of "${model.name}" cannot be approved on its evidence: ${problems.join("; ")}. A lead may override with a reason.`,
        problems.map((message) => ({ code: "evidence", message })),
      );
    }
    const reason = input.reason.trim();
    const updated = await this.prisma.transaction(async (tx) => {
      const saved = await this.registry.updateVersion(row.id, { approval: input.decision, approvalReason: reason, approvedBy: principal.name, approvedAt: new Date(), approvalOverride: problems.length > 0 }, tx);
      if (problems.length) {
        await this.audit.recordBy(principal, "APPROVAL_OVERRIDDEN", { projectId: model.projectId, detail: { model: model.name, version: row.version, reason, failed: problems } }, tx);
      }
      await this.webhooks.emit(tx, model.projectId, "model_version.reviewed", { model: { id: model.id, name: model.name }, version: versionEvent(saved), decision: input.decision, reason, override: problems.length > 0, actor: principal.name });
      return saved;
    });
    return toVersionView(updated, kpis);
  }

  // ---- aliases ---------------------------------------------------------------------------------------------

  async setAlias(principal: Principal, projectRef: string, modelId: string, alias: string, input: SetAliasInput): Promise<RegisteredModel> {
    const model = await this.requireModel(projectRef, modelId);
    await this.moveAlias(principal, model, alias, input.version, input.reason ?? null);
    return toModelView(await this.requireModel(projectRef, modelId));
  }

  async deleteAlias(principal: Principal, projectRef: string, modelId: string, alias: string, reason: string | null): Promise<void> {
    const model = await this.requireModel(projectRef, modelId);
    await this.moveAlias(principal, model, alias, null, reason);
  }

  /** Points an alias at a version (null removes it) and writes the move into its history, in one transaction. */
  async moveAlias(principal: Principal, model: ModelRow, alias: string, version: number | null, reason: string | null): Promise<void> {
    const problem = aliasProblem(alias);
    if (problem) throw invalidField("alias", problem);
    await this.prisma.transaction(async (tx) => {
      const current = await this.registry.findAlias(model.id, alias, tx);
      if (version === null) {
        if (!current) throw new DomainError("ALIAS_NOT_FOUND", `"${model.name}" has no alias "${alias}".`);
        await this.registry.deleteAlias(model.id, alias, tx);
      } else {
        const target = await this.registry.findVersion(model.id, version, tx);
        if (!target) throw new DomainError("MODEL_VERSION_NOT_FOUND", `"${model.name}" has no version ${version}.`, [{ path: "version", message: "No such version" }]);
        if (current?.versionId === target.id) return;
        await this.registry.upsertAlias(model.id, alias, target.id, tx);
      }
      await this.registry.recordMove({ modelId: model.id, alias, fromVersion: current?.version.version ?? null, toVersion: version, actor: principal.name, reason: reason?.trim() || null }, tx);
      await this.webhooks.emit(tx, model.projectId, "model_alias.moved", { model: { id: model.id, name: model.name }, alias, fromVersion: current?.version.version ?? null, toVersion: version, reason: reason?.trim() || null, actor: principal.name });
    });
  }

  async aliasAt(projectRef: string, modelId: string, alias: string, at: Date) {
    const model = await this.requireModel(projectRef, modelId);
    const moves = await this.registry.findMoves(model.id, alias);
    return { alias, at: at.toISOString(), version: aliasVersionAt(moves, alias, at), periods: aliasPeriods(moves, alias).map((period) => ({ version: period.version, from: period.from.toISOString(), until: period.until?.toISOString() ?? null })) };
  }

  async aliasHistory(projectRef: string, modelId: string, query: { page: number; pageSize: number; alias?: string }): Promise<{ items: AliasEvent[]; total: number; page: number; pageSize: number }> {
    const model = await this.requireModel(projectRef, modelId);
    const { rows, total } = await this.registry.findMovesPage(model.id, query.alias, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map(toAliasEventView), total, page: query.page, pageSize: query.pageSize };
  }

  // ---- lookups ---------------------------------------------------------------------------------------------

  async requireModel(projectRef: string, modelId: string): Promise<ModelRow> {
    const project = await this.projects.requireProject(projectRef);
    const model = await this.registry.findModel(project.id, modelId);
    if (!model) throw new DomainError("MODEL_NOT_FOUND", `No registered model "${modelId}" in project "${project.slug}".`);
    return model;
  }

  async requireVersion(model: ModelRow, version: number): Promise<VersionRow> {
    const row = await this.registry.findVersion(model.id, version);
    if (!row) throw new DomainError("MODEL_VERSION_NOT_FOUND", `"${model.name}" has no version ${version}.`);
    return row;
  }

  private rethrowNameTaken(error: unknown, name: string): never {
    if (isUniqueViolation(error)) throw new DomainError("MODEL_NAME_TAKEN", `A registered model named "${name}" already exists in this project.`, [{ path: "name", message: "Taken" }]);
    throw error;
  }
}

/** What a webhook says of a model version. */
function versionEvent(row: VersionRow) {
  return { id: row.id, version: row.version, source: row.source, runId: row.runId, approval: row.approval, createdBy: row.createdBy };
}
