import { Injectable } from "@nestjs/common";
import { effectiveRole, hasRole, type Experiment, type ProjectRole } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { ExperimentsService } from "../experiments/experiments.service";
import { ProjectsService } from "../projects/projects.service";
import { MlflowRepository } from "./mlflow.repository";
import { DEFAULT_EXPERIMENT, isUuid } from "./mlflow-fields";

/**
 * Who may do what through the MLflow API, and where its experiments live. An
 * experiment named "<project-slug>/<name>" lives in that project (given access);
 * any other name, and the Default experiment "0", in the caller's own "MLflow
 * imports" project, created on first use. A caller without a role in a project
 * finds nothing of it (404); one whose role is too low is refused (403).
 */
@Injectable()
export class MlflowAccess {
  constructor(
    private readonly projects: ProjectsService,
    private readonly experiments: ExperimentsService,
    private readonly repository: MlflowRepository,
  ) {}

  /** Where an experiment name belongs: "<slug>/<name>" in that project when the caller may use it, else the caller's imports project. */
  async placeExperiment(principal: Principal, fullName: string, role: ProjectRole = "CONTRIBUTOR"): Promise<{ projectId: string; name: string }> {
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
    const { projectId } = await this.experimentAccess(principal, experimentId, role);
    return { projectId, experiment: await this.experiments.getExperiment(projectId, experimentId) };
  }

  /** An experiment's id and project, when the caller holds `role` there: one query (the Default experiment "0" as resolveExperiment finds it). */
  async experimentAccess(principal: Principal, experimentId: string, role: ProjectRole): Promise<{ projectId: string; experimentId: string }> {
    if (experimentId === DEFAULT_EXPERIMENT) {
      const { projectId, experiment } = await this.resolveExperiment(principal, experimentId, role);
      return { projectId, experimentId: experiment.id };
    }
    const notFound = new DomainError("EXPERIMENT_NOT_FOUND", `No Experiment with id=${experimentId} exists`);
    const found = isUuid(experimentId) ? await this.repository.findExperimentAccess(experimentId, principal.userId) : null;
    this.requireRole(principal, found?.membership, found !== null, role, notFound);
    return { projectId: found!.projectId, experimentId: found!.id };
  }

  /** The project of a run, when the caller holds `role` in it. */
  async runProject(principal: Principal, runId: string, role: ProjectRole): Promise<string> {
    return (await this.runAccess(principal, runId, role)).projectId;
  }

  /** A run (id, experiment, deleted or not) and its project, when the caller holds `role` there: one query. */
  async runAccess(principal: Principal, runId: string, role: ProjectRole, seriesKey?: string) {
    const notFound = new DomainError("RUN_NOT_FOUND", `Run with id=${runId} not found`);
    const found = isUuid(runId) ? await this.repository.findRunAccess(runId, principal.userId, seriesKey) : null;
    this.requireRole(principal, found?.membership, found !== null, role, notFound);
    return { projectId: found!.projectId, run: { id: found!.id, experimentId: found!.experimentId, deletedAt: found!.deletedAt }, seriesCount: found!.seriesCount };
  }

  /** Nothing found, or no role at all: `notFound`; a role below `role`: refused. */
  private requireRole(principal: Principal, membership: ProjectRole | null | undefined, found: boolean, role: ProjectRole, notFound: DomainError): void {
    const held = found ? effectiveRole(membership, principal.isAdmin) : null;
    if (!held) throw notFound;
    if (!hasRole(held, role)) throw new DomainError("FORBIDDEN", "Your role in this project does not allow this.");
  }

  /** The caller's own project for MLflow experiments without a project, created the first time. */
  private async importsProject(principal: Principal): Promise<string> {
    const slug = principal.userId ? `mlflow-imports-${principal.userId.slice(0, 8)}` : "mlflow-imports";
    const access = await this.projects.accessOf(slug, principal);
    if (access) return access.id;
    const project = await this.projects.createProject(principal, { name: `MLflow imports${principal.userId ? ` (${principal.name})` : ""}`, slug });
    return project.id;
  }
}
