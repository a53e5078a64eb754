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

  findRunProject(runId: string) {
    return this.prisma.run.findUnique({ where: { id: runId }, select: { experiment: { select: { projectId: true } } } });
  }
}
