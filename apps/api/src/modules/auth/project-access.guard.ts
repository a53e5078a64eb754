import { Injectable, type CanActivate, type ExecutionContext } from "@nestjs/common";
import { Reflector } from "@nestjs/core";
import { hasRole, ROLE_LABELS, type ProjectRole } from "@lifecycle/domain";
import { PROJECT_ROLE, principalOf, type AuthenticatedRequest } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { ProjectsService } from "../projects/projects.service";

/**
 * For routes under a project: the caller must hold the route's role there. A
 * project the caller cannot see answers 404, as if it did not exist; one they
 * can see but not change answers 403.
 */
@Injectable()
export class ProjectAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly projects: ProjectsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const needed = this.reflector.getAllAndOverride<ProjectRole | undefined>(PROJECT_ROLE, [context.getHandler(), context.getClass()]);
    if (!needed) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = principalOf(request);
    const projectRef = String(request.params.projectId ?? "");
    const access = await this.projects.accessOf(projectRef, principal);
    if (!access) throw new DomainError("PROJECT_NOT_FOUND", `No project "${projectRef}".`);
    const { role } = access;
    if (!hasRole(role, needed)) {
      throw new DomainError("FORBIDDEN", `This needs the ${ROLE_LABELS[needed]} role in this project; you are a ${ROLE_LABELS[role]}.`);
    }
    return true;
  }
}
