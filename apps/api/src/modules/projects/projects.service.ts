import { Inject, Injectable } from "@nestjs/common";
import { ARTIFACT_STORE, type ArtifactStore } from "../artifacts/artifact-store";
import {
  effectiveRole,
  firstFreeSlug,
  slugify,
  type CreateProjectInput,
  type ListProjectsQuery,
  type Project,
  type ProjectPage,
  type ProjectRole,
  type UpdateProjectInput,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import type { Db } from "../../prisma/prisma.service";
import { toProjectView } from "./projects.mapper";
import { ProjectsRepository, type ProjectCore, type ProjectWritableFields } from "./projects.repository";

@Injectable()
export class ProjectsService {
  constructor(
    private readonly projects: ProjectsRepository,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
  ) {}

  /** The projects the caller may see: those they are a member of, or all for an admin. */
  async listProjects(principal: Principal, query: ListProjectsQuery): Promise<ProjectPage> {
    const { rows, total } = await this.projects.findProjectsPage(query, principal);
    const now = new Date();
    return { items: rows.map((row) => toProjectView(row, principal.isAdmin, now)), total, page: query.page, pageSize: query.pageSize };
  }

  async getProject(principal: Principal, idOrSlug: string): Promise<Project> {
    const row = await this.projects.findProject(idOrSlug, principal.userId);
    if (!row) throw this.notFound(idOrSlug);
    return toProjectView(row, principal.isAdmin);
  }

  /** The stored project's core, by id or slug, or PROJECT_NOT_FOUND. Access is checked before, by the route's guard. */
  async requireProject(idOrSlug: string, db?: Db): Promise<ProjectCore> {
    const row = await this.projects.findProjectCore(idOrSlug, db);
    if (!row) throw this.notFound(idOrSlug);
    return row;
  }

  /** The project's id and the user's own role in it (none when not a member), or null when there is no such project. */
  /** The caller's effective role in a project (an admin's is lead), or null when the project is not theirs to see. */
  async accessOf(idOrSlug: string, principal: { userId: string | null; isAdmin: boolean }): Promise<{ id: string; role: ProjectRole } | null> {
    const access = await this.projects.findProjectMembership(idOrSlug, principal.userId);
    const role = access ? effectiveRole(access.membership, principal.isAdmin) : null;
    return access && role ? { id: access.id, role } : null;
  }

  async createProject(principal: Principal, input: CreateProjectInput): Promise<Project> {
    const { slug: requestedSlug, ...fields } = normaliseText(input);
    const slug = requestedSlug ?? firstFreeSlug(slugify(input.name), await this.projects.findSlugsLike(slugify(input.name)));
    try {
      const row = await this.projects.createProjectWithStages({ ...fields, name: input.name, slug }, new Date(), principal.userId);
      return toProjectView(row, principal.isAdmin);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.slugTaken(slug);
      throw error;
    }
  }

  async updateProject(principal: Principal, idOrSlug: string, input: UpdateProjectInput): Promise<Project> {
    const current = await this.requireProject(idOrSlug);
    if (input.status !== undefined && input.status !== current.status && !principal.isAdmin) {
      const access = await this.projects.findProjectMembership(current.id, principal.userId);
      if (access?.membership !== "LEAD") {
        throw new DomainError("FORBIDDEN", "Only a lead can archive, close or reactivate a project.", [{ path: "status", message: "Leads only" }]);
      }
    }
    const { version, ...fields } = normaliseText(input);
    try {
      await this.writeIfCurrent(current.id, version, fields as ProjectWritableFields);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.slugTaken(input.slug ?? "");
      throw error;
    }
    return this.getProject(principal, current.id);
  }

  /**
   * Applies a change when `version` is still the stored one, else STALE_VERSION.
   * Other modules use it to move the project inside their own transactions.
   */
  async writeIfCurrent(id: string, version: number, fields: ProjectWritableFields, db?: Db): Promise<void> {
    if (!(await this.projects.updateProjectIfVersion(id, version, fields, db))) {
      const latest = await this.projects.findProjectCore(id, db);
      if (!latest) throw this.notFound(id);
      throw new DomainError("STALE_VERSION", `The project changed since you read it (you sent version ${version}, it is now ${latest.version}). Reload and try again.`, [
        { path: "version", message: `Current version is ${latest.version}` },
      ]);
    }
  }

  async deleteProject(idOrSlug: string): Promise<void> {
    const current = await this.requireProject(idOrSlug);
    const experimentIds = await this.projects.deleteProject(current.id);
    // The artifacts went with their runs: remove their folders once the rows are gone.
    for (const experimentId of experimentIds) await this.store.delete(experimentId);
  }

  private notFound(idOrSlug: string): DomainError {
    return new DomainError("PROJECT_NOT_FOUND", `No project "${idOrSlug}".`);
  }

  private slugTaken(slug: string): DomainError {
    return new DomainError("SLUG_TAKEN", `The slug "${slug}" is already used by another project.`, [{ path: "slug", message: "Already taken" }]);
  }
}
