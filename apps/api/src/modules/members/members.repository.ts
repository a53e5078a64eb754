import { Injectable } from "@nestjs/common";
import type { ProjectRole } from "@lifecycle/domain";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import type { Checked } from "../../prisma/checked";

const memberSelect = { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } } satisfies Prisma.ProjectMemberSelect;
export type MemberRow = Checked<Prisma.ProjectMemberGetPayload<{ select: typeof memberSelect }>, { role: ProjectRole }>;

@Injectable()
export class MembersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findMembers(projectId: string): Promise<MemberRow[]> {
    return this.prisma.projectMember.findMany({ where: { projectId }, select: memberSelect, orderBy: [{ createdAt: "asc" }, { userId: "asc" }] }) as Promise<MemberRow[]>;
  }

  async findRole(projectId: string, userId: string, db: Db = this.prisma): Promise<ProjectRole | null> {
    const row = await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
    return (row?.role as ProjectRole | undefined) ?? null;
  }

  async findRoles(projectId: string, db: Db): Promise<ProjectRole[]> {
    // Locks the project's memberships so two concurrent changes cannot both remove "the other" lead.
    const rows = await db.$queryRaw<Array<{ role: ProjectRole }>>`SELECT role FROM project_members WHERE project_id = ${projectId}::uuid FOR UPDATE`;
    return rows.map((row) => row.role);
  }

  createMember(projectId: string, userId: string, role: ProjectRole, db: Db = this.prisma): Promise<MemberRow> {
    return db.projectMember.create({ data: { projectId, userId, role }, select: memberSelect }) as Promise<MemberRow>;
  }

  updateMemberRole(projectId: string, userId: string, role: ProjectRole, db: Db): Promise<MemberRow> {
    return db.projectMember.update({ where: { projectId_userId: { projectId, userId } }, data: { role }, select: memberSelect }) as Promise<MemberRow>;
  }

  async deleteMember(projectId: string, userId: string, db: Db): Promise<void> {
    await db.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });
  }
}
