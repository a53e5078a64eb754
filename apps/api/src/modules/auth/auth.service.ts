import { Injectable } from "@nestjs/common";
import type { ChangePasswordInput, Me, SetupAdminInput, SignInInput } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { hashSecret, newSecret, sameSecret } from "../../common/auth/secrets";
import { DomainError } from "../../common/errors/domain-error";
import { AuditService } from "../audit/audit.service";
import { TokensService } from "../tokens/tokens.service";
import { toUserView, UsersService } from "../users/users.service";
import { AuthConfig } from "./auth-config";
import { SessionsRepository } from "./sessions.repository";
import { SignInFailuresRepository } from "./sign-in-failures.repository";
import { SignInLimiter } from "./sign-in-limiter";

export interface NewSession {
  cookieValue: string;
  expiresAt: Date;
}

const ENV_ADMIN: Principal = { userId: null, name: "LIFECYCLE_ADMIN_TOKEN", email: null, isAdmin: true, method: "env", sessionId: null, csrfToken: null };

@Injectable()
export class AuthService {
  private setupToken: string | null = null;
  private readonly limiter: SignInLimiter;

  constructor(
    failures: SignInFailuresRepository,
    private readonly config: AuthConfig,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
  ) {
    this.limiter = new SignInLimiter(failures);
  }

  async getAuthStatus(): Promise<{ setupRequired: boolean }> {
    return { setupRequired: !(await this.users.hasUsers()) };
  }

  /**
   * With no user yet, a one-time token for creating the first admin (the server prints it as a link). Its hash is
   * kept in Postgres, so that the link works on every process serving the database, until the first admin exists.
   */
  async prepareSetupToken(): Promise<string | null> {
    if (await this.users.hasUsers()) return null;
    if (!this.setupToken) {
      const token = newSecret();
      await this.sessions.addSetupToken(hashSecret(token));
      this.setupToken = token;
    }
    return this.setupToken;
  }

  /**
   * Creates the first admin. The one-time token is taken (deleted) first, so of requests sent at once with it
   * exactly one goes on; it is put back only if that one fails (a taken email, say).
   */
  async setupFirstAdmin(input: SetupAdminInput, ip: string | null): Promise<NewSession> {
    const hash = hashSecret(input.token);
    if (!(await this.sessions.takeSetupToken(hash))) {
      if (await this.users.hasUsers()) throw new DomainError("SETUP_NOT_AVAILABLE", "Lifecycle already has users: sign in instead.");
      throw new DomainError("FORBIDDEN", "This setup link is not valid: use one the server printed.", [{ path: "token", message: "Invalid setup token" }]);
    }
    try {
      if (await this.users.hasUsers()) throw new DomainError("SETUP_NOT_AVAILABLE", "Lifecycle already has users: sign in instead.");
      const user = await this.users.createUser({ email: input.email, name: input.name, password: input.password, isAdmin: true }, null);
      await this.sessions.clearSetupTokens();
      this.setupToken = null;
      return await this.startSession(user.id, user.name, ip);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "SETUP_NOT_AVAILABLE")) await this.sessions.addSetupToken(hash);
      throw error;
    }
  }

  async signIn(input: SignInInput, ip: string): Promise<NewSession> {
    const retryAfter = await this.limiter.retryAfterSeconds(input.email, ip);
    if (retryAfter > 0) throw new DomainError("TOO_MANY_REQUESTS", `Too many failed sign-ins: try again in ${Math.ceil(retryAfter / 60)} min.`);
    const user = await this.users.checkCredentials(input.email, input.password);
    if (!user) {
      await this.limiter.recordFailure(input.email, ip);
      await this.audit.record({ type: "SIGN_IN_FAILED", actorId: null, actorName: input.email, ip });
      throw new DomainError("INVALID_CREDENTIALS", "The email or the password is wrong.");
    }
    await this.limiter.recordSuccess(input.email, ip);
    if (user.deactivatedAt) throw new DomainError("ACCOUNT_DEACTIVATED", "This account is deactivated: ask an admin to reactivate it.");
    return this.startSession(user.id, user.name, ip);
  }

  async signOut(principal: Principal): Promise<void> {
    if (principal.sessionId) {
      await this.sessions.deleteSession(principal.sessionId);
      await this.audit.recordBy(principal, "SIGNED_OUT");
    }
  }

  async getMe(principal: Principal): Promise<Me> {
    const user = principal.userId ? await this.users.findUserById(principal.userId) : null;
    return { user: user ? toUserView(user) : null, name: principal.name, isAdmin: principal.isAdmin, method: principal.method, csrfToken: principal.csrfToken };
  }

  async changePassword(principal: Principal, input: ChangePasswordInput): Promise<void> {
    if (!principal.userId) throw new DomainError("FORBIDDEN", "The LIFECYCLE_ADMIN_TOKEN has no password.");
    if (!(await this.users.checkPassword(principal.userId, input.currentPassword))) {
      throw new DomainError("INVALID_CREDENTIALS", "The current password is wrong.", [{ path: "currentPassword", message: "Wrong password" }]);
    }
    await this.users.setPassword(principal.userId, input.newPassword, principal.sessionId);
    await this.audit.recordBy(principal, "PASSWORD_CHANGED");
  }

  /** Who a bearer token stands for: the LIFECYCLE_ADMIN_TOKEN or a user's API token. */
  async principalForBearer(token: string): Promise<Principal | null> {
    if (this.config.adminToken && sameSecret(this.config.adminToken, token)) return ENV_ADMIN;
    return this.tokens.principalForToken(token);
  }

  async principalForSession(cookieValue: string): Promise<Principal | null> {
    const session = await this.sessions.findLiveSession(hashSecret(cookieValue), new Date());
    if (!session) return null;
    const { user } = session;
    return { userId: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin, method: "session", sessionId: session.id, csrfToken: session.csrfToken };
  }

  private async startSession(userId: string, name: string, ip: string | null): Promise<NewSession> {
    const cookieValue = newSecret();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlMs);
    await this.sessions.createSession({ tokenHash: hashSecret(cookieValue), userId, csrfToken: newSecret(), expiresAt });
    await this.audit.record({ type: "SIGN_IN_SUCCEEDED", actorId: userId, actorName: name, ip });
    return { cookieValue, expiresAt };
  }
}
