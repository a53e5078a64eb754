import { Injectable } from "@nestjs/common";
import {
  firstFreeSlug,
  slugify,
  type CreateProjectInput,
  type ListProjectsQuery,
  type Project,
  type ProjectPage,
  type UpdateProjectInput,
} from "@lifecycle/domain";
import { DomainError } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import type { Db } from "../../prisma/prisma.service";
import { toProjectView } from "./projects.mapper";
import { ProjectsRepository, type ProjectRow, type ProjectWritableFields } from "./projects.repository";

@Injectable()
export class ProjectsService {
  constructor(private readonly projects: ProjectsRepository) {}

  async listProjects(query: ListProjectsQuery): Promise<ProjectPage> {
    const { rows, total } = await this.projects.findProjectsPage(query);
    const now = new Date();
    return { items: rows.map((row) => toProjectView(row, now)), total, page: query.page, pageSize: query.pageSize };
  }

  async getProject(idOrSlug: string): Promise<Project> {
    return toProjectView(await this.requireProject(idOrSlug));
  }

  /** The stored project, by id or slug, or PROJECT_NOT_FOUND. */
  async requireProject(idOrSlug: string, db?: Db): Promise<ProjectRow> {
    const row = await this.projects.findProject(idOrSlug, db);
    if (!row) throw new DomainError("PROJECT_NOT_FOUND", `No project "${idOrSlug}".`);
    return row;
  }

  async createProject(input: CreateProjectInput): Promise<Project> {
    const { slug: requestedSlug, ...fields } = normaliseText(input);
    const slug = requestedSlug ?? firstFreeSlug(slugify(input.name), await this.projects.findSlugsLike(slugify(input.name)));
    try {
      const row = await this.projects.createProjectWithStages({ ...fields, name: input.name, slug }, new Date());
      return toProjectView(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.slugTaken(slug);
      throw error;
    }
  }

  async updateProject(idOrSlug: string, input: UpdateProjectInput): Promise<Project> {
    const current = await this.requireProject(idOrSlug);
    const { version, ...fields } = normaliseText(input);
    try {
      await this.writeIfCurrent(current.id, version, fields as ProjectWritableFields);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.slugTaken(input.slug ?? "");
      throw error;
    }
    return this.getProject(current.id);
  }

  /**
   * Applies a change when `version` is still the stored one, else STALE_VERSION.
   * Other modules use it to move the project inside their own transactions.
   */
  async writeIfCurrent(id: string, version: number, fields: ProjectWritableFields, db?: Db): Promise<void> {
    if (!(await this.projects.updateProjectIfVersion(id, version, fields, db))) {
      const latest = await this.projects.findProject(id, db);
      if (!latest) throw new DomainError("PROJECT_NOT_FOUND", `No project "${id}".`);
      throw new DomainError("STALE_VERSION", `The project changed since you read it (you sent version ${version}, it is now ${latest.version}). Reload and try again.`, [
        { path: "version", message: `Current version is ${latest.version}` },
      ]);
    }
  }

  async deleteProject(idOrSlug: string): Promise<void> {
    const current = await this.requireProject(idOrSlug);
    await this.projects.deleteProject(current.id);
  }

  private slugTaken(slug: string): DomainError {
    return new DomainError("SLUG_TAKEN", `The slug "${slug}" is already used by another project.`, [{ path: "slug", message: "Already taken" }]);
  }
}
