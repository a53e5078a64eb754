import { Injectable } from "@nestjs/common";
import {
  hasRole,
  statusMovesFrom,
  variantsProblem,
  type ChangeDeploymentStatusInput,
  type CreateDeploymentInput,
  type Deployment,
  type DeploymentFacts,
  type DeploymentStatus,
  type ShiftTrafficInput,
  type VariantInputBody,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import { AuditService } from "../audit/audit.service";
import { ProjectsService } from "../projects/projects.service";
import { WebhooksService } from "../webhooks/webhooks.service";
import { DeploymentsRepository, type DeploymentRow, type NewVariant } from "./deployments.repository";
import type { ApprovalStatus, VariantRole, WebhookEvent } from "@lifecycle/domain";

const percentOf = (bp: number | null) => (bp === null ? null : bp / 100);

export function toDeploymentView(row: DeploymentRow): Deployment {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    target: row.target,
    environment: row.environment,
    status: row.status,
    endpointUrl: row.endpointUrl,
    externalRef: row.externalRef,
    capacity: row.capacity as Record<string, number | string | null>,
    schedule: row.schedule,
    description: row.description,
    variants: row.variants.map((variant) => ({
      name: variant.name,
      role: variant.role as VariantRole,
      trafficPercent: percentOf(variant.trafficBp),
      samplingPercent: percentOf(variant.samplingBp),
      modelVersion: variant.modelVersion ? { id: variant.modelVersion.id, modelId: variant.modelVersion.model.id, modelName: variant.modelVersion.model.name, version: variant.modelVersion.version, approval: variant.modelVersion.approval as ApprovalStatus } : null,
      baseModel: variant.baseModel,
      customization: variant.customization,
    })),
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Deployments: where a model version (or a foundation model with its customization) serves, with variants whose
 * live traffic adds up to 100 %, a status history, traffic shifts and rollbacks, each an event on the timeline.
 * Production needs approved versions unless a lead overrides with a reason (audited).
 */
/** The webhook event of each kind of timeline event. */
const EVENT_NAMES = { CREATED: "deployment.created", STATUS_CHANGED: "deployment.status_changed", TRAFFIC_SHIFTED: "deployment.traffic_shifted", ROLLED_BACK: "deployment.rolled_back" } as const satisfies Record<string, WebhookEvent>;

@Injectable()
export class DeploymentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly deployments: DeploymentsRepository,
    private readonly projects: ProjectsService,
    private readonly audit: AuditService,
    private readonly webhooks: WebhooksService,
  ) {}

  async listDeployments(projectRef: string, query: { page: number; pageSize: number; environment?: "DEV" | "STAGING" | "PRODUCTION"; includeRetired?: "true" | "false" }) {
    const project = await this.projects.requireProject(projectRef);
    const { rows, total } = await this.deployments.findPage(project.id, { environment: query.environment, includeRetired: query.includeRetired === "true" }, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map(toDeploymentView), total, page: query.page, pageSize: query.pageSize };
  }

  async getDeployment(projectRef: string, deploymentId: string): Promise<Deployment> {
    return toDeploymentView(await this.requireDeployment(projectRef, deploymentId));
  }

  async createDeployment(principal: Principal, projectRef: string, input: CreateDeploymentInput): Promise<Deployment> {
    const project = await this.projects.requireProject(projectRef);
    const variants = await this.checkVariants(project.id, input.variants);
    const override = await this.checkApproval(principal, project.id, input.environment, variants, input);
    const fields = normaliseText({ endpointUrl: input.endpointUrl, externalRef: input.externalRef, schedule: input.schedule, description: input.description });
    const row = await this.prisma
      .transaction(async (tx) => {
        const created = await this.deployments.create(
          { projectId: project.id, name: input.name, target: input.target, environment: input.environment, capacity: input.capacity ?? {}, createdBy: principal.name, endpointUrl: fields.endpointUrl ?? null, externalRef: fields.externalRef ?? null, schedule: fields.schedule ?? null, description: fields.description ?? null },
          variants,
          tx,
        );
        await this.recordEvent(tx, created, { kind: "CREATED", toStatus: created.status, actor: principal.name, reason: input.reason?.trim() || null, override: !!override });
        if (override) await this.audit.recordBy(principal, "DEPLOYMENT_OVERRIDDEN", { projectId: project.id, detail: { deployment: input.name, reason: input.reason, unapproved: override } }, tx);
        return created;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new DomainError("DEPLOYMENT_NAME_TAKEN", `A deployment named "${input.name}" already exists in this project.`, [{ path: "name", message: "Taken" }]);
        throw error;
      });
    return toDeploymentView(row);
  }

  /** Replaces the variant set (a canary's share up, a shadow added …); the previous set stays on the timeline for a rollback. */
  async shiftTraffic(principal: Principal, projectRef: string, deploymentId: string, input: ShiftTrafficInput): Promise<Deployment> {
    const current = await this.requireDeployment(projectRef, deploymentId);
    if (input.version !== undefined && input.version !== current.version) throw new DomainError("STALE_VERSION", `The deployment changed since you read it (you sent version ${input.version}, it is now ${current.version}). Reload and try again.`, [{ path: "version", message: `Current version is ${current.version}` }]);
    if (current.status === "RETIRED") throw new DomainError("STATUS_CHANGE_NOT_ALLOWED", `"${current.name}" is retired: create a new deployment instead.`);
    const variants = await this.checkVariants(current.projectId, input.variants);
    const override = await this.checkApproval(principal, current.projectId, current.environment, variants, input);
    return this.replaceVariants(principal, current, variants, "TRAFFIC_SHIFTED", current.status, input.reason?.trim() || null, override);
  }

  async changeStatus(principal: Principal, projectRef: string, deploymentId: string, input: ChangeDeploymentStatusInput): Promise<Deployment> {
    const current = await this.requireDeployment(projectRef, deploymentId);
    const allowed = statusMovesFrom(current.status);
    if (!allowed.includes(input.status)) {
      throw new DomainError("STATUS_CHANGE_NOT_ALLOWED", `A ${current.status.toLowerCase().replace("_", " ")} deployment cannot become ${input.status.toLowerCase().replace("_", " ")}${allowed.length ? `; it can become ${allowed.map((status) => status.toLowerCase().replace("_", " ")).join(", ")}` : ""}${input.status === "ROLLED_BACK" ? " (roll back instead)" : ""}.`, [{ path: "status", message: `Allowed: ${allowed.join(", ") || "none"}` }]);
    }
    const row = await this.prisma.transaction(async (tx) => {
      const saved = await this.deployments.update(current.id, current.version, { status: input.status }, tx);
      await this.recordEvent(tx, saved, { kind: "STATUS_CHANGED", fromStatus: current.status, toStatus: input.status, actor: principal.name, reason: input.reason?.trim() || null });
      return saved;
    });
    return toDeploymentView(row);
  }

  /** Restores the variant set before the latest change, in one call, and says why; the deployment is then rolled back. */
  async rollBack(principal: Principal, projectRef: string, deploymentId: string, reason: string): Promise<Deployment> {
    const current = await this.requireDeployment(projectRef, deploymentId);
    if (current.status === "RETIRED") throw new DomainError("STATUS_CHANGE_NOT_ALLOWED", `"${current.name}" is retired: there is nothing to roll back.`);
    const sets = await this.deployments.findVariantSets(current.id, 2);
    const previous = sets[1];
    if (!previous) throw new DomainError("NOTHING_TO_ROLL_BACK", `"${current.name}" has served one variant set only: there is no earlier one to go back to.`);
    const variants: NewVariant[] = previous.map((variant, position) => ({
      position,
      name: variant.name,
      role: variant.role,
      trafficBp: variant.trafficPercent === null ? null : Math.round(variant.trafficPercent * 100),
      samplingBp: variant.samplingPercent === null ? null : Math.round(variant.samplingPercent * 100),
      modelVersionId: variant.modelVersion?.id ?? null,
      baseModel: variant.baseModel,
      customization: variant.customization,
    }));
    const gone = await this.deployments.countMissingVersions(variants.flatMap((variant) => (variant.modelVersionId ? [variant.modelVersionId] : [])));
    if (gone > 0) throw new DomainError("NOTHING_TO_ROLL_BACK", "A model version of the earlier variant set has been deleted: shift the traffic by hand instead.");
    return this.replaceVariants(principal, current, variants, "ROLLED_BACK", "ROLLED_BACK", reason.trim(), null);
  }

  async listEvents(projectRef: string, deploymentId: string, query: { page: number; pageSize: number }) {
    const current = await this.requireDeployment(projectRef, deploymentId);
    const { rows, total } = await this.deployments.findEventsPage(current.id, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map((row) => ({ ...row, kind: row.kind as "CREATED", fromStatus: row.fromStatus as Deployment["status"] | null, toStatus: row.toStatus as Deployment["status"] | null, variants: (row.variants as Deployment["variants"] | null) ?? null, createdAt: row.createdAt.toISOString() })), total, page: query.page, pageSize: query.pageSize };
  }

  /** What the Deployment gate looks at: the project's deployments with their variants' versions and approvals. */
  async findDeploymentFacts(projectId: string, db?: Db): Promise<DeploymentFacts[]> {
    const rows = await this.deployments.findServing(projectId, db);
    return rows.map((row) => ({
      name: row.name,
      environment: row.environment,
      status: row.status,
      variants: row.variants.map((variant) => ({
        name: variant.name,
        role: variant.role as VariantRole,
        trafficPercent: percentOf(variant.trafficBp),
        modelVersion: variant.modelVersion ? { label: `${variant.modelVersion.model.name} v${variant.modelVersion.version}`, approval: variant.modelVersion.approval as ApprovalStatus } : null,
        baseModel: variant.baseModel,
        customization: variant.customization,
      })),
    }));
  }

  private async replaceVariants(principal: Principal, current: DeploymentRow, variants: NewVariant[], kind: "TRAFFIC_SHIFTED" | "ROLLED_BACK", status: DeploymentStatus, reason: string | null, override: string[] | null): Promise<Deployment> {
    const row = await this.prisma.transaction(async (tx) => {
      const saved = await this.deployments.replaceVariants(current.id, current.version, variants, status, tx);
      await this.recordEvent(tx, saved, { kind, fromStatus: current.status, toStatus: status, actor: principal.name, reason, override: !!override });
      if (override) await this.audit.recordBy(principal, "DEPLOYMENT_OVERRIDDEN", { projectId: current.projectId, detail: { deployment: current.name, reason, unapproved: override } }, tx);
      return saved;
    });
    return toDeploymentView(row);
  }

  /** Writes an event on the deployment's timeline (with the variant set after it) and sends it to the project's webhooks. */
  private async recordEvent(tx: Db, deployment: DeploymentRow, event: { kind: keyof typeof EVENT_NAMES; fromStatus?: DeploymentStatus; toStatus: DeploymentStatus; actor: string; reason: string | null; override?: boolean }): Promise<void> {
    const view = toDeploymentView(deployment);
    const variants = event.kind === "STATUS_CHANGED" ? undefined : view.variants;
    await this.deployments.recordEvent({ deploymentId: deployment.id, ...event, ...(variants ? { variants } : {}) }, tx);
    await this.webhooks.emit(tx, deployment.projectId, EVENT_NAMES[event.kind], { deployment: view, change: { kind: event.kind, fromStatus: event.fromStatus ?? null, toStatus: event.toStatus, actor: event.actor, reason: event.reason, override: event.override ?? false } });
  }

  /** The variant rules (domain), and every model version named must be one of this project's. */
  private async checkVariants(projectId: string, input: VariantInputBody[]): Promise<NewVariant[]> {
    const problem = variantsProblem(input);
    if (problem) throw invalidField(problem.path, problem.message);
    const ids = input.flatMap((variant) => (variant.modelVersionId ? [variant.modelVersionId] : []));
    const found = new Set(await this.deployments.findVersionIdsIn(projectId, ids));
    input.forEach((variant, index) => {
      if (variant.modelVersionId && !found.has(variant.modelVersionId)) throw invalidField(`variants.${index}.modelVersionId`, "No such model version in this project");
    });
    return input.map((variant, position) => ({
      position,
      name: variant.name.trim(),
      role: variant.role,
      trafficBp: variant.role === "SHADOW" ? null : Math.round((variant.trafficPercent ?? 0) * 100),
      samplingBp: variant.role === "SHADOW" ? Math.round((variant.samplingPercent ?? 0) * 100) : null,
      modelVersionId: variant.modelVersionId ?? null,
      baseModel: variant.baseModel?.trim() || null,
      customization: variant.customization?.trim() || null,
    }));
  }

  /**
   * Production serves approved versions only: the unapproved ones taking live traffic are refused (409) unless a
   * lead overrides with a reason. Returns what the override let through (null when nothing needed it).
   */
  private async checkApproval(principal: Principal, projectId: string, environment: string, variants: NewVariant[], input: { override?: boolean; reason?: string | null }): Promise<string[] | null> {
    if (environment !== "PRODUCTION") return null;
    const live = variants.filter((variant) => variant.role !== "SHADOW" && (variant.trafficBp ?? 0) > 0 && variant.modelVersionId);
    const versions = await this.deployments.findVersionLabels(live.map((variant) => variant.modelVersionId!));
    const unapproved = versions.filter((version) => version.approval !== "APPROVED").map((version) => `${version.label} (${version.approval.toLowerCase()})`);
    if (unapproved.length === 0) return null;
    if (!input.override) throw new DomainError("DEPLOYMENT_NEEDS_APPROVAL", `Production serves approved model versions only; not approved: ${unapproved.join(", ")}. A lead may override with a reason.`, unapproved.map((message) => ({ code: "approval", message })));
    const access = await this.projects.accessOf(projectId, principal);
    if (!access || !hasRole(access.role, "LEAD")) throw new DomainError("FORBIDDEN", "Only a lead may deploy an unapproved version to production.");
    if (!input.reason?.trim()) throw invalidField("reason", "An override needs a reason");
    return unapproved;
  }

  /** The deployment's id and name, or DEPLOYMENT_NOT_FOUND; cheaper than getDeployment. */
  async requireDeploymentRef(projectRef: string, deploymentId: string): Promise<{ id: string; name: string; projectId: string }> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.deployments.findRef(project.id, deploymentId);
    if (!row) throw new DomainError("DEPLOYMENT_NOT_FOUND", `No deployment "${deploymentId}" in project "${project.slug}".`);
    return { ...row, projectId: project.id };
  }

  private async requireDeployment(projectRef: string, deploymentId: string): Promise<DeploymentRow> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.deployments.find(project.id, deploymentId);
    if (!row) throw new DomainError("DEPLOYMENT_NOT_FOUND", `No deployment "${deploymentId}" in project "${project.slug}".`);
    return row;
  }
}
