import { Injectable } from "@nestjs/common";
import type { Prisma } from "../../generated/prisma/client";
import { PrismaService } from "../../prisma/prisma.service";
import type { Checked } from "../../prisma/checked";
import type { Evaluation } from "@lifecycle/domain";
import type { KpiDirection } from "@lifecycle/domain";

export type EvaluationRow = Checked<Prisma.EvaluationGetPayload<object>, { kind: Evaluation["kind"] }>;

@Injectable()
export class EvaluationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByRun(runId: string): Promise<EvaluationRow[]> {
    return this.prisma.evaluation.findMany({ where: { runId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }) as Promise<EvaluationRow[]>;
  }

  create(data: { runId: string; split: string; kind: EvaluationRow["kind"]; name: string | null; results: object; metrics: object }): Promise<EvaluationRow> {
    return this.prisma.evaluation.create({ data: { ...data, results: data.results as Prisma.InputJsonObject, metrics: data.metrics as Prisma.InputJsonObject } }) as Promise<EvaluationRow>;
  }

  /** Whether the run had the evaluation. */
  async delete(runId: string, evaluationId: string): Promise<boolean> {
    return (await this.prisma.evaluation.deleteMany({ where: { id: evaluationId, runId } })).count > 0;
  }

  projectThresholds(projectId: string): Promise<unknown> {
    return this.prisma.project.findUnique({ where: { id: projectId }, select: { fitThresholds: true } }).then((row) => row?.fitThresholds ?? null);
  }

  async saveProjectThresholds(projectId: string, thresholds: object): Promise<void> {
    await this.prisma.project.update({ where: { id: projectId }, data: { fitThresholds: thresholds as Prisma.InputJsonObject } });
  }

  /** The project's KPI linked to a metric, if any. */
  linkedKpi(projectId: string, metric: string) {
    return this.prisma.kpi.findFirst({ where: { projectId, metricKey: metric }, select: { direction: true, target: true, unit: true }, orderBy: { createdAt: "asc" } }) as Promise<{
      direction: KpiDirection;
      target: number | null;
      unit: string | null;
    } | null>;
  }

  /** The latest validation value of the metric in every run of the experiment whose params are exactly these. */
  async siblingFinals(experimentId: string, params: Array<{ key: string; value: unknown }>, metric: string): Promise<number[]> {
    const runs = await this.prisma.run.findMany({
      where: { experimentId, deletedAt: null },
      select: { params: { select: { key: true, textValue: true } }, summaries: { where: { key: metric, split: "validation" }, select: { latestValue: true } } },
    });
    const wanted = JSON.stringify(params.map((param) => [param.key, String(param.value)]).sort());
    return runs
      .filter((run) => JSON.stringify(run.params.map((param) => [param.key, param.textValue]).sort()) === wanted)
      .flatMap((run) => run.summaries.map((summary) => summary.latestValue))
      .filter((value) => Number.isFinite(value));
  }

  async saveVerdict(runId: string, verdict: string | null): Promise<void> {
    await this.prisma.run.update({ where: { id: runId }, data: { fitVerdict: verdict } });
  }

  /**
   * Takes up to `limit` runs flagged for a fit diagnosis before `cutoff` (their writes have settled), clearing the
   * flag first: points written while one is diagnosed flag it again. Of two processes picking one run, the second's
   * update finds the flag cleared (Postgres re-checks it under the row lock) and takes nothing — no FOR UPDATE,
   * which Citus refuses across shards.
   */
  claimFitDue(cutoff: Date, limit: number) {
    return this.prisma.driverQuery<{ run_id: string; project_id: string }>(
      `WITH taken AS (
         UPDATE runs r SET fit_due_at = NULL
         WHERE r.id IN (SELECT id FROM runs WHERE fit_due_at IS NOT NULL AND fit_due_at <= $1 AND deleted_at IS NULL ORDER BY fit_due_at LIMIT $2)
           AND r.fit_due_at IS NOT NULL AND r.fit_due_at <= $1
         RETURNING r.id, r.experiment_id)
       SELECT taken.id AS run_id, e.project_id FROM taken JOIN experiments e ON e.id = taken.experiment_id`,
      [cutoff, limit],
    );
  }
}
