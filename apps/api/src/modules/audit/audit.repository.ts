import { Injectable } from "@nestjs/common";
import type { SecurityEventType } from "@lifecycle/domain";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const eventSelect = { id: true, type: true, actorName: true, projectId: true, detail: true, ip: true, createdAt: true } satisfies Prisma.SecurityEventSelect;
export type SecurityEventRow = Prisma.SecurityEventGetPayload<{ select: typeof eventSelect }>;

export interface NewSecurityEvent {
  type: SecurityEventType;
  actorId: string | null;
  actorName: string;
  projectId?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  async createSecurityEvent(event: NewSecurityEvent, db: Db = this.prisma): Promise<void> {
    await db.securityEvent.create({
      data: { ...event, detail: event.detail ? (event.detail as Prisma.InputJsonObject) : Prisma.DbNull },
    });
  }

  async findSecurityEventsPage(type: SecurityEventType | undefined, page: number, pageSize: number) {
    const where = type ? { type } : {};
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.securityEvent.findMany({ where, select: eventSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
      this.prisma.securityEvent.count({ where }),
    ]);
    return { rows, total };
  }
}
