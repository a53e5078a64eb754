import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from "@nestjs/common";
import { ApiBody, ApiConsumes, ApiParam, ApiTags } from "@nestjs/swagger";
import { CreateEvaluationSchema, EvaluationListSchema, EvaluationSchema, FitThresholdsSchema, FitThresholdsViewSchema, RunFitQuerySchema, RunFitSchema, StreamedRegressionQuerySchema, type CreateEvaluationInput } from "@lifecycle/domain";
import type { Request } from "express";
import { createZodDto, ZodResponse, ZodValidationPipe } from "nestjs-zod";
import { ProjectAccess } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { EvaluationsService } from "./evaluations.service";
import { FitService } from "./fit.service";

// A union: no class can extend it, so the body is validated by a pipe of its own and documented by the DTO.
const CreateEvaluationDto = createZodDto(CreateEvaluationSchema);
Object.defineProperty(CreateEvaluationDto, "name", { value: "CreateEvaluationDto" });
class EvaluationDto extends createZodDto(EvaluationSchema) {}
class EvaluationListDto extends createZodDto(EvaluationListSchema) {}
class FitThresholdsDto extends createZodDto(FitThresholdsViewSchema) {}
class FitThresholdsInputDto extends createZodDto(FitThresholdsSchema) {}
class RunFitDto extends createZodDto(RunFitSchema) {}
class RunFitQueryDto extends createZodDto(RunFitQuerySchema) {}
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

@ApiErrors()
@ApiTags("evaluations")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId")
export class FitController {
  constructor(private readonly fit: FitService) {}

  @Get("runs/:runId/fit")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RunFitDto, description: "Fit diagnosis from the train and validation curves of one metric; the verdict is kept on the run" })
  getRunFit(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Query() query: RunFitQueryDto) {
    return this.fit.diagnose(projectId, runId, query);
  }

  @Get("fit-thresholds")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: FitThresholdsDto, description: "The project's fit diagnosis thresholds, defaults filled in" })
  getFitThresholds(@Param("projectId") projectId: string) {
    return this.fit.thresholds(projectId);
  }

  @Put("fit-thresholds")
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: FitThresholdsDto, description: "Changes the thresholds given; the others stay" })
  updateFitThresholds(@Param("projectId") projectId: string, @Body() body: FitThresholdsInputDto) {
    return this.fit.saveThresholds(projectId, body);
  }
}
