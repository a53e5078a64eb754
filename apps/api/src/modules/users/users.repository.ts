import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService } from "../../prisma/prisma.service";

export const userSelect = { id: true, email: true, name: true, isAdmin: true, deactivatedAt: true, createdAt: true } satisfies Prisma.UserSelect;
export type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  countUsers(): Promise<number> {
    return this.prisma.user.count();
  }

  findUserById(id: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { id }, select: userSelect });
  }

  findUserByEmail(email: string): Promise<UserRow | null> {
    return this.prisma.user.findUnique({ where: { email }, select: userSelect });
  }

  findCredentialsByEmail(email: string): Promise<(UserRow & { passwordHash: string }) | null> {
    return this.prisma.user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
  }

  findPasswordHash(id: string): Promise<string | null> {
    return this.prisma.user.findUnique({ where: { id }, select: { passwordHash: true } }).then((row) => row?.passwordHash ?? null);
  }

  findUsers(): Promise<UserRow[]> {
    return this.prisma.user.findMany({ select: userSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
  }

  createUser(data: Prisma.UserCreateInput): Promise<UserRow> {
    return this.prisma.user.create({ data, select: userSelect });
  }

  /** Sets a new password and ends every session of the user but the one kept. */
  async updatePassword(id: string, passwordHash: string, keepSessionId: string | null): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: new Date() } }),
      this.prisma.session.deleteMany({ where: { userId: id, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } }),
    ]);
  }

  /**
   * Deactivates a user (their sessions end) unless they are the last active admin, checked with the active admins
   * locked so that two admins deactivating each other cannot both succeed. Answers false for the last admin.
   */
  deactivate(id: string, at: Date): Promise<boolean> {
    return this.prisma.transaction(async (tx) => {
      const admins = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM users WHERE is_admin AND deactivated_at IS NULL ORDER BY id FOR UPDATE`;
      if (admins.length === 1 && admins[0]!.id === id) return false;
      await tx.user.update({ where: { id }, data: { deactivatedAt: at } });
      await tx.session.deleteMany({ where: { userId: id } });
      return true;
    });
  }

  async reactivate(id: string): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { deactivatedAt: null } });
  }

  /** A user's new reset link, replacing any earlier one. */
  async replaceReset(userId: string, tokenHash: string, createdBy: string, expiresAt: Date): Promise<void> {
    await this.prisma.$transaction([this.prisma.passwordReset.deleteMany({ where: { userId } }), this.prisma.passwordReset.create({ data: { userId, tokenHash, createdBy, expiresAt } })]);
  }

  /** Takes (deletes) a live reset link: its user, or null when there is none. Of two requests with one link, one gets it. */
  async takeReset(tokenHash: string, now: Date): Promise<string | null> {
    const rows = await this.prisma.$queryRaw<Array<{ user_id: string }>>`DELETE FROM password_resets WHERE token_hash = ${tokenHash} AND expires_at > ${now} RETURNING user_id`;
    return rows[0]?.user_id ?? null;
  }

  /** Failed sign-ins per key since `since`. */
  async failureCounts(keys: string[], since: Date): Promise<Map<string, number>> {
    const rows = await this.prisma.driverQuery<{ key: string; count: number }>("SELECT key, count(*)::int AS count FROM sign_in_failures WHERE key = ANY($1::text[]) AND at >= $2 GROUP BY key", [keys, since]);
    return new Map(rows.map((row) => [row.key, row.count]));
  }

  /** Forgets an account's failures: from anywhere, and from each address (keys ending in ":<email>"). */
  async clearFailures(accountKey: string, pairSuffix: string): Promise<void> {
    await this.prisma.driverQuery("DELETE FROM sign_in_failures WHERE key = $1 OR (key LIKE 'pair:%' AND right(key, length($2)) = $2)", [accountKey, pairSuffix]);
  }
}
