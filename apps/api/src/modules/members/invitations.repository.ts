import { Injectable } from "@nestjs/common";
import type { ProjectRole } from "@lifecycle/domain";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  invitedBy: true,
  createdAt: true,
  project: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.ProjectInvitationSelect;
export type InvitationRow = Prisma.ProjectInvitationGetPayload<{ select: typeof invitationSelect }>;

@Injectable()
export class InvitationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findProjectInvitations(projectId: string): Promise<InvitationRow[]> {
    return this.prisma.projectInvitation.findMany({ where: { projectId }, select: invitationSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  findInvitationsForEmail(email: string): Promise<InvitationRow[]> {
    return this.prisma.projectInvitation.findMany({ where: { email }, select: invitationSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  findInvitation(id: string, db: Db = this.prisma): Promise<(InvitationRow & { projectId: string }) | null> {
    return db.projectInvitation.findUnique({ where: { id }, select: { ...invitationSelect, projectId: true } });
  }

  /** A new invitation, or the existing one for that email with the new role. */
  upsertInvitation(projectId: string, email: string, role: ProjectRole, invitedBy: string): Promise<InvitationRow> {
    return this.prisma.projectInvitation.upsert({
      where: { projectId_email: { projectId, email } },
      create: { projectId, email, role, invitedBy },
      update: { role, invitedBy },
      select: invitationSelect,
    });
  }

  async deleteInvitation(id: string, db: Db = this.prisma): Promise<void> {
    await db.projectInvitation.delete({ where: { id } });
  }
}
