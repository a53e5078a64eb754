import { Injectable } from "@nestjs/common";
import type { CreateUserInput, User } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { AuditService } from "../audit/audit.service";
import { PasswordHasher } from "./passwords";
import { UsersRepository, type UserRow } from "./users.repository";

export function toUserView(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.isAdmin, createdAt: row.createdAt.toISOString() };
}

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

  async listUsers(): Promise<{ items: User[] }> {
    return { items: (await this.users.findUsers()).map(toUserView) };
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
