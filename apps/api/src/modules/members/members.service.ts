import { Injectable } from "@nestjs/common";
import { wouldLeaveNoLead, type AddMemberInput, type Member, type ProjectRole } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { PrismaService } from "../../prisma/prisma.service";
import { AuditService } from "../audit/audit.service";
import { ProjectsService } from "../projects/projects.service";
import { UsersService } from "../users/users.service";
import { MembersRepository, type MemberRow } from "./members.repository";

export function toMemberView(row: MemberRow): Member {
  return { userId: row.user.id, email: row.user.email, name: row.user.name, role: row.role, createdAt: row.createdAt.toISOString() };
}

@Injectable()
export class MembersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly members: MembersRepository,
    private readonly projects: ProjectsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  async listMembers(projectRef: string): Promise<{ items: Member[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: (await this.members.findMembers(project.id)).map(toMemberView) };
  }

  /** The caller's own role in a project, null when not a member. */
  roleOf(projectId: string, userId: string): Promise<ProjectRole | null> {
    return this.members.findRole(projectId, userId);
  }

  async addMember(principal: Principal, projectRef: string, input: AddMemberInput): Promise<Member> {
    const project = await this.projects.requireProject(projectRef);
    const user = await this.users.requireUserByEmail(input.email);
    const row = await this.members.createMember(project.id, user.id, input.role).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new DomainError("MEMBER_EXISTS", `${user.email} is already a member; change their role instead.`, [{ path: "email", message: "Already a member" }]);
      throw error;
    });
    await this.audit.recordBy(principal, "MEMBER_ADDED", { projectId: project.id, detail: { userId: user.id, email: user.email, role: input.role } });
    return toMemberView(row);
  }

  async changeMemberRole(principal: Principal, projectRef: string, userId: string, role: ProjectRole): Promise<Member> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.prisma.transaction(async (tx) => {
      const from = await this.requireMembership(project.id, userId, tx);
      if (wouldLeaveNoLead(await this.members.findRoles(project.id, tx), from, role)) throw this.lastLead();
      const updated = await this.members.updateMemberRole(project.id, userId, role, tx);
      await this.audit.recordBy(principal, "MEMBER_ROLE_CHANGED", { projectId: project.id, detail: { userId, from, to: role } }, tx);
      return updated;
    });
    return toMemberView(row);
  }

  async removeMember(principal: Principal, projectRef: string, userId: string): Promise<void> {
    const project = await this.projects.requireProject(projectRef);
    await this.prisma.transaction(async (tx) => {
      const from = await this.requireMembership(project.id, userId, tx);
      if (wouldLeaveNoLead(await this.members.findRoles(project.id, tx), from, null)) throw this.lastLead();
      await this.members.deleteMember(project.id, userId, tx);
      await this.audit.recordBy(principal, "MEMBER_REMOVED", { projectId: project.id, detail: { userId, role: from } }, tx);
    });
  }

  private async requireMembership(projectId: string, userId: string, tx: Parameters<MembersRepository["findRole"]>[2]): Promise<ProjectRole> {
    const role = await this.members.findRole(projectId, userId, tx);
    if (!role) throw new DomainError("MEMBER_NOT_FOUND", `User "${userId}" is not a member of this project.`);
    return role;
  }

  private lastLead(): DomainError {
    return new DomainError("LAST_LEAD", "A project needs at least one lead: make someone else lead first.", [{ path: "role", message: "Last lead" }]);
  }
}
