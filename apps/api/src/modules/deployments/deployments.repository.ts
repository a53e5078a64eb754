import { Injectable } from "@nestjs/common";
import type { Deployment } from "@lifecycle/domain";
import { Prisma } from "../../generated/prisma/client";
import { DomainError } from "../../common/errors/domain-error";
import { PrismaService, type Db } from "../../prisma/prisma.service";
import type { Checked } from "../../prisma/checked";

const deploymentSelect = {
  id: true,
  projectId: true,
  name: true,
  target: true,
  environment: true,
  status: true,
  endpointUrl: true,
  externalRef: true,
  capacity: true,
  schedule: true,
  description: true,
  createdBy: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  variants: {
    select: {
      name: true,
      role: true,
      trafficBp: true,
      samplingBp: true,
      baseModel: true,
      customization: true,
      modelVersion: { select: { id: true, version: true, approval: true, model: { select: { id: true, name: true } } } },
    },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.DeploymentSelect;

const eventSelect = { id: true, kind: true, fromStatus: true, toStatus: true, variants: true, actor: true, reason: true, override: true, createdAt: true } satisfies Prisma.DeploymentEventSelect;

export type DeploymentRow = Checked<Prisma.DeploymentGetPayload<{ select: typeof deploymentSelect }>, { target: Deployment["target"]; environment: Deployment["environment"]; status: Deployment["status"] }>;
export type NewVariant = Omit<Prisma.DeploymentVariantUncheckedCreateInput, "deploymentId" | "id">;

@Injectable()
export class DeploymentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A page of the project's deployments: production first, then staging, then development; the latest changed first within each. */
  async findPage(projectId: string, filter: { environment?: "DEV" | "STAGING" | "PRODUCTION"; includeRetired: boolean }, skip: number, take: number): Promise<{ rows: DeploymentRow[]; total: number }> {
    const where: Prisma.DeploymentWhereInput = { projectId, ...(filter.environment ? { environment: filter.environment } : {}), ...(filter.includeRetired ? {} : { status: { not: "RETIRED" } }) };
    const [page, total] = await Promise.all([
      this.prisma.driverQuery<{ id: string }>(
        `SELECT id FROM deployments WHERE project_id = $1 AND ($2::text IS NULL OR environment = $2) AND ($3 OR status <> 'RETIRED')
         ORDER BY CASE environment WHEN 'PRODUCTION' THEN 0 WHEN 'STAGING' THEN 1 ELSE 2 END, updated_at DESC, id LIMIT $4 OFFSET $5`,
        [projectId, filter.environment ?? null, filter.includeRetired, take, skip],
      ),
      this.prisma.deployment.count({ where }),
    ]);
    const rows = await this.prisma.deployment.findMany({ where: { id: { in: page.map((row) => row.id) } }, select: deploymentSelect });
    const position = new Map(page.map((row, index) => [row.id, index]));
    return { rows: (rows as DeploymentRow[]).sort((a, b) => position.get(a.id)! - position.get(b.id)!), total };
  }

  find(projectId: string, deploymentId: string): Promise<DeploymentRow | null> {
    return this.prisma.deployment.findFirst({ where: { id: deploymentId, projectId }, select: deploymentSelect }) as Promise<DeploymentRow | null>;
  }

  /** A deployment's id and name alone (for the production data paths, read with every batch). */
  findRef(projectId: string, deploymentId: string): Promise<{ id: string; name: string } | null> {
    return this.prisma.deployment.findFirst({ where: { id: deploymentId, projectId }, select: { id: true, name: true } });
  }

  /** The project's deployments that are not retired, for the Deployment gate. */
  findServing(projectId: string, db: Db = this.prisma): Promise<DeploymentRow[]> {
    return db.deployment.findMany({ where: { projectId, status: { not: "RETIRED" } }, select: deploymentSelect, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 100 }) as Promise<DeploymentRow[]>;
  }

  create(data: Omit<Prisma.DeploymentUncheckedCreateInput, "variants">, variants: NewVariant[], db: Db): Promise<DeploymentRow> {
    return db.deployment.create({ data: { ...data, variants: { create: variants } }, select: deploymentSelect }) as Promise<DeploymentRow>;
  }

  /** Writes when the row is still at `version` (409 otherwise), and moves it to the next version. */
  async update(deploymentId: string, version: number, data: Prisma.DeploymentUncheckedUpdateInput, db: Db): Promise<DeploymentRow> {
    const { count } = await db.deployment.updateMany({ where: { id: deploymentId, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new DomainError("STALE_VERSION", "The deployment changed while this change was made. Reload and try again.");
    return db.deployment.findUniqueOrThrow({ where: { id: deploymentId }, select: deploymentSelect }) as Promise<DeploymentRow>;
  }

  async replaceVariants(deploymentId: string, version: number, variants: NewVariant[], status: Prisma.DeploymentUncheckedUpdateInput["status"], db: Db): Promise<DeploymentRow> {
    await db.deploymentVariant.deleteMany({ where: { deploymentId } });
    await db.deploymentVariant.createMany({ data: variants.map((variant) => ({ ...variant, deploymentId })) });
    return this.update(deploymentId, version, { status }, db);
  }

  async recordEvent(data: Omit<Prisma.DeploymentEventUncheckedCreateInput, "variants"> & { variants?: Deployment["variants"] }, db: Db): Promise<void> {
    await db.deploymentEvent.create({ data: { ...data, variants: data.variants ? (data.variants as unknown as Prisma.InputJsonArray) : Prisma.DbNull } });
  }

  /** The latest variant sets the deployment served, newest first (from created, traffic and rollback events). */
  async findVariantSets(deploymentId: string, count: number): Promise<Deployment["variants"][]> {
    const rows = await this.prisma.deploymentEvent.findMany({ where: { deploymentId, kind: { in: ["CREATED", "TRAFFIC_SHIFTED", "ROLLED_BACK"] } }, select: { variants: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: count });
    return rows.map((row) => row.variants as unknown as Deployment["variants"]);
  }

  async findEventsPage(deploymentId: string, skip: number, take: number) {
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.deploymentEvent.findMany({ where: { deploymentId }, select: eventSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip, take }),
      this.prisma.deploymentEvent.count({ where: { deploymentId } }),
    ]);
    return { rows, total };
  }

  async findVersionIdsIn(projectId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    return (await this.prisma.modelVersion.findMany({ where: { id: { in: ids }, model: { projectId } }, select: { id: true } })).map((row) => row.id);
  }

  async findVersionLabels(ids: string[]) {
    if (ids.length === 0) return [];
    const rows = await this.prisma.modelVersion.findMany({ where: { id: { in: ids } }, select: { version: true, approval: true, model: { select: { name: true } } } });
    return rows.map((row) => ({ label: `${row.model.name} v${row.version}`, approval: row.approval }));
  }

  async countMissingVersions(ids: string[]): Promise<number> {
    const distinct = [...new Set(ids)];
    if (distinct.length === 0) return 0;
    return distinct.length - (await this.prisma.modelVersion.count({ where: { id: { in: distinct } } }));
  }
}
