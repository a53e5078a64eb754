import { Injectable } from "@nestjs/common";
import type { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const queueSelect = { id: true, projectId: true, name: true, description: true, kind: true, scoreConfigs: true, dealt: true, createdBy: true, createdAt: true } satisfies Prisma.AnnotationQueueSelect;
export type QueueRow = Prisma.AnnotationQueueGetPayload<{ select: typeof queueSelect }>;
export const itemSelect = {
  id: true,
  position: true,
  status: true,
  deploymentId: true,
  predictionId: true,
  content: true,
  result: true,
  completedBy: true,
  completedAt: true,
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.AnnotationItemSelect;
export type ItemRow = Prisma.AnnotationItemGetPayload<{ select: typeof itemSelect }>;

/** A new item: its content is a prediction's record or a pair, stored as JSON. */
export type NewItem = Omit<Prisma.AnnotationItemCreateManyInput, "queueId" | "position" | "content"> & { content: object };
export type ItemChange = Prisma.AnnotationItemUncheckedUpdateInput;
/** Which of a queue's items: by status, and by assignee (null: unassigned). */
export interface ItemFilter {
  queueId: string;
  status?: string | undefined;
  assigneeId?: string | null | undefined;
}

/** How many candidates a sample draws from: the window's latest predictions. */
export const SAMPLE_POOL = 20_000;

@Injectable()
export class AnnotationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  queues(projectId: string): Promise<QueueRow[]> {
    return this.prisma.annotationQueue.findMany({ where: { projectId }, select: queueSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  }

  findQueue(projectId: string, queueId: string, db: Db = this.prisma): Promise<QueueRow | null> {
    return db.annotationQueue.findFirst({ where: { id: queueId, projectId }, select: queueSelect });
  }

  createQueue(data: Prisma.AnnotationQueueUncheckedCreateInput): Promise<QueueRow> {
    return this.prisma.annotationQueue.create({ data, select: queueSelect });
  }

  async deleteQueue(queueId: string): Promise<void> {
    await this.prisma.annotationQueue.delete({ where: { id: queueId } });
  }

  /** Per queue, status and assignee: how many items. */
  counts(queueIds: string[], db: Db = this.prisma) {
    return db.annotationItem.groupBy({ by: ["queueId", "status", "assigneeId"], where: { queueId: { in: queueIds } }, _count: { _all: true } });
  }

  /** Of these users, the project's members, with their names. */
  async members(projectId: string, userIds: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.projectMember.findMany({ where: { projectId, userId: { in: userIds } }, select: { user: { select: { id: true, name: true } } } });
    return new Map(rows.map((row) => [row.user.id, row.user.name]));
  }

  async userNames(userIds: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Of these prediction ids, the deployment's, with when they were recorded. */
  async predictionTimes(deploymentId: string, ids: string[]): Promise<Map<string, Date>> {
    const rows = await this.prisma.inferencePrediction.findMany({ where: { deploymentId, predictionId: { in: ids } }, select: { predictionId: true, recordedAt: true } });
    return new Map(rows.map((row) => [row.predictionId, row.recordedAt]));
  }

  /** Up to SAMPLE_POOL of the window's latest predictions that the queue does not have yet (newest first, on the index). */
  samplePool(queueId: string, deploymentId: string, from: Date, to: Date) {
    return this.prisma.driverQuery<{ prediction_id: string; recorded_at: Date }>(
      `SELECT p.prediction_id, p.recorded_at FROM inference_predictions p
       WHERE p.deployment_id = $1::uuid AND p.recorded_at >= $2 AND p.recorded_at < $3
         AND NOT EXISTS (SELECT 1 FROM annotation_items i WHERE i.queue_id = $4::uuid AND i.deployment_id = $1::uuid AND i.prediction_id = p.prediction_id)
       ORDER BY p.recorded_at DESC LIMIT ${SAMPLE_POOL}`,
      [deploymentId, from, to, queueId],
    );
  }

  /** The records of these predictions, found by the records' primary key (deployment, time, id). */
  records(deploymentId: string, predictions: Array<{ id: string; at: Date }>) {
    return this.prisma.driverQuery<{ prediction_id: string; recorded_at: Date; features: Record<string, unknown>; prediction: Record<string, unknown> }>(
      `SELECT r.prediction_id, r.recorded_at, r.features, r.prediction FROM inference_records r
       JOIN unnest($2::timestamptz[], $3::text[]) AS k(recorded_at, prediction_id) ON r.recorded_at = k.recorded_at AND r.prediction_id = k.prediction_id
       WHERE r.deployment_id = $1::uuid`,
      [deploymentId, predictions.map((prediction) => prediction.at), predictions.map((prediction) => prediction.id)],
    );
  }

  /**
   * Adds items after the queue's last (the queue's row is locked, so two adders take distinct positions); a
   * prediction the queue has is left out. Answers how many were added.
   */
  addItems(queueId: string, items: NewItem[], dealt: number): Promise<number> {
    return this.prisma.transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM annotation_queues WHERE id = ${queueId}::uuid FOR UPDATE`;
      const last = await tx.annotationItem.aggregate({ where: { queueId }, _max: { position: true } });
      const start = (last._max.position ?? 0) + 1;
      const { count } = await tx.annotationItem.createMany({ data: items.map((item, index) => ({ ...item, content: item.content as Prisma.InputJsonValue, queueId, position: start + index })), skipDuplicates: true });
      await tx.annotationQueue.update({ where: { id: queueId }, data: { dealt } });
      return count;
    });
  }

  itemPage(filter: ItemFilter, skip: number, take: number): Promise<[ItemRow[], number]> {
    const where: Prisma.AnnotationItemWhereInput = { queueId: filter.queueId, ...(filter.status ? { status: filter.status } : {}), ...(filter.assigneeId !== undefined ? { assigneeId: filter.assigneeId } : {}) };
    return Promise.all([this.prisma.annotationItem.findMany({ where, select: itemSelect, orderBy: { position: "asc" }, skip, take }), this.prisma.annotationItem.count({ where })]);
  }

  findItem(queueId: string, itemId: string, db: Db = this.prisma): Promise<ItemRow | null> {
    return db.annotationItem.findFirst({ where: { id: itemId, queueId }, select: itemSelect });
  }

  /** Locks the item for its answer; the row's current state, or null. */
  async lockItem(tx: Db, queueId: string, itemId: string): Promise<{ status: string; assignee_id: string | null } | null> {
    const rows = await tx.$queryRaw<Array<{ status: string; assignee_id: string | null }>>`SELECT status, assignee_id FROM annotation_items WHERE id = ${itemId}::uuid AND queue_id = ${queueId}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  /** The caller's next item — theirs first, then an unassigned one, in queue order — locked for them; null when none. */
  async claimNext(tx: Db, queueId: string, userId: string | null): Promise<string | null> {
    const rows = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM annotation_items
      WHERE queue_id = ${queueId}::uuid AND status = 'PENDING' AND (assignee_id IS NULL OR assignee_id = ${userId}::uuid)
      ORDER BY (assignee_id IS NULL), position LIMIT 1 FOR UPDATE SKIP LOCKED`;
    const id = rows[0]?.id ?? null;
    if (id && userId) await tx.annotationItem.update({ where: { id }, data: { assigneeId: userId } });
    return id;
  }

  updateItem(tx: Db, itemId: string, data: ItemChange) {
    return tx.annotationItem.update({ where: { id: itemId }, data });
  }
}
