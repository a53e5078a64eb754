import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from "@nestjs/common";
import { ApiBody, ApiConsumes, ApiParam, ApiTags } from "@nestjs/swagger";
import { CreateEvaluationSchema, EvaluationListSchema, EvaluationSchema, StreamedRegressionQuerySchema, type CreateEvaluationInput } from "@lifecycle/domain";
import type { Request } from "express";
import { createZodDto, ZodResponse, ZodValidationPipe } from "nestjs-zod";
import { ProjectAccess } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { EvaluationsService } from "./evaluations.service";

// A union: no class can extend it, so the body is validated by a pipe of its own and documented by the DTO.
const CreateEvaluationDto = createZodDto(CreateEvaluationSchema);
Object.defineProperty(CreateEvaluationDto, "name", { value: "CreateEvaluationDto" });
class EvaluationDto extends createZodDto(EvaluationSchema) {}
class EvaluationListDto extends createZodDto(EvaluationListSchema) {}
class StreamedRegressionQueryDto extends createZodDto(StreamedRegressionQuerySchema) {}

@ApiErrors()
@ApiTags("evaluations")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/runs/:runId/evaluations")
export class EvaluationsController {
  constructor(private readonly evaluations: EvaluationsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: EvaluationListDto, description: "The run's evaluations, oldest first" })
  listEvaluations(@Param("projectId") projectId: string, @UuidParam("runId") runId: string) {
    return this.evaluations.listEvaluations(projectId, runId);
  }

  @Post()
  @ProjectAccess("CONTRIBUTOR")
  @ApiBody({ type: CreateEvaluationDto })
  @ZodResponse({ status: 201, type: EvaluationDto, description: "A confusion matrix (and optional binary scores), regression pairs or values, or generation scores; the figures are derived on the server" })
  createEvaluation(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Body(new ZodValidationPipe(CreateEvaluationSchema)) body: CreateEvaluationInput) {
    return this.evaluations.createEvaluation(projectId, runId, body);
  }

  @Post("regression-pairs")
  @ProjectAccess("CONTRIBUTOR")
  @ApiConsumes("text/csv")
  @ApiBody({ description: "Lines of actual,predicted (a header line is skipped); up to 1,000,000, read as they arrive", schema: { type: "string" } })
  @ZodResponse({ status: 201, type: EvaluationDto, description: "A regression evaluation from up to 1,000,000 streamed pairs" })
  createRegressionFromPairs(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Query() query: StreamedRegressionQueryDto, @Req() request: Request) {
    const type = request.headers["content-type"] ?? "";
    if (!/^text\/(csv|plain)\b/.test(type)) throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "Send the pairs as text/csv: one actual,predicted per line.");
    return this.evaluations.createStreamedRegression(projectId, runId, query, request);
  }

  @Delete(":evaluationId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  deleteEvaluation(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @UuidParam("evaluationId") evaluationId: string) {
    return this.evaluations.deleteEvaluation(projectId, runId, evaluationId);
  }
}
