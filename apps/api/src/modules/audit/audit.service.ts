import { Injectable } from "@nestjs/common";
import type { SecurityEventType } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import type { Db } from "../../prisma/prisma.service";
import { AuditRepository, type NewSecurityEvent } from "./audit.repository";

/** The security log: who signed in, which tokens and roles changed, which gates were overridden. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(event: NewSecurityEvent, db?: Db): Promise<void> {
    return this.audit.createSecurityEvent(event, db);
  }

  recordBy(principal: Principal, type: SecurityEventType, extra: Omit<NewSecurityEvent, "type" | "actorId" | "actorName"> = {}, db?: Db): Promise<void> {
    return this.record({ type, actorId: principal.userId, actorName: principal.name, ...extra }, db);
  }

  async listSecurityEvents(type: SecurityEventType | undefined, page: number, pageSize: number) {
    const { rows, total } = await this.audit.findSecurityEventsPage(type, page, pageSize);
    return {
      items: rows.map((row) => ({
        id: row.id,
        type: row.type as SecurityEventType,
        actorName: row.actorName,
        projectId: row.projectId,
        detail: (row.detail as Record<string, unknown> | null) ?? null,
        ip: row.ip,
        createdAt: row.createdAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }
}
