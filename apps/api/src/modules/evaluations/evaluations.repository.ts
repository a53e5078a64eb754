import { Injectable } from "@nestjs/common";
import type { Prisma } from "../../generated/prisma/client";
import { PrismaService } from "../../prisma/prisma.service";

export type EvaluationRow = Prisma.EvaluationGetPayload<object>;

@Injectable()
export class EvaluationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByRun(runId: string): Promise<EvaluationRow[]> {
    return this.prisma.evaluation.findMany({ where: { runId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  }

  create(data: { runId: string; split: string; kind: EvaluationRow["kind"]; name: string | null; results: object; metrics: object }): Promise<EvaluationRow> {
    return this.prisma.evaluation.create({ data: { ...data, results: data.results as Prisma.InputJsonObject, metrics: data.metrics as Prisma.InputJsonObject } });
  }

  /** Whether the run had the evaluation. */
  async delete(runId: string, evaluationId: string): Promise<boolean> {
    return (await this.prisma.evaluation.deleteMany({ where: { id: evaluationId, runId } })).count > 0;
  }
}
