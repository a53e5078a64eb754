import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService } from "../../prisma/prisma.service";

export const userSelect = { id: true, email: true, name: true, isAdmin: true, createdAt: true } satisfies Prisma.UserSelect;
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
}
