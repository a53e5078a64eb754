import { Injectable } from "@nestjs/common";
import { PrismaService } from "../../prisma/prisma.service";

/** The lookups the MLflow API needs that Lifecycle's own routes do not: by name, and from a run or experiment to its project. */
@Injectable()
export class MlflowRepository {
  constructor(private readonly prisma: PrismaService) {}

  findExperimentByName(projectId: string, name: string) {
    return this.prisma.experiment.findFirst({ where: { projectId, name }, select: { id: true, deletedAt: true } });
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
      select: { id: true, name: true, tags: true, deletedAt: true, createdAt: true, updatedAt: true, project: { select: { slug: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    });
  }

  /** The distinct steps of one metric (the series without a split) across runs, in a step range, ascending. */
  async findMetricSteps(runIds: string[], key: string, fromStep: number, toStep: number): Promise<number[]> {
    const rows = await this.prisma.driverQuery<{ step: string }>(
      `SELECT DISTINCT step FROM metric_points WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = '' AND step BETWEEN $3 AND $4 ORDER BY step`,
      [runIds, key, fromStep, toStep],
    );
    return rows.map((row) => Number(row.step));
  }

  /** The points of one metric at the given steps, by run, step and time. */
  findMetricPointsAtSteps(runIds: string[], key: string, steps: number[]) {
    return this.prisma.driverQuery<{ run_id: string; step: string; value: number; ms: number }>(
      `SELECT run_id, step, value, (extract(epoch from timestamp) * 1000)::float8 AS ms FROM metric_points
       WHERE run_id = ANY($1::uuid[]) AND key = $2 AND split = '' AND step = ANY($3::bigint[])
       ORDER BY run_id, step, timestamp, id`,
      [runIds, key, steps],
    );
  }
}
