import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService } from "../../prisma/prisma.service";

const experimentSelect = { id: true, projectId: true, name: true, description: true, tags: true, deletedAt: true, createdAt: true, updatedAt: true } satisfies Prisma.ExperimentSelect;
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

  /** Marks the experiment and its live runs deleted at one moment, so that a restore brings back exactly those runs. */
  softDeleteExperiment(id: string): Promise<ExperimentRow> {
    return this.prisma.$transaction(async (tx) => {
      const now = new Date();
      await tx.run.updateMany({ where: { experimentId: id, deletedAt: null }, data: { deletedAt: now } });
      return tx.experiment.update({ where: { id }, data: { deletedAt: now }, select: experimentSelect });
    });
  }

  restoreExperiment(id: string, deletedAt: Date): Promise<ExperimentRow> {
    return this.prisma.$transaction(async (tx) => {
      await tx.run.updateMany({ where: { experimentId: id, deletedAt }, data: { deletedAt: null } });
      return tx.experiment.update({ where: { id }, data: { deletedAt: null }, select: experimentSelect });
    });
  }

  /** A run of the experiment that records data of its project's data sets, if any (lineage that cannot move). */
  findRunWithDataUse(experimentId: string) {
    return this.prisma.runDataUse.findFirst({ where: { run: { experimentId } }, select: { run: { select: { name: true } }, version: { select: { version: true, dataSet: { select: { name: true } } } } } });
  }

  moveExperiment(id: string, projectId: string): Promise<ExperimentRow> {
    return this.prisma.experiment.update({ where: { id }, data: { projectId }, select: experimentSelect });
  }

  async deleteExperiment(id: string): Promise<void> {
    await this.prisma.experiment.delete({ where: { id } });
  }
}
