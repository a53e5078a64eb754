import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService } from "../../prisma/prisma.service";

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  project: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.ApiTokenSelect;
export type ApiTokenRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenSelect }>;

@Injectable()
export class TokensRepository {
  constructor(private readonly prisma: PrismaService) {}

  createToken(data: Prisma.ApiTokenUncheckedCreateInput): Promise<ApiTokenRow> {
    return this.prisma.apiToken.create({ data, select: tokenSelect });
  }

  findTokensByUser(userId: string): Promise<ApiTokenRow[]> {
    return this.prisma.apiToken.findMany({ where: { userId }, select: tokenSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  }

  findTokenOwner(id: string): Promise<{ userId: string; revokedAt: Date | null } | null> {
    return this.prisma.apiToken.findUnique({ where: { id }, select: { userId: true, revokedAt: true } });
  }

  /** A usable token by its hash, with its owner. */
  findLiveTokenByHash(tokenHash: string, now: Date) {
    return this.prisma.apiToken.findFirst({
      where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }], user: { deactivatedAt: null } },
      select: { id: true, lastUsedAt: true, projectId: true, user: { select: { id: true, name: true, email: true, isAdmin: true } } },
    });
  }

  revokeToken(id: string, now: Date): Promise<ApiTokenRow> {
    return this.prisma.apiToken.update({ where: { id }, data: { revokedAt: now }, select: tokenSelect });
  }

  async touchToken(id: string, now: Date): Promise<void> {
    await this.prisma.apiToken.update({ where: { id }, data: { lastUsedAt: now } });
  }
}
