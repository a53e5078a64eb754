import { Injectable } from "@nestjs/common";
import {
  annotationProblem,
  dealItems,
  numericScore,
  type AddAnnotationItemsInput,
  type AnnotateItemInput,
  type AnnotationItem,
  type AnnotationItemPageQuery,
  type AnnotationItemStatus,
  type AnnotationQueue,
  type AnnotationQueueKind,
  type CreateAnnotationQueueInput,
  type ScoreType,
  type UpdateAnnotationItemInput,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { PrismaService } from "../../prisma/prisma.service";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { DeploymentsService } from "../deployments/deployments.service";
import { ProjectsService } from "../projects/projects.service";
import { AnnotationsRepository, type ItemRow, type QueueRow } from "./annotations.repository";
import { FeedbackRepository, type ScoreConfigRow } from "./feedback.repository";
import { toConfigView } from "./feedback.service";
import { PreferencesRepository } from "./preferences.repository";
import { PreferencesService, type PairContent } from "./preferences.service";

type Progress = AnnotationQueue["progress"];
type Counts = Awaited<ReturnType<AnnotationsRepository["counts"]>>;

function progressOf(counts: Counts, queueId: string): Progress {
  const progress = { total: 0, pending: 0, done: 0, skipped: 0 };
  for (const row of counts) {
    if (row.queueId !== queueId) continue;
    progress.total += row._count._all;
    progress[row.status === "DONE" ? "done" : row.status === "SKIPPED" ? "skipped" : "pending"] += row._count._all;
  }
  return progress;
}

/** Draws `count` of `pool` at random (a partial Fisher–Yates shuffle). */
function drawn<T>(pool: T[], count: number): T[] {
  const copy = [...pool];
  const size = Math.min(count, copy.length);
  for (let index = 0; index < size; index++) {
    const pick = index + Math.floor(Math.random() * (copy.length - index));
    [copy[index], copy[pick]] = [copy[pick]!, copy[index]!];
  }
  return copy.slice(0, size);
}

/** Annotation queues: items dealt to reviewers, claimed in turn, and answered with scores or a choice that land as feedback. */
@Injectable()
export class AnnotationsService {
  constructor(
    private readonly annotations: AnnotationsRepository,
    private readonly feedback: FeedbackRepository,
    private readonly preferences: PreferencesRepository,
    private readonly pairs: PreferencesService,
    private readonly projects: ProjectsService,
    private readonly deployments: DeploymentsService,
    private readonly prisma: PrismaService,
  ) {}

  async createQueue(principal: Principal, projectRef: string, input: CreateAnnotationQueueInput): Promise<AnnotationQueue> {
    const project = await this.projects.requireProject(projectRef);
    const configs = new Map((await this.feedback.configs(project.id)).map((config) => [config.name, config]));
    const configIds = input.scoreConfigs.map((name, index) => {
      const config = configs.get(name);
      if (!config) throw invalidField(`scoreConfigs.${index}`, `No score config "${name}" in this project`);
      return config.id;
    });
    try {
      const row = await this.annotations.createQueue({ projectId: project.id, name: input.name, description: input.description?.trim() || null, kind: input.kind, scoreConfigs: configIds, createdBy: principal.name });
      return (await this.views(project.id, [row]))[0]!;
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("ANNOTATION_QUEUE_NAME_TAKEN", `The project already has a queue named "${input.name}".`, [{ path: "name", message: "Already taken" }]);
      throw error;
    }
  }

  async listQueues(projectRef: string): Promise<{ items: AnnotationQueue[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: await this.views(project.id, await this.annotations.queues(project.id)) };
  }

  async getQueue(projectRef: string, queueId: string): Promise<AnnotationQueue> {
    const queue = await this.requireQueue(projectRef, queueId);
    return (await this.views(queue.projectId, [queue]))[0]!;
  }

  async deleteQueue(projectRef: string, queueId: string): Promise<void> {
    const queue = await this.requireQueue(projectRef, queueId);
    await this.annotations.deleteQueue(queue.id);
  }

  /**
   * Adds a deployment's predictions (named, or drawn at random from a window) with their records as they are now,
   * or pairs of answers; dealt to the assignees in turn. Everything is checked before anything is written.
   */
  async addItems(projectRef: string, queueId: string, input: AddAnnotationItemsInput): Promise<{ added: number; alreadyQueued: number; progress: Progress }> {
    const queue = await this.requireQueue(projectRef, queueId);
    const kind = queue.kind as AnnotationQueueKind;
    if (kind === "PAIRS" && !input.pairs) throw invalidField("pairs", "A pairs queue takes pairs of answers");
    if (kind === "PREDICTIONS" && input.pairs) throw invalidField("pairs", "A predictions queue takes a deployment's predictions (predictionIds or sample)");
    const assignees = [...new Set(input.assignees ?? [])];
    if (assignees.length) {
      const members = await this.annotations.members(queue.projectId, assignees);
      const stranger = (input.assignees ?? []).findIndex((id) => !members.has(id));
      if (stranger >= 0) throw invalidField(`assignees.${stranger}`, "Not a member of the project");
    }
    const items = input.pairs ? await this.pairItems(queue.projectId, input.pairs) : await this.predictionItems(queue, input);
    const dealt = dealItems(items.length, assignees, queue.dealt);
    const added = items.length ? await this.annotations.addItems(queue.id, items.map((item, index) => ({ ...item, assigneeId: dealt[index] ?? null })), assignees.length ? (queue.dealt + items.length) % assignees.length : queue.dealt) : 0;
    const requested = input.predictionIds ? new Set(input.predictionIds).size : items.length;
    return { added, alreadyQueued: requested - added, progress: progressOf(await this.annotations.counts([queue.id]), queue.id) };
  }

  async listItems(principal: Principal, projectRef: string, queueId: string, query: AnnotationItemPageQuery) {
    const queue = await this.requireQueue(projectRef, queueId);
    const assignee = query.assignee === "me" ? principal.userId : query.assignee === "none" ? null : query.assignee;
    const [rows, total] = await this.annotations.itemPage({ queueId: queue.id, status: query.status, assigneeId: query.assignee === undefined ? undefined : (assignee ?? null) }, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: await this.itemViews(queue.projectId, rows), total, page: query.page, pageSize: query.pageSize };
  }

  /** The caller's next item: theirs first, then an unassigned one, which becomes theirs; two reviewers never get one item. */
  async claim(principal: Principal, projectRef: string, queueId: string): Promise<{ item: AnnotationItem | null; progress: Progress }> {
    const queue = await this.requireQueue(projectRef, queueId);
    const id = await this.prisma.transaction((tx) => this.annotations.claimNext(tx, queue.id, principal.userId));
    const row = id ? await this.annotations.findItem(queue.id, id) : null;
    return { item: row ? (await this.itemViews(queue.projectId, [row]))[0]! : null, progress: progressOf(await this.annotations.counts([queue.id]), queue.id) };
  }

  /** The answer lands as feedback — scores by a domain expert on the prediction, or a preference — with the item marked done, in one transaction. */
  async annotate(principal: Principal, projectRef: string, queueId: string, itemId: string, input: AnnotateItemInput): Promise<AnnotationItem> {
    const queue = await this.requireQueue(projectRef, queueId);
    const configs = await this.queueConfigs(queue);
    const problem = annotationProblem(queue.kind as AnnotationQueueKind, configs.map((config) => ({ ...config, type: config.type as ScoreType })), input);
    if (problem) throw invalidField(problem.path, problem.message);
    const item = await this.requireItem(queue.id, itemId);
    const now = new Date();
    await this.prisma.transaction(async (tx) => {
      const current = await this.annotations.lockItem(tx, queue.id, item.id);
      if (!current) throw itemNotFound(item.id);
      this.checkOpen(principal, current, item);
      const comments = new Map((input.scores ?? []).map((score) => [score.config, score.comment || null]));
      if (queue.kind === "PAIRS") {
        const pair = item.content as unknown as PairContent;
        // A version deleted since the pair was queued is kept by its label alone.
        const versions = await this.preferences.projectVersions(queue.projectId, [pair.a.modelVersionId, pair.b.modelVersionId].filter((id): id is string => Boolean(id)));
        const versionOf = (id: string | undefined) => (id && versions.has(id) ? id : null);
        await this.preferences.add(
          [{ projectId: queue.projectId, deploymentId: item.deploymentId, predictionId: item.predictionId, prompt: pair.prompt, responseA: pair.a.response, responseB: pair.b.response, versionAId: versionOf(pair.a.modelVersionId), versionBId: versionOf(pair.b.modelVersionId), labelA: pair.a.label ?? null, labelB: pair.b.label ?? null, choice: input.choice!, reason: input.reason || null, source: "DOMAIN_EXPERT", author: principal.name, judgedAt: now }],
          tx,
        );
      } else {
        const byName = new Map(configs.map((config) => [config.name, config]));
        await this.feedback.addScores(
          (input.scores ?? []).map((score) => ({ deploymentId: item.deploymentId!, configId: byName.get(score.config)!.id, predictionId: item.predictionId, value: score.value, numeric: numericScore(score.value), source: "DOMAIN_EXPERT", author: principal.name, comment: comments.get(score.config) ?? null, scoredAt: now })),
          tx,
        );
      }
      const result = { scores: (input.scores ?? []).map((score) => ({ config: score.config, value: score.value, comment: comments.get(score.config) ?? null })), choice: input.choice ?? null, reason: input.reason || null };
      await this.annotations.updateItem(tx, item.id, { status: "DONE", result, completedBy: principal.name, completedAt: now, assigneeId: current.assignee_id ?? principal.userId });
    });
    return (await this.itemViews(queue.projectId, [(await this.annotations.findItem(queue.id, item.id))!]))[0]!;
  }

  /** Reassigns an open item, or sets it aside (SKIPPED) and back (PENDING). */
  async updateItem(principal: Principal, projectRef: string, queueId: string, itemId: string, input: UpdateAnnotationItemInput): Promise<AnnotationItem> {
    const queue = await this.requireQueue(projectRef, queueId);
    if (input.assigneeId && !(await this.annotations.members(queue.projectId, [input.assigneeId])).has(input.assigneeId)) throw invalidField("assigneeId", "Not a member of the project");
    const item = await this.requireItem(queue.id, itemId);
    await this.prisma.transaction(async (tx) => {
      const current = await this.annotations.lockItem(tx, queue.id, item.id);
      if (!current) throw itemNotFound(item.id);
      if (current.status === "DONE") throw new DomainError("ANNOTATION_ITEM_DONE", "The item is answered already: its feedback is recorded.");
      await this.annotations.updateItem(tx, item.id, { ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}), ...(input.status ? { status: input.status } : {}) });
    });
    return (await this.itemViews(queue.projectId, [(await this.annotations.findItem(queue.id, item.id))!]))[0]!;
  }

  private checkOpen(principal: Principal, current: { status: string; assignee_id: string | null }, item: ItemRow) {
    if (current.status === "DONE") throw new DomainError("ANNOTATION_ITEM_DONE", "The item is answered already: its feedback is recorded.");
    if (current.assignee_id && current.assignee_id !== principal.userId) throw new DomainError("ANNOTATION_ITEM_TAKEN", `The item is assigned to ${item.assignee?.name ?? "someone else"}: reassign it first.`);
  }

  private async pairItems(projectId: string, pairs: NonNullable<AddAnnotationItemsInput["pairs"]>) {
    const rows = await this.pairs.checkedRows(projectId, pairs, (index) => `pairs.${index}`);
    return pairs.map((pair, index) => ({
      deploymentId: rows[index]!.deploymentId ?? null,
      predictionId: pair.predictionId ?? null,
      content: { prompt: pair.prompt, a: pair.a, b: pair.b },
    }));
  }

  private async predictionItems(queue: QueueRow, input: AddAnnotationItemsInput) {
    const deployment = await this.deployments.requireDeploymentRef(queue.projectId, input.deploymentId!);
    let chosen: Array<{ id: string; at: Date }>;
    if (input.predictionIds) {
      const ids = [...new Set(input.predictionIds)];
      const times = await this.annotations.predictionTimes(deployment.id, ids);
      const unknown = input.predictionIds.findIndex((id) => !times.has(id));
      if (unknown >= 0) throw invalidField(`predictionIds.${unknown}`, "The deployment has no prediction with this id (or it is past the retention)");
      chosen = ids.map((id) => ({ id, at: times.get(id)! }));
    } else {
      const to = input.sample!.to ? new Date(input.sample!.to) : new Date();
      const from = input.sample!.from ? new Date(input.sample!.from) : new Date(to.getTime() - 7 * 86_400_000);
      if (from >= to) throw invalidField("sample.from", "Must be before to");
      const pool = await this.annotations.samplePool(queue.id, deployment.id, from, to);
      chosen = drawn(pool, input.sample!.count).map((row) => ({ id: row.prediction_id, at: row.recorded_at }));
    }
    const records = new Map((chosen.length ? await this.annotations.records(deployment.id, chosen) : []).map((row) => [row.prediction_id, row]));
    return chosen.map((prediction) => {
      const record = records.get(prediction.id);
      return { deploymentId: deployment.id, predictionId: prediction.id, content: { timestamp: prediction.at.toISOString(), features: record?.features ?? {}, prediction: record?.prediction ?? {} } };
    });
  }

  private async queueConfigs(queue: QueueRow): Promise<ScoreConfigRow[]> {
    const configs = new Map((await this.feedback.configs(queue.projectId)).map((config) => [config.id, config]));
    return queue.scoreConfigs.flatMap((id) => (configs.has(id) ? [configs.get(id)!] : []));
  }

  private async views(projectId: string, queues: QueueRow[]): Promise<AnnotationQueue[]> {
    if (queues.length === 0) return [];
    const [counts, configs] = await Promise.all([this.annotations.counts(queues.map((queue) => queue.id)), this.feedback.configs(projectId)]);
    const names = await this.annotations.userNames([...new Set(counts.flatMap((row) => (row.assigneeId ? [row.assigneeId] : [])))]);
    const byId = new Map(configs.map((config) => [config.id, config]));
    return queues.map((queue) => {
      const reviewers = new Map<string, { userId: string; name: string; pending: number; done: number }>();
      for (const row of counts) {
        if (row.queueId !== queue.id || !row.assigneeId) continue;
        const reviewer = reviewers.get(row.assigneeId) ?? { userId: row.assigneeId, name: names.get(row.assigneeId) ?? "a removed user", pending: 0, done: 0 };
        if (row.status === "PENDING") reviewer.pending += row._count._all;
        if (row.status === "DONE") reviewer.done += row._count._all;
        reviewers.set(row.assigneeId, reviewer);
      }
      return {
        id: queue.id,
        name: queue.name,
        description: queue.description,
        kind: queue.kind as AnnotationQueueKind,
        scoreConfigs: queue.scoreConfigs.flatMap((id) => (byId.has(id) ? [toConfigView(byId.get(id)!)] : [])),
        progress: progressOf(counts, queue.id),
        reviewers: [...reviewers.values()].sort((a, b) => a.name.localeCompare(b.name)),
        createdBy: queue.createdBy,
        createdAt: queue.createdAt.toISOString(),
      };
    });
  }

  private async itemViews(projectId: string, rows: ItemRow[]): Promise<AnnotationItem[]> {
    const versionIds = [
      ...new Set(
        rows.flatMap((row) => {
          if (!row.content || !(row.content as { prompt?: unknown }).prompt) return [];
          const pair = row.content as unknown as PairContent;
          return [pair.a.modelVersionId, pair.b.modelVersionId].filter((id): id is string => Boolean(id));
        }),
      ),
    ];
    const versions = versionIds.length ? await this.preferences.projectVersions(projectId, versionIds) : new Map<string, string>();
    const side = (value: PairContent["a"]) => ({
      response: value.response,
      modelVersionId: value.modelVersionId ?? null,
      label: value.label ?? null,
      version: [value.modelVersionId ? (versions.get(value.modelVersionId) ?? "a deleted version") : null, value.label].filter(Boolean).join(" · "),
    });
    return rows.map((row) => {
      const content = row.content as Record<string, unknown>;
      const isPair = typeof content.prompt === "string";
      const pair = content as unknown as PairContent;
      return {
        id: row.id,
        position: row.position,
        status: row.status as AnnotationItemStatus,
        assignee: row.assignee,
        deploymentId: row.deploymentId,
        predictionId: row.predictionId,
        record: isPair ? null : (content as AnnotationItem["record"]),
        pair: isPair ? { prompt: pair.prompt, a: side(pair.a), b: side(pair.b) } : null,
        result: row.result as AnnotationItem["result"],
        completedBy: row.completedBy,
        completedAt: row.completedAt?.toISOString() ?? null,
      };
    });
  }

  private async requireQueue(projectRef: string, queueId: string): Promise<QueueRow> {
    const project = await this.projects.requireProject(projectRef);
    const queue = await this.annotations.findQueue(project.id, queueId);
    if (!queue) throw new DomainError("ANNOTATION_QUEUE_NOT_FOUND", `The project has no annotation queue "${queueId}".`);
    return queue;
  }

  private async requireItem(queueId: string, itemId: string): Promise<ItemRow> {
    const item = await this.annotations.findItem(queueId, itemId);
    if (!item) throw itemNotFound(itemId);
    return item;
  }
}

const itemNotFound = (itemId: string) => new DomainError("ANNOTATION_ITEM_NOT_FOUND", `The queue has no item "${itemId}".`);
