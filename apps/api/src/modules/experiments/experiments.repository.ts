import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, sequentialOnCitus } from "../../prisma/prisma.service";
import { MetricStore } from "../metrics/metric-store";

const experimentSelect = { id: true, projectId: true, name: true, description: true, tags: true, deletedAt: true, createdAt: true, updatedAt: true } satisfies Prisma.ExperimentSelect;
export type ExperimentRow = Prisma.ExperimentGetPayload<{ select: typeof experimentSelect }>;

@Injectable()
export class ExperimentsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly metrics: MetricStore,
  ) {}

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

  /**
   * Marks the experiment and its live runs deleted at one moment, so that a restore brings back exactly those runs.
   * The experiment's row first: on Citus a reference table may not be written after the runs' shards.
   */
  softDeleteExperiment(id: string): Promise<ExperimentRow> {
    return this.prisma.$transaction(async (tx) => {
      const now = new Date();
      const row = await tx.experiment.update({ where: { id }, data: { deletedAt: now }, select: experimentSelect });
      await tx.run.updateMany({ where: { experimentId: id, deletedAt: null }, data: { deletedAt: now } });
      return row;
    });
  }

  /** Brings back the experiment and the runs deleted with it (the experiment's row first, as above). */
  restoreExperiment(id: string, deletedAt: Date): Promise<ExperimentRow> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.experiment.update({ where: { id }, data: { deletedAt: null }, select: experimentSelect });
      await tx.run.updateMany({ where: { experimentId: id, deletedAt }, data: { deletedAt: null } });
      return row;
    });
  }

  /** A run of the experiment that records data of its project's data sets, if any (lineage that cannot move). */
  findRunWithDataUse(experimentId: string) {
    return this.prisma.runDataUse.findFirst({ where: { run: { experimentId } }, select: { run: { select: { name: true } }, version: { select: { version: true, dataSet: { select: { name: true } } } } } });
  }

  moveExperiment(id: string, projectId: string): Promise<ExperimentRow> {
    return this.prisma.experiment.update({ where: { id }, data: { projectId }, select: experimentSelect });
  }

  /** Deletes the experiment with its runs; their points are queued for the background purge (then MetricStore.purgeSoon). */
  async deleteExperiment(id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await sequentialOnCitus(tx);
      await this.metrics.queueExperimentPurge(tx, id);
      await tx.experiment.delete({ where: { id } });
    });
  }
}
