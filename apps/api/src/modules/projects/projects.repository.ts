import { Injectable } from "@nestjs/common";
import { SERVING_STATUSES, STAGE_CHECKLIST_SEEDS, STAGES, type ListProjectsQuery, type ProjectRole, type Stage } from "@lifecycle/domain";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, sequentialOnCitus, type Db } from "../../prisma/prisma.service";
import { MetricStore } from "../metrics/metric-store";
import type { Checked } from "../../prisma/checked";
import type { ProjectStatus } from "@lifecycle/domain";

/** How many of each KPI's latest measurements the summaries and trends look at. */
export const KPI_TREND_WINDOW = 50;

const projectFields = {
  id: true,
  slug: true,
  name: true,
  description: true,
  businessProblem: true,
  businessGoal: true,
  stakeholders: true,
  budget: true,
  budgetCurrency: true,
  successCriteria: true,
  owner: true,
  status: true,
  currentStage: true,
  stageEnteredAt: true,
  iteration: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  kpis: {
    select: {
      direction: true,
      baseline: true,
      target: true,
      deadline: true,
      createdAt: true,
      unit: true,
      metricKey: true,
      measurements: {
        select: { value: true, measuredAt: true, createdAt: true },
        orderBy: [{ measuredAt: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        take: KPI_TREND_WINDOW,
      },
    },
  },
  // Alerts nobody resolved yet (the board card and the project page show them).
  _count: { select: { alerts: { where: { status: { not: "RESOLVED" } } } } },
  // What serves production now (the board card shows it): the most recently changed serving deployment's primary.
  deployments: {
    where: { environment: "PRODUCTION", status: { in: [...SERVING_STATUSES] } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 1,
    select: {
      name: true,
      status: true,
      variants: {
        where: { role: "PRIMARY" },
        select: { baseModel: true, customization: true, modelVersion: { select: { version: true, model: { select: { name: true } } } } },
      },
    },
  },
} satisfies Prisma.ProjectSelect;

// A uuid no user has, for callers without a user (the LIFECYCLE_ADMIN_TOKEN): their membership is none.
const NOBODY = "00000000-0000-0000-0000-000000000000";

/** The project's fields, with the viewer's own membership (if any). */
export function projectSelect(viewerId: string | null) {
  return { ...projectFields, members: { where: { userId: viewerId ?? NOBODY }, select: { role: true } } } satisfies Prisma.ProjectSelect;
}

export type ProjectRow = Checked<Prisma.ProjectGetPayload<{ select: ReturnType<typeof projectSelect> }>, { status: ProjectStatus; currentStage: Stage }>;

/** What rules and other modules need of a project: no KPIs, no memberships. */
const projectCoreSelect = { id: true, slug: true, status: true, currentStage: true, iteration: true, version: true, businessGoal: true, importsOwner: true } satisfies Prisma.ProjectSelect;
export type ProjectCore = Checked<Prisma.ProjectGetPayload<{ select: typeof projectCoreSelect }>, { status: ProjectStatus; currentStage: Stage }>;

/** Who is looking: their user id (none for the admin token) and whether they see every project. */
export interface Viewer {
  userId: string | null;
  isAdmin: boolean;
  /** A project token's project, the only one it sees. */
  projectId?: string | null;
}

export type ProjectWritableFields = Omit<Prisma.ProjectUpdateManyMutationInput, "version">;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function projectWhere(idOrSlug: string): Prisma.ProjectWhereUniqueInput {
  return UUID.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug };
}

@Injectable()
export class ProjectsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly metrics: MetricStore,
  ) {}

  findProject(idOrSlug: string, viewerId: string | null, db: Db = this.prisma): Promise<ProjectRow | null> {
    return db.project.findUnique({ where: projectWhere(idOrSlug), select: projectSelect(viewerId) }) as Promise<ProjectRow | null>;
  }

  findProjectCore(idOrSlug: string, db: Db = this.prisma): Promise<ProjectCore | null> {
    return db.project.findUnique({ where: projectWhere(idOrSlug), select: projectCoreSelect }) as Promise<ProjectCore | null>;
  }

  /** The project's id and the user's role in it, for access checks. */
  async findProjectMembership(idOrSlug: string, userId: string | null): Promise<{ id: string; membership: ProjectRole | null } | null> {
    const row = await this.prisma.project.findUnique({
      where: projectWhere(idOrSlug),
      select: { id: true, members: { where: { userId: userId ?? NOBODY }, select: { role: true } } },
    });
    return row ? { id: row.id, membership: (row.members[0]?.role as ProjectRole | undefined) ?? null } : null;
  }

  async findProjectsPage(query: ListProjectsQuery, viewer: Viewer): Promise<{ rows: ProjectRow[]; total: number; stageCounts: Record<Stage, number> }> {
    const visible = { ...(viewer.isAdmin ? {} : { members: { some: { userId: viewer.userId ?? NOBODY } } }), ...(viewer.projectId ? { id: viewer.projectId } : {}) };
    const where = { ...this.listFilter(query), ...visible };
    const everyStage = { ...this.listFilter({ ...query, stage: undefined }), ...visible };
    const orderBy = [{ [query.sort]: query.order }, { id: "asc" as const }];
    const [rows, total, byStage] = await this.prisma.$transaction(async (tx) => [
      query.perStage ? await this.firstOfEachStage(tx, where, orderBy, query.perStage, viewer.userId) : await tx.project.findMany({ where, select: projectSelect(viewer.userId), orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
      await tx.project.count({ where }),
      await tx.project.groupBy({ by: ["currentStage"], where: everyStage, orderBy: { currentStage: "asc" }, _count: { _all: true } }),
    ] as const);
    const stageCounts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
    for (const group of byStage) stageCounts[group.currentStage as Stage] = group._count._all;
    return { rows: rows as ProjectRow[], total, stageCounts };
  }

  /** The first `count` projects of each stage in the given order: ids per stage (index scans), then one read of them all. */
  private async firstOfEachStage(tx: Db, where: Prisma.ProjectWhereInput, orderBy: Prisma.ProjectOrderByWithRelationInput[], count: number, viewerId: string | null): Promise<ProjectRow[]> {
    const stages = where.currentStage ? [where.currentStage as Stage] : STAGES;
    const ids: string[] = [];
    for (const stage of stages) {
      const found = await tx.project.findMany({ where: { ...where, currentStage: stage }, select: { id: true }, orderBy, take: count });
      ids.push(...found.map((row) => row.id));
    }
    const rows = await tx.project.findMany({ where: { id: { in: ids } }, select: projectSelect(viewerId) });
    const position = new Map(ids.map((id, index) => [id, index]));
    return (rows as ProjectRow[]).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  }

  private listFilter(query: ListProjectsQuery): Prisma.ProjectWhereInput {
    const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });
    return {
      status: query.status ?? { not: "ARCHIVED" },
      ...(query.stage ? { currentStage: query.stage } : {}),
      ...(query.owner ? { owner: { equals: query.owner, mode: "insensitive" } } : {}),
      ...(query.q
        ? {
            OR: [
              { name: contains(query.q) },
              { slug: contains(query.q) },
              { description: contains(query.q) },
              { businessGoal: contains(query.q) },
              { owner: contains(query.q) },
            ],
          }
        : {}),
    };
  }

  findImportsProject(owner: string): Promise<{ id: string } | null> {
    return this.prisma.project.findUnique({ where: { importsOwner: owner }, select: { id: true } });
  }

  async findSlugsLike(base: string): Promise<Set<string>> {
    const rows = await this.prisma.project.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    return new Set(rows.map((row) => row.slug));
  }

  /** Creates a project in its first stage, with every stage's row, the seeded checklist and its creator as lead. */
  createProjectWithStages(data: Prisma.ProjectCreateInput, now: Date, leadId: string | null): Promise<ProjectRow> {
    return this.prisma.project.create({
      data: {
        ...data,
        ...(leadId ? { members: { create: { userId: leadId, role: "LEAD" as const } } } : {}),
        stageEnteredAt: now,
        stages: {
          create: STAGES.map((stage, index) => ({
            stage,
            status: index === 0 ? ("IN_PROGRESS" as const) : ("NOT_STARTED" as const),
            startedAt: index === 0 ? now : null,
          })),
        },
        checklist: {
          create: STAGES.flatMap((stage) => STAGE_CHECKLIST_SEEDS[stage].map((label, position) => ({ stage, label, position }))),
        },
      },
      select: projectSelect(leadId),
    }) as Promise<ProjectRow>;
  }

  /** Writes only when the stored version is the expected one; returns whether it did. */
  async updateProjectIfVersion(id: string, version: number, data: ProjectWritableFields, db: Db = this.prisma): Promise<boolean> {
    const { count } = await db.project.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return count === 1;
  }

  /**
   * Deletes the project and everything in it; answers the ids of the experiments that went with it. Its runs' points
   * are queued for the background purge (MetricStore.purgeSoon once this has committed).
   */
  async deleteProject(id: string): Promise<string[]> {
    return this.prisma.$transaction(async (tx) => {
      await sequentialOnCitus(tx);
      const experiments = await tx.experiment.findMany({ where: { projectId: id }, select: { id: true } });
      await this.metrics.queueProjectPurge(tx, id);
      await tx.project.delete({ where: { id } });
      return experiments.map((experiment) => experiment.id);
    });
  }
}
