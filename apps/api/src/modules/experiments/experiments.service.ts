import { Inject, Injectable } from "@nestjs/common";
import { ARTIFACT_STORE, type ArtifactStore } from "../artifacts/artifact-store";
import { hasRole, type CreateExperimentInput, type Experiment, type MoveExperimentInput, type UpdateExperimentInput } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { AuditService } from "../audit/audit.service";
import { ProjectsService } from "../projects/projects.service";
import { ExperimentsRepository, type ExperimentRow } from "./experiments.repository";
import { MetricStore } from "../metrics/metric-store";

function toExperimentView(row: ExperimentRow): Experiment {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    description: row.description,
    tags: row.tags as Record<string, string>,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

@Injectable()
export class ExperimentsService {
  constructor(
    private readonly experiments: ExperimentsRepository,
    private readonly projects: ProjectsService,
    private readonly audit: AuditService,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    private readonly metrics: MetricStore,
  ) {}

  async listExperiments(projectRef: string): Promise<{ items: Experiment[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: (await this.experiments.findExperimentsByProject(project.id)).map(toExperimentView) };
  }

  async getExperiment(projectRef: string, experimentId: string): Promise<Experiment> {
    return toExperimentView(await this.requireExperiment(projectRef, experimentId));
  }

  async createExperiment(projectRef: string, input: CreateExperimentInput): Promise<Experiment> {
    const project = await this.projects.requireProject(projectRef);
    const fields = normaliseText(input);
    const row = await this.experiments
      .createExperiment({ projectId: project.id, name: input.name, description: fields.description ?? null, tags: input.tags ?? {} })
      .catch((error: unknown) => this.rethrowNameTaken(error, input.name));
    return toExperimentView(row);
  }

  async updateExperiment(projectRef: string, experimentId: string, input: UpdateExperimentInput): Promise<Experiment> {
    const current = await this.requireExperiment(projectRef, experimentId);
    const row = await this.experiments.updateExperiment(current.id, normaliseText(input)).catch((error: unknown) => this.rethrowNameTaken(error, input.name ?? current.name));
    return toExperimentView(row);
  }

  /** MLflow's delete: the experiment and its runs are hidden, and can be restored. */
  async softDeleteExperiment(projectRef: string, experimentId: string): Promise<Experiment> {
    const current = await this.requireExperiment(projectRef, experimentId);
    if (current.deletedAt) throw new DomainError("EXPERIMENT_DELETED", `The experiment "${current.name}" is already deleted.`);
    return toExperimentView(await this.experiments.softDeleteExperiment(current.id));
  }

  /** Brings back an experiment deleted through MLflow, with the runs deleted along with it. */
  async restoreExperiment(projectRef: string, experimentId: string): Promise<Experiment> {
    const current = await this.requireExperiment(projectRef, experimentId);
    if (!current.deletedAt) throw new DomainError("EXPERIMENT_NOT_DELETED", `The experiment "${current.name}" is not deleted.`);
    return toExperimentView(await this.experiments.restoreExperiment(current.id, current.deletedAt));
  }

  /**
   * Moves an experiment and its runs to another project where the caller is a contributor — e.g. out of the
   * MLflow imports project. Taking runs out of a project is as strong as deleting them, so the route needs the
   * lead role in the source; each move is in the security log. Runs that record data of this project's data
   * sets keep it: they cannot move.
   */
  async moveExperiment(principal: Principal, projectRef: string, experimentId: string, input: MoveExperimentInput): Promise<Experiment> {
    const current = await this.requireExperiment(projectRef, experimentId);
    const target = await this.projects.accessOf(input.toProject, principal);
    if (!target) throw new DomainError("PROJECT_NOT_FOUND", `No project "${input.toProject}".`, [{ path: "toProject", message: "No such project" }]);
    if (!hasRole(target.role, "CONTRIBUTOR")) throw new DomainError("FORBIDDEN", "Moving an experiment into a project needs the contributor role there.", [{ path: "toProject", message: "Contributors only" }]);
    if (target.id === current.projectId) throw invalidField("toProject", "The experiment is already in this project");
    const lineage = await this.experiments.findRunWithDataUse(current.id);
    if (lineage) {
      throw new DomainError("EXPERIMENT_HAS_LINEAGE", `Run "${lineage.run.name}" records data of ${lineage.version.dataSet.name} v${lineage.version.version}, a data set of this project: remove its data records before moving the experiment.`);
    }
    const row = await this.experiments.moveExperiment(current.id, target.id).catch((error: unknown) => this.rethrowNameTaken(error, current.name));
    await this.audit.recordBy(principal, "EXPERIMENT_MOVED", { projectId: current.projectId, detail: { experimentId: current.id, name: current.name, fromProjectId: current.projectId, toProjectId: target.id } });
    return toExperimentView(row);
  }

  /** Deletes the experiment for good, with its runs and artifacts. */
  async deleteExperiment(projectRef: string, experimentId: string): Promise<void> {
    const current = await this.requireExperiment(projectRef, experimentId);
    await this.experiments.deleteExperiment(current.id);
    this.metrics.purgeSoon();
    await this.store.delete(current.id);
  }

  private async requireExperiment(projectRef: string, experimentId: string): Promise<ExperimentRow> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.experiments.findExperiment(project.id, experimentId);
    if (!row) throw new DomainError("EXPERIMENT_NOT_FOUND", `No experiment "${experimentId}" in project "${project.slug}".`);
    return row;
  }

  private rethrowNameTaken(error: unknown, name: string): never {
    if (isUniqueViolation(error)) throw new DomainError("EXPERIMENT_NAME_TAKEN", `The project already has an experiment named "${name}".`, [{ path: "name", message: "Already taken" }]);
    throw error;
  }
}
