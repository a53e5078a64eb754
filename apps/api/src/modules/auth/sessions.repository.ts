import { Injectable } from "@nestjs/common";
import { PrismaService } from "../../prisma/prisma.service";

@Injectable()
export class SessionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Starts a session, and clears the user's expired ones on the way. */
  async createSession(data: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<{ id: string }> {
    const [, session] = await this.prisma.$transaction([
      this.prisma.session.deleteMany({ where: { userId: data.userId, expiresAt: { lte: new Date() } } }),
      this.prisma.session.create({ data, select: { id: true } }),
    ]);
    return session;
  }

  findLiveSession(tokenHash: string, now: Date) {
    return this.prisma.session.findFirst({
      where: { tokenHash, expiresAt: { gt: now }, user: { deactivatedAt: null } },
      select: { id: true, csrfToken: true, user: { select: { id: true, name: true, email: true, isAdmin: true } } },
    });
  }

  async deleteSession(id: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { id } });
  }

  /** Keeps a setup link's hash until the first admin is created. */
  async addSetupToken(hash: string): Promise<void> {
    await this.prisma.setupToken.createMany({ data: [{ hash }], skipDuplicates: true });
  }

  /** Takes a setup link's hash (of requests sent at once with it, exactly one gets it); answers whether it was there. */
  async takeSetupToken(hash: string): Promise<boolean> {
    return (await this.prisma.setupToken.deleteMany({ where: { hash } })).count === 1;
  }

  async clearSetupTokens(): Promise<void> {
    await this.prisma.setupToken.deleteMany({});
  }
}
