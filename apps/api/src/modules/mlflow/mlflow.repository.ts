import { Injectable } from "@nestjs/common";
import { PrismaService } from "../../prisma/prisma.service";

/** The lookups the MLflow API needs that Lifecycle's own routes do not: by name, and from a run or experiment to its project. */
@Injectable()
export class MlflowRepository {
  constructor(private readonly prisma: PrismaService) {}

  findExperimentByName(projectId: string, name: string) {
    return this.prisma.experiment.findFirst({ where: { projectId, name }, select: { id: true } });
  }

  findExperimentProject(experimentId: string) {
    return this.prisma.experiment.findUnique({ where: { id: experimentId }, select: { projectId: true, project: { select: { slug: true } } } });
  }

  findRunExperiment(runId: string) {
    return this.prisma.run.findUnique({ where: { id: runId }, select: { experimentId: true, deletedAt: true } });
  }

  findRunProject(runId: string) {
    return this.prisma.run.findUnique({ where: { id: runId }, select: { experiment: { select: { projectId: true } } } });
  }

  /** Every experiment the caller may see: all for an admin, else those of projects they are a member of. */
  findVisibleExperiments(userId: string | null, isAdmin: boolean) {
    return this.prisma.experiment.findMany({
      where: isAdmin ? {} : { project: { members: { some: { userId: userId ?? "00000000-0000-0000-0000-000000000000" } } } },
      select: { id: true, name: true, tags: true, createdAt: true, updatedAt: true, project: { select: { slug: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    });
  }
}
