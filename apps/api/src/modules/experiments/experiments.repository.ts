import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService } from "../../prisma/prisma.service";

const experimentSelect = { id: true, projectId: true, name: true, description: true, tags: true, createdAt: true, updatedAt: true } satisfies Prisma.ExperimentSelect;
export type ExperimentRow = Prisma.ExperimentGetPayload<{ select: typeof experimentSelect }>;

@Injectable()
export class ExperimentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findExperimentsByProject(projectId: string): Promise<ExperimentRow[]> {
    return this.prisma.experiment.findMany({ where: { projectId }, select: experimentSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  }

  findExperiment(projectId: string, experimentId: string): Promise<ExperimentRow | null> {
    return this.prisma.experiment.findFirst({ where: { id: experimentId, projectId }, select: experimentSelect });
  }

  createExperiment(data: Prisma.ExperimentUncheckedCreateInput): Promise<ExperimentRow> {
    return this.prisma.experiment.create({ data, select: experimentSelect });
  }

  updateExperiment(id: string, data: Prisma.ExperimentUncheckedUpdateInput): Promise<ExperimentRow> {
    return this.prisma.experiment.update({ where: { id }, data, select: experimentSelect });
  }

  async deleteExperiment(id: string): Promise<void> {
    await this.prisma.experiment.delete({ where: { id } });
  }
}
