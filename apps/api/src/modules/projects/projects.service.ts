import { Inject, Injectable } from "@nestjs/common";
import { ARTIFACT_STORE, type ArtifactStore } from "../artifacts/artifact-store";
import {
  effectiveRole,
  firstFreeSlug,
  slugify,
  unreservedSlug,
  RESERVED_SLUG_PREFIX,
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
import { MetricStore } from "../metrics/metric-store";

/** Who owns an imports project: a user's id, or LIFECYCLE_ADMIN_TOKEN for that token. */
const importsOwnerOf = (principal: Principal) => principal.userId ?? "LIFECYCLE_ADMIN_TOKEN";

@Injectable()
export class ProjectsService {
  constructor(
    private readonly projects: ProjectsRepository,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    private readonly metrics: MetricStore,
  ) {}

  /** The projects the caller may see: those they are a member of, or all for an admin. */
  async listProjects(principal: Principal, query: ListProjectsQuery): Promise<ProjectPage> {
    const { rows, total, stageCounts } = await this.projects.findProjectsPage(query, principal);
    const now = new Date();
    return { items: rows.map((row) => toProjectView(row, principal.isAdmin, now)), total, page: query.page, pageSize: query.pageSize, stageCounts };
  }

  async getProject(principal: Principal, idOrSlug: string): Promise<Project> {
    const row = await this.projects.findProject(idOrSlug, principal.userId);
    if (!row || (principal.projectId && row.id !== principal.projectId)) throw this.notFound(idOrSlug);
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
  async accessOf(idOrSlug: string, principal: { userId: string | null; isAdmin: boolean; projectId?: string | null }): Promise<{ id: string; role: ProjectRole } | null> {
    const access = await this.projects.findProjectMembership(idOrSlug, principal.userId);
    // A project token sees its own project only.
    if (access && principal.projectId && access.id !== principal.projectId) return null;
    const role = access ? effectiveRole(access.membership, principal.isAdmin) : null;
    return access && role ? { id: access.id, role } : null;
  }

  async createProject(principal: Principal, input: CreateProjectInput): Promise<Project> {
    if (principal.projectId) throw new DomainError("FORBIDDEN", "A project token acts in its project only: it cannot create projects.");
    const { slug: requestedSlug, ...fields } = normaliseText(input);
    const base = unreservedSlug(slugify(input.name));
    const slug = requestedSlug ?? firstFreeSlug(base, await this.projects.findSlugsLike(base));
    try {
      const row = await this.projects.createProjectWithStages({ ...fields, name: input.name, slug }, new Date(), principal.userId);
      return toProjectView(row, principal.isAdmin);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.slugTaken(slug);
      throw error;
    }
  }

  /**
   * The caller's own project for MLflow experiments that name no project, created the first time: found by its
   * owner column (a user's id, or LIFECYCLE_ADMIN_TOKEN), never by its slug, whose prefix nobody else may use.
   */
  async importsProjectOf(principal: Principal): Promise<string> {
    const owner = importsOwnerOf(principal);
    const found = await this.projects.findImportsProject(owner);
    if (found) return found.id;
    const base = principal.userId ? `${RESERVED_SLUG_PREFIX}-${principal.userId.slice(0, 8)}` : RESERVED_SLUG_PREFIX;
    const slug = firstFreeSlug(base, await this.projects.findSlugsLike(base));
    try {
      const name = `MLflow imports${principal.userId ? ` (${principal.name})` : ""}`;
      return (await this.projects.createProjectWithStages({ name, slug, importsOwner: owner }, new Date(), principal.userId)).id;
    } catch (error) {
      // The caller's first two MLflow calls at once: the other one made it.
      const made = isUniqueViolation(error) ? await this.projects.findImportsProject(owner) : null;
      if (made) return made.id;
      throw error;
    }
  }

  /** The caller's MLflow imports project, if it was ever made (never creates it). */
  async findImportsProjectOf(principal: Principal): Promise<string | null> {
    return (await this.projects.findImportsProject(importsOwnerOf(principal)))?.id ?? null;
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
    this.metrics.purgeSoon();
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
