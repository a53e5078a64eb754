import { Injectable } from "@nestjs/common";
import type { Prisma } from "../../generated/prisma/client";
import { PrismaService, type Db } from "../../prisma/prisma.service";

const configSelect = { id: true, projectId: true, name: true, type: true, min: true, max: true, options: true, description: true, createdAt: true, _count: { select: { scores: true } } } satisfies Prisma.ScoreConfigSelect;
export type ScoreConfigRow = Prisma.ScoreConfigGetPayload<{ select: typeof configSelect }>;
const scoreSelect = { id: true, value: true, predictionId: true, source: true, author: true, comment: true, scoredAt: true, config: { select: { name: true } } } satisfies Prisma.FeedbackScoreSelect;
export type ScoreRow = Prisma.FeedbackScoreGetPayload<{ select: typeof scoreSelect }>;

@Injectable()
export class FeedbackRepository {
  constructor(private readonly prisma: PrismaService) {}

  configs(projectId: string): Promise<ScoreConfigRow[]> {
    return this.prisma.scoreConfig.findMany({ where: { projectId }, select: configSelect, orderBy: { name: "asc" } });
  }

  configByName(projectId: string, name: string): Promise<ScoreConfigRow | null> {
    return this.prisma.scoreConfig.findUnique({ where: { projectId_name: { projectId, name } }, select: configSelect });
  }

  createConfig(data: Prisma.ScoreConfigUncheckedCreateInput): Promise<ScoreConfigRow> {
    return this.prisma.scoreConfig.create({ data, select: configSelect });
  }

  async deleteConfig(projectId: string, configId: string): Promise<boolean> {
    return (await this.prisma.scoreConfig.deleteMany({ where: { id: configId, projectId } })).count > 0;
  }

  /** The name of a queue that asks for this score config, if one does (it may then not be deleted). */
  async configQueued(configId: string): Promise<string | null> {
    return (await this.prisma.annotationQueue.findFirst({ where: { scoreConfigs: { has: configId } }, select: { name: true } }))?.name ?? null;
  }

  findConfig(projectId: string, configId: string): Promise<ScoreConfigRow | null> {
    return this.prisma.scoreConfig.findFirst({ where: { id: configId, projectId }, select: configSelect });
  }

  /** Which of these prediction ids the deployment has. */
  async knownPredictions(deploymentId: string, ids: string[]): Promise<Set<string>> {
    const rows = await this.prisma.inferencePrediction.findMany({ where: { deploymentId, predictionId: { in: ids } }, select: { predictionId: true } });
    return new Set(rows.map((row) => row.predictionId));
  }

  async addScores(rows: Prisma.FeedbackScoreCreateManyInput[], db: Db = this.prisma): Promise<number> {
    return (await db.feedbackScore.createMany({ data: rows })).count;
  }

  async scorePage(where: Prisma.FeedbackScoreWhereInput, skip: number, take: number): Promise<{ rows: ScoreRow[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.prisma.feedbackScore.findMany({ where, select: scoreSelect, orderBy: [{ scoredAt: "desc" }, { id: "desc" }], skip, take }),
      this.prisma.feedbackScore.count({ where }),
    ]);
    return { rows, total };
  }

  /** Per window (hour-aligned, `size` ms from `from`): how many scores, and the mean of their numeric values. */
  windowStats(deploymentId: string, configId: string, from: Date, to: Date, size: number) {
    return this.prisma.driverQuery<{ bucket: number; count: number; mean: number | null }>(
      `SELECT floor(extract(epoch FROM scored_at - $3::timestamptz) * 1000 / $5)::int AS bucket, count(*)::int AS count, avg(numeric) AS mean
       FROM feedback_scores WHERE deployment_id = $1::uuid AND config_id = $2::uuid AND scored_at >= $3 AND scored_at < $4 GROUP BY 1`,
      [deploymentId, configId, from, to, size],
    );
  }

  /** Per window, how often each option was given (categorical scores). */
  windowOptions(deploymentId: string, configId: string, from: Date, to: Date, size: number) {
    return this.prisma.driverQuery<{ bucket: number; option: string; count: number }>(
      `SELECT floor(extract(epoch FROM scored_at - $3::timestamptz) * 1000 / $5)::int AS bucket, value #>> '{}' AS option, count(*)::int AS count
       FROM feedback_scores WHERE deployment_id = $1::uuid AND config_id = $2::uuid AND scored_at >= $3 AND scored_at < $4 AND json_typeof(value) = 'string' GROUP BY 1, 2`,
      [deploymentId, configId, from, to, size],
    );
  }
}
