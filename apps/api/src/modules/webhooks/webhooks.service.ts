import { randomUUID } from "node:crypto";
import { Injectable } from "@nestjs/common";
import {
  WEBHOOK_TEST_EVENT,
  type CreateWebhookInput,
  type DeliveryStatus,
  type UpdateWebhookInput,
  type Webhook,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookEvent,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import type { Db } from "../../prisma/prisma.service";
import { ProjectsService } from "../projects/projects.service";
import { newWebhookSecret } from "./webhook-signature";
import { WebhookDispatcher } from "./webhook-dispatcher";
import { WebhooksRepository, type DeliveryRow, type WebhookRow } from "./webhooks.repository";

function toWebhookView(row: WebhookRow): Webhook {
  const last = row.deliveries[0];
  const attempts = (last?.attempts ?? []) as WebhookAttempt[];
  const lastAttempt = attempts[attempts.length - 1];
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    events: row.events as WebhookEvent[],
    active: row.active,
    secretHint: row.secret.slice(-4),
    lastDelivery: last ? { status: last.status as DeliveryStatus, statusCode: lastAttempt?.statusCode ?? null, at: lastAttempt?.at ?? last.createdAt.toISOString() } : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDeliveryView(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhookId,
    event: row.event as WebhookDelivery["event"],
    status: row.status as DeliveryStatus,
    attempts: row.attempts as WebhookAttempt[],
    nextAttemptAt: row.status === "PENDING" ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

/**
 * A project's webhooks, and the events they are sent. `emit` is called inside the transaction that makes the event
 * happen: the delivery rows commit with it (or not at all), and the dispatcher sends them after.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly projects: ProjectsService,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  async list(projectRef: string): Promise<{ items: Webhook[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: (await this.webhooks.list(project.id)).map(toWebhookView) };
  }

  async create(principal: Principal, projectRef: string, input: CreateWebhookInput): Promise<Webhook & { secret: string }> {
    const project = await this.projects.requireProject(projectRef);
    const secret = newWebhookSecret();
    try {
      const row = await this.webhooks.create({ projectId: project.id, name: input.name, url: input.url, events: input.events, secret, createdBy: principal.name });
      return { ...toWebhookView(row), secret };
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTaken(input.name);
      throw error;
    }
  }

  async update(projectRef: string, webhookId: string, input: UpdateWebhookInput): Promise<Webhook> {
    const current = await this.require(projectRef, webhookId);
    try {
      return toWebhookView(await this.webhooks.update(current.id, input));
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTaken(input.name ?? current.name);
      throw error;
    }
  }

  async rotateSecret(projectRef: string, webhookId: string): Promise<Webhook & { secret: string }> {
    const current = await this.require(projectRef, webhookId);
    const secret = newWebhookSecret();
    return { ...toWebhookView(await this.webhooks.update(current.id, { secret })), secret };
  }

  async delete(projectRef: string, webhookId: string): Promise<void> {
    const project = await this.projects.requireProject(projectRef);
    if (!(await this.webhooks.delete(project.id, webhookId))) throw this.notFound(webhookId);
  }

  async deliveries(projectRef: string, webhookId: string, query: { status?: DeliveryStatus | undefined; page: number; pageSize: number }) {
    const webhook = await this.require(projectRef, webhookId);
    const { rows, total } = await this.webhooks.deliveryPage(webhook.id, query.status, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map(toDeliveryView), total, page: query.page, pageSize: query.pageSize };
  }

  /** Sends a ping now (active or not) and answers its delivery with the receiver's answer; a ping is not retried. */
  async sendTest(principal: Principal, projectRef: string, webhookId: string): Promise<WebhookDelivery> {
    const webhook = await this.require(projectRef, webhookId);
    const project = await this.projects.requireProject(projectRef);
    const id = randomUUID();
    const body = this.body(id, WEBHOOK_TEST_EVENT, { id: project.id, slug: project.slug }, { message: `A test from ${principal.name}: this webhook receives Lifecycle's events.`, webhook: { id: webhook.id, name: webhook.name } });
    await this.webhooks.addDeliveries([{ id, webhookId: webhook.id, event: WEBHOOK_TEST_EVENT, body, nextAttemptAt: null }]);
    await this.dispatcher.attemptNow(id, { final: true });
    return toDeliveryView((await this.webhooks.findDelivery(webhook.id, id))!);
  }

  /** Sends a delivered or failed delivery again now, once: its exact body with a fresh signature. */
  async redeliver(projectRef: string, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
    const webhook = await this.require(projectRef, webhookId);
    const delivery = await this.webhooks.findDelivery(webhook.id, deliveryId);
    if (!delivery) throw new DomainError("DELIVERY_NOT_FOUND", `The webhook has no delivery "${deliveryId}".`);
    if (delivery.status === "PENDING") {
      throw new DomainError("DELIVERY_PENDING", "The delivery is still being retried on its schedule; redeliver it once it was delivered or failed.", [{ path: "status", message: "It is pending" }]);
    }
    await this.dispatcher.attemptNow(delivery.id, { final: true });
    return toDeliveryView((await this.webhooks.findDelivery(webhook.id, deliveryId))!);
  }

  /**
   * Queues `event` for every active webhook of the project that receives it, in the caller's transaction. The body
   * is written once here and sent byte for byte on every attempt.
   */
  async emit(db: Db, projectId: string, event: WebhookEvent, data: Record<string, unknown>): Promise<void> {
    const subscribers = await this.webhooks.subscribers(db, projectId, event);
    if (subscribers.length === 0) return;
    const now = new Date();
    const rows = subscribers.map((webhook) => {
      const id = randomUUID();
      return { id, webhookId: webhook.id, event, body: this.body(id, event, { id: projectId, slug: webhook.slug }, data, now), nextAttemptAt: now };
    });
    await this.webhooks.addDeliveries(rows, db);
    this.dispatcher.soon();
  }

  private body(id: string, event: string, project: { id: string; slug: string }, data: Record<string, unknown>, at = new Date()): string {
    return JSON.stringify({ id, event, createdAt: at.toISOString(), project, data });
  }

  private async require(projectRef: string, webhookId: string): Promise<WebhookRow> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.webhooks.find(project.id, webhookId);
    if (!row) throw this.notFound(webhookId);
    return row;
  }

  private notFound(webhookId: string): DomainError {
    return new DomainError("WEBHOOK_NOT_FOUND", `The project has no webhook "${webhookId}".`);
  }

  private nameTaken(name: string): DomainError {
    return new DomainError("WEBHOOK_NAME_TAKEN", `The project already has a webhook named "${name}".`, [{ path: "name", message: "Already taken" }]);
  }
}
