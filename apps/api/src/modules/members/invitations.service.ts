import { Injectable } from "@nestjs/common";
import type { Invitation, InviteMemberInput, Member } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { PrismaService } from "../../prisma/prisma.service";
import { AuditService } from "../audit/audit.service";
import { ProjectsService } from "../projects/projects.service";
import { InvitationsRepository, type InvitationRow } from "./invitations.repository";
import { MembersRepository } from "./members.repository";
import { toMemberView } from "./members.service";

function toInvitationView(row: InvitationRow): Invitation {
  return { id: row.id, project: row.project, email: row.email, role: row.role, invitedBy: row.invitedBy, createdAt: row.createdAt.toISOString() };
}

/**
 * Invitations by email. A lead invites an email and gets the same answer whether or not it belongs to an
 * account (so inviting tells nothing about who has one); the invitee, once signed in with that email, accepts
 * or declines. Only admins, who see every user anyway, add existing users directly.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly invitations: InvitationsRepository,
    private readonly members: MembersRepository,
    private readonly projects: ProjectsService,
    private readonly audit: AuditService,
  ) {}

  async listProjectInvitations(projectRef: string): Promise<{ items: Invitation[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: (await this.invitations.findProjectInvitations(project.id)).map(toInvitationView) };
  }

  async invite(principal: Principal, projectRef: string, input: InviteMemberInput): Promise<Invitation> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.invitations.upsertInvitation(project.id, input.email.toLowerCase(), input.role, principal.name);
    await this.audit.recordBy(principal, "MEMBER_INVITED", { projectId: project.id, detail: { invitationId: row.id, email: row.email, role: row.role } });
    return toInvitationView(row);
  }

  async revoke(principal: Principal, projectRef: string, invitationId: string): Promise<void> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.invitations.findInvitation(invitationId);
    if (!row || row.projectId !== project.id) throw this.notFound(invitationId);
    await this.invitations.deleteInvitation(row.id);
    await this.audit.recordBy(principal, "INVITATION_REVOKED", { projectId: project.id, detail: { invitationId: row.id, email: row.email } });
  }

  /** The signed-in user's pending invitations (those sent to their email). */
  async listMine(principal: Principal): Promise<{ items: Invitation[] }> {
    if (!principal.email || principal.projectId) return { items: [] };
    return { items: (await this.invitations.findInvitationsForEmail(principal.email.toLowerCase())).map(toInvitationView) };
  }

  /** Accepting makes the invitee a member with the invited role (in one transaction with the invitation's removal). */
  async accept(principal: Principal, invitationId: string): Promise<Member> {
    const row = await this.requireMine(principal, invitationId);
    const member = await this.prisma
      .transaction(async (tx) => {
        await this.invitations.deleteInvitation(row.id, tx);
        const created = await this.members.createMember(row.projectId, principal.userId!, row.role, tx);
        await this.audit.recordBy(principal, "MEMBER_ADDED", { projectId: row.projectId, detail: { userId: principal.userId, email: row.email, role: row.role, invitationId: row.id } }, tx);
        return created;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new DomainError("MEMBER_EXISTS", `You are already a member of ${row.project.name}.`);
        throw error;
      });
    return toMemberView(member);
  }

  async decline(principal: Principal, invitationId: string): Promise<void> {
    const row = await this.requireMine(principal, invitationId);
    await this.invitations.deleteInvitation(row.id);
  }

  private async requireMine(principal: Principal, invitationId: string) {
    const row = await this.invitations.findInvitation(invitationId);
    if (!row || !principal.userId || principal.projectId || row.email !== principal.email?.toLowerCase()) throw this.notFound(invitationId);
    return row;
  }

  private notFound(id: string): DomainError {
    return new DomainError("INVITATION_NOT_FOUND", `No invitation "${id}".`);
  }
}
