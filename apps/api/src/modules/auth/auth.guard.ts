import { Injectable, type CanActivate, type ExecutionContext } from "@nestjs/common";
import { Reflector } from "@nestjs/core";
import { ADMIN_ONLY, PUBLIC_ROUTE, type AuthenticatedRequest } from "../../common/auth/principal";
import { sameSecret } from "../../common/auth/secrets";
import { DomainError } from "../../common/errors/domain-error";
import { AuthService } from "./auth.service";
import { tokenFromAuthorization } from "./credentials";

export const SESSION_COOKIE = "lifecycle_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every route but the public ones needs a caller: a bearer token (an API token or
 * the LIFECYCLE_ADMIN_TOKEN) or a session cookie, which must bring its CSRF token
 * on any change. Admin-only routes also need an instance admin.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const authorization = request.header("authorization");
    const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (authorization) {
      const token = tokenFromAuthorization(authorization, request.path);
      const principal = token ? await this.auth.principalForBearer(token) : null;
      if (!principal) throw new DomainError("UNAUTHENTICATED", "The API token is not valid: it may be unknown, revoked or expired.");
      request.principal = principal;
    } else if (cookie) {
      const principal = await this.auth.principalForSession(cookie);
      if (!principal) throw new DomainError("UNAUTHENTICATED", "Your session has ended: sign in again.");
      if (!SAFE_METHODS.has(request.method)) {
        const sent = request.header(CSRF_HEADER);
        if (!sent || !principal.csrfToken || !sameSecret(sent, principal.csrfToken)) {
          throw new DomainError("CSRF_TOKEN_INVALID", `Changes made with the session cookie need the ${CSRF_HEADER} header from GET /api/v1/auth/me.`);
        }
      }
      request.principal = principal;
    } else {
      throw new DomainError("UNAUTHENTICATED", "Sign in, or send an API token as Authorization: Bearer <token>.");
    }

    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, targets) && (!request.principal.isAdmin || request.principal.projectId)) {
      throw new DomainError("FORBIDDEN", request.principal.projectId ? "A project token acts in its project only; use a personal token for instance administration." : "Only instance admins can do this.");
    }
    return true;
  }
}
