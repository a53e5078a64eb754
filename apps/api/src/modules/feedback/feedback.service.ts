import { Injectable } from "@nestjs/common";
import {
  numericScore,
  scoreValueProblem,
  type CreateScoreConfigInput,
  type LogScoresInput,
  type Score,
  type ScoreConfig,
  type ScoreSource,
  type ScoreSummary,
  type ScoreType,
  type WindowQuery,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { DeploymentsService } from "../deployments/deployments.service";
import { span, windowsOf } from "../monitoring/windows";
import { ProjectsService } from "../projects/projects.service";
import { FeedbackRepository, type ScoreConfigRow, type ScoreRow } from "./feedback.repository";

export function toConfigView(row: ScoreConfigRow): ScoreConfig {
  return { id: row.id, name: row.name, type: row.type as ScoreType, min: row.min, max: row.max, options: row.options, description: row.description, scores: row._count.scores, createdAt: row.createdAt.toISOString() };
}

function toScoreView(row: ScoreRow): Score {
  return { id: row.id, config: row.config.name, value: row.value as Score["value"], predictionId: row.predictionId, source: row.source as ScoreSource, author: row.author, comment: row.comment, timestamp: row.scoredAt.toISOString() };
}

/** Feedback scores on a deployment's predictions or on the deployment, each checked against its project's score config. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly projects: ProjectsService,
    private readonly deployments: DeploymentsService,
  ) {}

  async listConfigs(projectRef: string): Promise<{ items: ScoreConfig[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: (await this.feedback.configs(project.id)).map(toConfigView) };
  }

  async createConfig(projectRef: string, input: CreateScoreConfigInput): Promise<ScoreConfig> {
    const project = await this.projects.requireProject(projectRef);
    try {
      return toConfigView(await this.feedback.createConfig({ projectId: project.id, name: input.name, type: input.type, min: input.min ?? null, max: input.max ?? null, options: input.options ?? [], description: input.description?.trim() || null }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("SCORE_CONFIG_NAME_TAKEN", `The project already has a score config named "${input.name}".`, [{ path: "name", message: "Already taken" }]);
      throw error;
    }
  }

  async deleteConfig(projectRef: string, configId: string): Promise<void> {
    const project = await this.projects.requireProject(projectRef);
    const config = await this.feedback.findConfig(project.id, configId);
    if (!config) throw new DomainError("SCORE_CONFIG_NOT_FOUND", `The project has no score config "${configId}".`);
    if (config._count.scores > 0) throw new DomainError("SCORE_CONFIG_IN_USE", `"${config.name}" has ${config._count.scores} scores: they would lose their meaning. Create a new config instead.`);
    const queue = await this.feedback.configQueued(config.id);
    if (queue) throw new DomainError("SCORE_CONFIG_IN_USE", `The annotation queue "${queue}" asks for "${config.name}": delete the queue first.`);
    await this.feedback.deleteConfig(project.id, config.id);
  }

  /** Checks the whole batch first (config, value, prediction id), then writes it; nothing is written when one is wrong. */
  async logScores(principal: Principal, projectRef: string, deploymentId: string, input: LogScoresInput): Promise<{ accepted: number }> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    const configs = new Map((await this.feedback.configs(deployment.projectId)).map((config) => [config.name, config]));
    const predictions = [...new Set(input.scores.flatMap((score) => (score.predictionId ? [score.predictionId] : [])))];
    const known = predictions.length ? await this.feedback.knownPredictions(deployment.id, predictions) : new Set<string>();
    const now = new Date();
    const rows = input.scores.map((score, index) => {
      const config = configs.get(score.config);
      if (!config) throw invalidField(`scores.${index}.config`, `No score config "${score.config}" in this project`);
      const problem = scoreValueProblem({ type: config.type as ScoreType, min: config.min, max: config.max, options: config.options }, score.value);
      if (problem) throw invalidField(`scores.${index}.value`, problem);
      if (score.predictionId && !known.has(score.predictionId)) throw invalidField(`scores.${index}.predictionId`, "The deployment has no prediction with this id (or it is past the retention)");
      return {
        deploymentId: deployment.id,
        configId: config.id,
        predictionId: score.predictionId ?? null,
        value: score.value,
        numeric: numericScore(score.value),
        source: score.source,
        author: score.author ?? principal.name,
        comment: score.comment || null,
        scoredAt: score.timestamp ? new Date(score.timestamp) : now,
      };
    });
    return { accepted: await this.feedback.addScores(rows) };
  }

  async listScores(projectRef: string, deploymentId: string, query: { config?: string | undefined; source?: ScoreSource | undefined; predictionId?: string | undefined; page: number; pageSize: number }) {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    const where = { deploymentId: deployment.id, ...(query.config ? { config: { name: query.config } } : {}), ...(query.source ? { source: query.source } : {}), ...(query.predictionId ? { predictionId: query.predictionId } : {}) };
    const { rows, total } = await this.feedback.scorePage(where, (query.page - 1) * query.pageSize, query.pageSize);
    return { items: rows.map(toScoreView), total, page: query.page, pageSize: query.pageSize };
  }

  /** One config's scores over time: per window, how many, their mean (numbers; booleans as 1 / 0), and per option. */
  async summary(projectRef: string, deploymentId: string, query: WindowQuery & { config: string }): Promise<ScoreSummary> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    const config = await this.feedback.configByName(deployment.projectId, query.config);
    if (!config) throw invalidField("config", `No score config "${query.config}" in this project`);
    const windows = windowsOf(query);
    const [stats, options] = await Promise.all([
      this.feedback.windowStats(deployment.id, config.id, windows.from, windows.to, windows.size),
      config.type === "CATEGORICAL" ? this.feedback.windowOptions(deployment.id, config.id, windows.from, windows.to, windows.size) : Promise.resolve([]),
    ]);
    return {
      config: toConfigView(config),
      windows: windows.starts.map((start, index) => {
        const stat = stats.find((row) => row.bucket === index);
        return { ...span(start, windows.size), count: stat?.count ?? 0, mean: stat?.mean ?? null, counts: Object.fromEntries(options.filter((row) => row.bucket === index).map((row) => [row.option, row.count])) };
      }),
    };
  }
}
