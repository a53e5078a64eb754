import { Injectable } from "@nestjs/common";
import type { CreateUserInput, ResetPasswordInput, User } from "@lifecycle/domain";
import { hashSecret, newSecret } from "../../common/auth/secrets";
import { accountKey, DEFAULT_SIGN_IN_LIMITS } from "../auth/sign-in-limiter";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { AuditService } from "../audit/audit.service";
import { PasswordHasher } from "./passwords";
import { UsersRepository, type UserRow } from "./users.repository";

export function toUserView(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin, active: row.deactivatedAt === null, deactivatedAt: row.deactivatedAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() };
}

/** How long an admin's password-reset link works. */
export const RESET_LINK_TTL_MS = 24 * 3_600_000;
/** The window failed sign-ins are counted in (the sign-in limiter's). */
const FAILURE_WINDOW_MS = DEFAULT_SIGN_IN_LIMITS.windowMs;

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
  ) {}

  async hasUsers(): Promise<boolean> {
    return (await this.users.countUsers()) > 0;
  }

  async listUsers(): Promise<{ items: Array<User & { failedSignIns: number }> }> {
    const rows = await this.users.findUsers();
    const failures = await this.users.failureCounts(rows.map((row) => accountKey(row.email)), new Date(Date.now() - FAILURE_WINDOW_MS));
    return { items: rows.map((row) => ({ ...toUserView(row), failedSignIns: failures.get(accountKey(row.email)) ?? 0 })) };
  }

  /** Ends a user's access — sessions, tokens, sign-in — unless they are the caller or the last active admin. */
  async deactivate(principal: Principal, userId: string): Promise<User> {
    const user = await this.requireUser(userId);
    if (principal.userId === user.id) throw new DomainError("CANNOT_DEACTIVATE_SELF", "You cannot deactivate yourself: ask another admin.");
    if (user.deactivatedAt === null && !(await this.users.deactivate(user.id, new Date()))) {
      throw new DomainError("LAST_ADMIN", `${user.name} is the last active admin: make another user an admin first.`);
    }
    await this.audit.recordBy(principal, "USER_DEACTIVATED", { detail: { userId: user.id, email: user.email } });
    return toUserView((await this.users.findUserById(user.id))!);
  }

  async reactivate(principal: Principal, userId: string): Promise<User> {
    const user = await this.requireUser(userId);
    await this.users.reactivate(user.id);
    await this.audit.recordBy(principal, "USER_REACTIVATED", { detail: { userId: user.id, email: user.email } });
    return toUserView((await this.users.findUserById(user.id))!);
  }

  /** A one-time link for the user to set a new password (shown once; a new one replaces the last). */
  async issueResetLink(principal: Principal, userId: string, origin: string): Promise<{ url: string; expiresAt: string }> {
    const user = await this.requireUser(userId);
    const token = newSecret();
    const expiresAt = new Date(Date.now() + RESET_LINK_TTL_MS);
    await this.users.replaceReset(user.id, hashSecret(token), principal.name, expiresAt);
    await this.audit.recordBy(principal, "PASSWORD_RESET_ISSUED", { detail: { userId: user.id, email: user.email } });
    return { url: `${origin}/reset-password?token=${token}`, expiresAt: expiresAt.toISOString() };
  }

  /** Sets the password a reset link was issued for, once; every session of the user ends. */
  async resetPassword(input: ResetPasswordInput, ip: string | null): Promise<void> {
    const userId = await this.users.takeReset(hashSecret(input.token), new Date());
    if (!userId) throw new DomainError("VALIDATION_FAILED", "This link is not valid any more (used, replaced or expired): ask an admin for a new one.", [{ path: "token", message: "Not a live reset link" }]);
    await this.setPassword(userId, input.password, null);
    const user = await this.users.findUserById(userId);
    await this.audit.record({ type: "PASSWORD_RESET", actorId: userId, actorName: user?.name ?? "a user", ip });
  }

  /** Forgets the account's failed sign-ins, from every address: it can sign in again at once. */
  async unlock(principal: Principal, userId: string): Promise<void> {
    const user = await this.requireUser(userId);
    await this.users.clearFailures(accountKey(user.email), `:${user.email}`);
    await this.audit.recordBy(principal, "ACCOUNT_UNLOCKED", { detail: { userId: user.id, email: user.email } });
  }

  private async requireUser(userId: string): Promise<UserRow> {
    const user = await this.users.findUserById(userId);
    if (!user) throw new DomainError("USER_NOT_FOUND", `No user "${userId}".`);
    return user;
  }

  async createUser(input: CreateUserInput, by: Principal | null): Promise<User> {
    const row = await this.users
      .createUser({ email: input.email, name: input.name, isAdmin: input.isAdmin ?? false, passwordHash: await this.passwords.hash(input.password) })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new DomainError("EMAIL_TAKEN", `A user with the email ${input.email} already exists.`, [{ path: "email", message: "Already taken" }]);
        throw error;
      });
    await this.audit.record({
      type: by ? "USER_CREATED" : "ADMIN_CREATED",
      actorId: by?.userId ?? row.id,
      actorName: by?.name ?? row.name,
      detail: { email: row.email, isAdmin: row.isAdmin },
    });
    return toUserView(row);
  }

  async requireUserByEmail(email: string): Promise<UserRow> {
    const row = await this.users.findUserByEmail(email.toLowerCase());
    if (!row) throw new DomainError("USER_NOT_FOUND", `No user with the email ${email}.`, [{ path: "email", message: "No such user" }]);
    return row;
  }

  findUserById(id: string): Promise<UserRow | null> {
    return this.users.findUserById(id);
  }

  /** The user whose email and password these are, or null; unknown emails take as long as wrong passwords. */
  async checkCredentials(email: string, password: string): Promise<UserRow | null> {
    const user = await this.users.findCredentialsByEmail(email.toLowerCase());
    const valid = await this.passwords.verify(user?.passwordHash ?? (await this.passwords.decoyHash()), password);
    if (!user || !valid) return null;
    const { passwordHash: _hash, ...row } = user;
    return row;
  }

  async checkPassword(userId: string, password: string): Promise<boolean> {
    const current = await this.users.findPasswordHash(userId);
    return !!current && this.passwords.verify(current, password);
  }

  /** Sets a new password and ends the user's other sessions. */
  async setPassword(userId: string, password: string, keepSessionId: string | null): Promise<void> {
    await this.users.updatePassword(userId, await this.passwords.hash(password), keepSessionId);
  }
}
