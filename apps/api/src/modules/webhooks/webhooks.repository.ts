import { Injectable } from "@nestjs/common";
import type { DeliveryStatus, WebhookAttempt, WebhookEvent } from "@lifecycle/domain";
import type { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const webhookSelect = {
  id: true,
  projectId: true,
  name: true,
  url: true,
  secret: true,
  events: true,
  active: true,
  createdBy: true,
  createdAt: true,
  deliveries: { select: { status: true, attempts: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
} satisfies Prisma.WebhookSelect;
export type WebhookRow = Prisma.WebhookGetPayload<{ select: typeof webhookSelect }>;

const deliverySelect = {
  id: true,
  webhookId: true,
  event: true,
  body: true,
  status: true,
  attempts: true,
  attemptCount: true,
  nextAttemptAt: true,
  createdAt: true,
  deliveredAt: true,
} satisfies Prisma.WebhookDeliverySelect;
export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

/** A delivery claimed for one attempt, with where and how to send it. */
export interface ClaimedDelivery {
  id: string;
  event: string;
  body: string;
  attempt: number;
  url: string;
  secret: string;
}

@Injectable()
export class WebhooksRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(projectId: string): Promise<WebhookRow[]> {
    return this.prisma.webhook.findMany({ where: { projectId }, select: webhookSelect, orderBy: { createdAt: "asc" } });
  }

  find(projectId: string, webhookId: string): Promise<WebhookRow | null> {
    return this.prisma.webhook.findFirst({ where: { id: webhookId, projectId }, select: webhookSelect });
  }

  create(data: Prisma.WebhookUncheckedCreateInput): Promise<WebhookRow> {
    return this.prisma.webhook.create({ data, select: webhookSelect });
  }

  update(webhookId: string, data: Prisma.WebhookUncheckedUpdateInput): Promise<WebhookRow> {
    return this.prisma.webhook.update({ where: { id: webhookId }, data, select: webhookSelect });
  }

  async delete(projectId: string, webhookId: string): Promise<boolean> {
    return (await this.prisma.webhook.deleteMany({ where: { id: webhookId, projectId } })).count > 0;
  }

  /** The project's active webhooks that receive `event`, with the project's slug for the body. */
  subscribers(db: Db, projectId: string, event: WebhookEvent): Promise<Array<{ id: string; slug: string }>> {
    return db.$queryRaw<Array<{ id: string; slug: string }>>`
      SELECT w.id::text AS id, p.slug FROM webhooks w JOIN projects p ON p.id = w.project_id
      WHERE w.project_id = ${projectId}::uuid AND w.active AND ${event} = ANY(w.events)`;
  }

  async addDeliveries(rows: Array<{ id: string; webhookId: string; event: string; body: string; nextAttemptAt: Date | null }>, db: Db = this.prisma): Promise<void> {
    await db.webhookDelivery.createMany({ data: rows });
  }

  async deliveryPage(webhookId: string, status: DeliveryStatus | undefined, skip: number, take: number): Promise<{ rows: DeliveryRow[]; total: number }> {
    const where = { webhookId, ...(status ? { status } : {}) };
    const [rows, total] = await Promise.all([
      this.prisma.webhookDelivery.findMany({ where, select: deliverySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
      this.prisma.webhookDelivery.count({ where }),
    ]);
    return { rows, total };
  }

  findDelivery(webhookId: string, deliveryId: string): Promise<DeliveryRow | null> {
    return this.prisma.webhookDelivery.findFirst({ where: { id: deliveryId, webhookId }, select: deliverySelect });
  }

  /**
   * Claims up to `limit` deliveries due at `now` (or the one given) for one attempt each: the attempt is counted and
   * the delivery held for a lease, so that several processes never send the same attempt and one that stops
   * mid-send leaves it for another once the lease ends.
   */
  claim(now: Date, leaseUntil: Date, limit: number, deliveryId?: string): Promise<ClaimedDelivery[]> {
    const which = deliveryId === undefined ? null : deliveryId;
    return this.prisma.$queryRaw<ClaimedDelivery[]>`
      WITH due AS (
        SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
        WHERE w.active AND (
          (${which}::uuid IS NULL AND d.status = 'PENDING' AND d.next_attempt_at <= ${now})
          OR d.id = ${which}::uuid
        )
        ORDER BY d.next_attempt_at
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE webhook_deliveries d SET attempt_count = d.attempt_count + 1, next_attempt_at = ${leaseUntil}
      FROM due, webhooks w
      WHERE d.id = due.id AND w.id = d.webhook_id
      RETURNING d.id::text AS id, d.event, d.body, d.attempt_count AS attempt, w.url, w.secret`;
  }

  /** Writes an attempt's outcome, unless the delivery was claimed again since (its lease ran out). */
  async recordAttempt(deliveryId: string, attempt: number, entry: WebhookAttempt, status: DeliveryStatus, nextAttemptAt: Date | null): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE webhook_deliveries SET attempts = attempts || ${JSON.stringify([entry])}::jsonb, status = ${status},
        next_attempt_at = ${nextAttemptAt}, delivered_at = CASE WHEN ${status} = 'DELIVERED' THEN now() ELSE delivered_at END
      WHERE id = ${deliveryId}::uuid AND attempt_count = ${attempt}`;
  }
}
