import { Injectable } from "@nestjs/common";
import type { ProjectRole } from "@lifecycle/domain";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import type { Checked } from "../../prisma/checked";

const invitationSelect = {
  id: true,
  email: true,
  role: true,
  invitedBy: true,
  createdAt: true,
  project: { select: { id: true, slug: true, name: true } },
} satisfies Prisma.ProjectInvitationSelect;
export type InvitationRow = Checked<Prisma.ProjectInvitationGetPayload<{ select: typeof invitationSelect }>, { role: ProjectRole }>;

@Injectable()
export class InvitationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findProjectInvitations(projectId: string): Promise<InvitationRow[]> {
    return this.prisma.projectInvitation.findMany({ where: { projectId }, select: invitationSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }) as Promise<InvitationRow[]>;
  }

  findInvitationsForEmail(email: string): Promise<InvitationRow[]> {
    return this.prisma.projectInvitation.findMany({ where: { email }, select: invitationSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }) as Promise<InvitationRow[]>;
  }

  findInvitation(id: string, db: Db = this.prisma): Promise<(InvitationRow & { projectId: string }) | null> {
    return db.projectInvitation.findUnique({ where: { id }, select: { ...invitationSelect, projectId: true } }) as Promise<(InvitationRow & { projectId: string }) | null>;
  }

  /** A new invitation, or the existing one for that email with the new role. */
  upsertInvitation(projectId: string, email: string, role: ProjectRole, invitedBy: string): Promise<InvitationRow> {
    return this.prisma.projectInvitation.upsert({
      where: { projectId_email: { projectId, email } },
      create: { projectId, email, role, invitedBy },
      update: { role, invitedBy },
      select: invitationSelect,
    }) as Promise<InvitationRow>;
  }

  async deleteInvitation(id: string, db: Db = this.prisma): Promise<void> {
    await db.projectInvitation.delete({ where: { id } });
  }
}
