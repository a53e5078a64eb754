import { Injectable } from "@nestjs/common";
import { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

export const framingSelect = {
  projectId: true,
  mlAppropriate: true,
  mlRationale: true,
  taskType: true,
  learningParadigm: true,
  modelFamily: true,
  applicationArea: true,
  approach: true,
  baseModel: true,
  successMetric: true,
  successKpiId: true,
  latencyConstraint: true,
  costConstraint: true,
  privacyConstraint: true,
  updatedAt: true,
} satisfies Prisma.ProblemFramingSelect;

export type FramingRow = Prisma.ProblemFramingGetPayload<{ select: typeof framingSelect }>;
export type FramingFields = Omit<Prisma.ProblemFramingUncheckedCreateInput, "projectId" | "updatedAt">;

@Injectable()
export class FramingRepository {
  constructor(private readonly prisma: PrismaService) {}

  findFramingByProject(projectId: string, db: Db = this.prisma): Promise<FramingRow | null> {
    return db.problemFraming.findUnique({ where: { projectId }, select: framingSelect });
  }

  upsertFraming(projectId: string, fields: FramingFields): Promise<FramingRow> {
    return this.prisma.problemFraming.upsert({
      where: { projectId },
      create: { ...fields, projectId },
      update: fields,
      select: framingSelect,
    });
  }
}
