import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { CreateScoreConfigSchema, LogScoresResultSchema, LogScoresSchema, ScoreConfigListSchema, ScoreConfigSchema, ScorePageQuerySchema, ScorePageSchema, ScoreSummaryQuerySchema, ScoreSummarySchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { FeedbackService } from "./feedback.service";

class CreateScoreConfigDto extends createZodDto(CreateScoreConfigSchema) {}
class ScoreConfigDto extends createZodDto(ScoreConfigSchema) {}
class ScoreConfigListDto extends createZodDto(ScoreConfigListSchema) {}
class LogScoresDto extends createZodDto(LogScoresSchema) {}
class LogScoresResultDto extends createZodDto(LogScoresResultSchema) {}
class ScorePageDto extends createZodDto(ScorePageSchema) {}
class ScorePageQueryDto extends createZodDto(ScorePageQuerySchema) {}
class ScoreSummaryDto extends createZodDto(ScoreSummarySchema) {}
class ScoreSummaryQueryDto extends createZodDto(ScoreSummaryQuerySchema) {}

@ApiErrors()
@ApiTags("feedback")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId")
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get("score-configs")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ScoreConfigListDto, description: "What the project's feedback scores mean" })
  listScoreConfigs(@Param("projectId") projectId: string) {
    return this.feedback.listConfigs(projectId);
  }

  @Post("score-configs")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: ScoreConfigDto, description: "A score: numeric (with a range), categorical (with options), boolean or text" })
  createScoreConfig(@Param("projectId") projectId: string, @Body() body: CreateScoreConfigDto) {
    return this.feedback.createConfig(projectId, body);
  }

  @Delete("score-configs/:configId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  async deleteScoreConfig(@Param("projectId") projectId: string, @UuidParam("configId") configId: string): Promise<void> {
    await this.feedback.deleteConfig(projectId, configId);
  }

  @Post("deployments/:deploymentId/scores")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: LogScoresResultDto, description: "Up to 1,000 scores on the deployment's predictions (by id) or on the deployment, from end users, experts, stakeholders or judges; the whole batch is checked first" })
  logScores(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: LogScoresDto) {
    return this.feedback.logScores(principal, projectId, deploymentId, body);
  }

  @Get("deployments/:deploymentId/scores")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ScorePageDto, description: "The deployment's scores, newest first" })
  listScores(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: ScorePageQueryDto) {
    return this.feedback.listScores(projectId, deploymentId, query);
  }

  @Get("deployments/:deploymentId/scores/summary")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ScoreSummaryDto, description: "One score config over time: per window, the count, the mean (booleans as 1 / 0) and the count of each option" })
  getScoreSummary(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: ScoreSummaryQueryDto) {
    return this.feedback.summary(projectId, deploymentId, query);
  }
}
