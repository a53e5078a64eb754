import { Injectable } from "@nestjs/common";
import { effectiveRole, hasRole, type Experiment, type ProjectRole } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { ExperimentsService } from "../experiments/experiments.service";
import { ProjectsService } from "../projects/projects.service";
import { MlflowRepository } from "./mlflow.repository";
import { DEFAULT_EXPERIMENT, experimentIdOf, isUuid } from "./mlflow-fields";

/**
 * Who may do what through the MLflow API, and where its experiments live. With a
 * project token, every name and the Default experiment "0" live in the token's
 * project. Otherwise an experiment named "<project-slug>/<name>" lives in that
 * project (given the role there); any other name, and "0", in the caller's own
 * "MLflow imports" project, created on first use. A caller without a role in a
 * project finds nothing of it (404); one whose role is too low is refused (403).
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
    if (principal.projectId) return this.placeInTokenProject(principal, principal.projectId, fullName, role);
    const slash = fullName.indexOf("/");
    if (slash > 0) {
      const access = await this.projects.accessOf(fullName.slice(0, slash), principal);
      // A project the caller sees but may not write to refuses, rather than the name landing somewhere else.
      if (access && !hasRole(access.role, role)) throw new DomainError("FORBIDDEN", `Your role in the project "${fullName.slice(0, slash)}" does not allow this.`);
      if (access) return { projectId: access.id, name: experimentName(fullName.slice(slash + 1)) };
    }
    return { projectId: await this.projects.importsProjectOf(principal), name: experimentName(fullName) };
  }

  /**
   * A project token's names: every name is an experiment of its project (the team's one namespace, as on an
   * MLflow server); "<its slug>/<name>" is the same experiment as "<name>".
   */
  private async placeInTokenProject(principal: Principal, projectId: string, fullName: string, role: ProjectRole): Promise<{ projectId: string; name: string }> {
    const access = await this.projects.accessOf(projectId, principal);
    if (!access) throw new DomainError("PROJECT_NOT_FOUND", "The project of this token is gone.");
    if (!hasRole(access.role, role)) throw new DomainError("FORBIDDEN", "Your role in this token's project does not allow this.");
    const { slug } = await this.projects.requireProject(projectId);
    return { projectId, name: experimentName(fullName.startsWith(`${slug}/`) ? fullName.slice(slug.length + 1) : fullName) };
  }

  /** Where the Default experiment "0" lives for the caller — a project token's project (given `role` there), else the caller's imports project, which they lead. */
  private async defaultProject(principal: Principal, role: ProjectRole): Promise<string> {
    if (principal.projectId) return (await this.placeInTokenProject(principal, principal.projectId, "Default", role)).projectId;
    return this.projects.importsProjectOf(principal);
  }

  /** The experiment of an MLflow id ("0" is the caller's Default), when the caller holds `role` in its project. */
  async resolveExperiment(principal: Principal, experimentId: string, role: ProjectRole): Promise<{ projectId: string; experiment: Experiment }> {
    experimentIdOf(experimentId);
    if (experimentId === DEFAULT_EXPERIMENT) {
      const projectId = await this.defaultProject(principal, role);
      const found = await this.repository.findExperimentByName(projectId, "Default");
      const experiment = found ? await this.experiments.getExperiment(projectId, found.id) : await this.experiments.createExperiment(projectId, { name: "Default" });
      return { projectId, experiment };
    }
    const { projectId } = await this.experimentAccess(principal, experimentId, role);
    return { projectId, experiment: await this.experiments.getExperiment(projectId, experimentId) };
  }

  /** An experiment's id and project, when the caller holds `role` there: one query (the Default experiment "0" as resolveExperiment finds it). */
  async experimentAccess(principal: Principal, experimentId: string, role: ProjectRole): Promise<{ projectId: string; experimentId: string }> {
    experimentIdOf(experimentId);
    if (experimentId === DEFAULT_EXPERIMENT) {
      const { projectId, experiment } = await this.resolveExperiment(principal, experimentId, role);
      return { projectId, experimentId: experiment.id };
    }
    const notFound = new DomainError("EXPERIMENT_NOT_FOUND", `No Experiment with id=${experimentId} exists`);
    const found = isUuid(experimentId) ? await this.repository.findExperimentAccess(experimentId, principal.userId) : null;
    this.requireRole(principal, found, role, notFound);
    return { projectId: found!.projectId, experimentId: found!.id };
  }

  /** Of these experiment ids (uuids, or "0"), the experiments the caller may read; the others are left out, not refused. */
  async readableExperiments(principal: Principal, experimentIds: string[]): Promise<string[]> {
    const ids = new Set<string>();
    for (const id of experimentIds) {
      if (id === DEFAULT_EXPERIMENT) ids.add((await this.experimentAccess(principal, id, "VIEWER")).experimentId);
      else experimentIdOf(id);
    }
    const found = await this.repository.findExperimentsAccess(experimentIds.filter(isUuid), principal.userId);
    for (const row of found) if (this.roleIn(principal, row.project_id, row.membership)) ids.add(row.id);
    return [...ids];
  }

  /** The project of a run, when the caller holds `role` in it. */
  async runProject(principal: Principal, runId: string, role: ProjectRole): Promise<string> {
    return (await this.runAccess(principal, runId, role)).projectId;
  }

  /** A run (id, experiment, deleted or not) and its project, when the caller holds `role` there: one query. */
  async runAccess(principal: Principal, runId: string, role: ProjectRole, seriesKey?: string) {
    const notFound = new DomainError("RUN_NOT_FOUND", `Run with id=${runId} not found`);
    const found = isUuid(runId) ? await this.repository.findRunAccess(runId, principal.userId, seriesKey) : null;
    this.requireRole(principal, found, role, notFound);
    return { projectId: found!.projectId, run: { id: found!.id, experimentId: found!.experimentId, deletedAt: found!.deletedAt }, seriesCount: found!.seriesCount };
  }

  /** Nothing found, or no role at all: `notFound`; a role below `role`: refused. */
  private requireRole(principal: Principal, found: { projectId: string; membership: ProjectRole | null } | null, role: ProjectRole, notFound: DomainError): void {
    const held = found ? this.roleIn(principal, found.projectId, found.membership) : null;
    if (!held) throw notFound;
    if (!hasRole(held, role)) throw new DomainError("FORBIDDEN", "Your role in this project does not allow this.");
  }

  /** The caller's role in a project, given their membership there: none outside a project token's project. */
  private roleIn(principal: Principal, projectId: string, membership: ProjectRole | null): ProjectRole | null {
    if (principal.projectId && principal.projectId !== projectId) return null;
    return effectiveRole(membership, principal.isAdmin);
  }

}

/** Experiment names have Lifecycle's limit on the MLflow routes too. */
export const EXPERIMENT_NAME_MAX = 200;
function experimentName(name: string): string {
  if (name.length > EXPERIMENT_NAME_MAX) throw new DomainError("VALIDATION_FAILED", `'name' exceeds the maximum length of ${EXPERIMENT_NAME_MAX} characters.`);
  return name;
}
