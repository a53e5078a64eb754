import { createParamDecorator, SetMetadata, type ExecutionContext } from "@nestjs/common";
import type { ProjectRole } from "@lifecycle/domain";
import type { Request } from "express";
import { DomainError } from "../errors/domain-error";

/** Who is calling: a signed-in user, a user's API token, or the LIFECYCLE_ADMIN_TOKEN. */
export interface Principal {
  userId: string | null;
  name: string;
  email: string | null;
  isAdmin: boolean;
  method: "session" | "token" | "env";
  sessionId: string | null;
  csrfToken: string | null;
  /** A project token's project: the caller acts in it alone (other projects do not exist for it), and MLflow names land there. */
  projectId?: string | null;
}

export type AuthenticatedRequest = Request & { principal?: Principal };

export function principalOf(request: AuthenticatedRequest): Principal {
  if (!request.principal) throw new DomainError("UNAUTHENTICATED", "Sign in, or send an API token as Authorization: Bearer <token>.");
  return request.principal;
}

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) => principalOf(context.switchToHttp().getRequest()));

export const PUBLIC_ROUTE = "lifecycle:public";
export const PROJECT_ROLE = "lifecycle:project-role";
export const ADMIN_ONLY = "lifecycle:admin-only";

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
/** Needs this role (or a stronger one) in the project named by the :projectId parameter. */
export const ProjectAccess = (role: ProjectRole) => SetMetadata(PROJECT_ROLE, role);
/** Instance admins only. */
export const AdminOnly = () => SetMetadata(ADMIN_ONLY, true);
