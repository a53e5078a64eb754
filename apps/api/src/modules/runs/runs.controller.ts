import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from "@nestjs/common";
import { ApiHeader, ApiParam, ApiTags } from "@nestjs/swagger";
import {
  BatchResultSchema,
  CompareRunsQuerySchema,
  CreateRunSchema,
  ListRunsQuerySchema,
  LogBatchSchema,
  LogParamSchema,
  MetricInputSchema,
  MetricHistoryPageSchema,
  MetricHistoryQuerySchema,
  RunComparisonSchema,
  RunPageSchema,
  RunSchema,
  SaveTagSchema,
  SampledMetricsQuerySchema,
  SampledMetricsSchema,
  TrackingKeySchema,
  UpdateRunSchema,
} from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { ProjectAccess } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { invalidField } from "../../common/errors/domain-error";
import { IdempotencyKey, UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { RunsService } from "./runs.service";

class CreateRunDto extends createZodDto(CreateRunSchema) {}
class UpdateRunDto extends createZodDto(UpdateRunSchema) {}
class RunDto extends createZodDto(RunSchema) {}
class RunPageDto extends createZodDto(RunPageSchema) {}
class ListRunsQueryDto extends createZodDto(ListRunsQuerySchema) {}
class LogBatchDto extends createZodDto(LogBatchSchema) {}
class BatchResultDto extends createZodDto(BatchResultSchema) {}
class MetricHistoryQueryDto extends createZodDto(MetricHistoryQuerySchema) {}
class MetricHistoryPageDto extends createZodDto(MetricHistoryPageSchema) {}
class SampledMetricsQueryDto extends createZodDto(SampledMetricsQuerySchema) {}
class SampledMetricsDto extends createZodDto(SampledMetricsSchema) {}
class MetricInputDto extends createZodDto(MetricInputSchema) {}
class LogParamDto extends createZodDto(LogParamSchema) {}
class SaveTagDto extends createZodDto(SaveTagSchema) {}
class CompareRunsQueryDto extends createZodDto(CompareRunsQuerySchema) {}
class RunComparisonDto extends createZodDto(RunComparisonSchema) {}

export const BATCH_BODY_LIMIT = "8mb";

@ApiErrors()
@ApiTags("runs")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId")
export class RunsController {
  constructor(private readonly runs: RunsService) {}

  @Post("experiments/:experimentId/runs")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: RunDto, description: "A new run in the experiment, at the project's current iteration" })
  createRun(@Param("projectId") projectId: string, @UuidParam("experimentId") experimentId: string, @Body() body: CreateRunDto) {
    return this.runs.createRun(projectId, experimentId, body);
  }

  @Get("experiments/:experimentId/runs")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RunPageDto, description: "The experiment's runs, newest first; follow nextCursor for more" })
  listRuns(@Param("projectId") projectId: string, @UuidParam("experimentId") experimentId: string, @Query() query: ListRunsQueryDto) {
    return this.runs.listRuns(projectId, experimentId, query);
  }

  // Before runs/:runId, which would take "compare" for an id.
  @Get("runs/compare")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RunComparisonDto, description: "2 to 20 runs side by side: params with differences marked, each series' latest value" })
  getRunComparison(@Param("projectId") projectId: string, @Query() query: CompareRunsQueryDto) {
    return this.runs.getRunComparison(projectId, query.runIds);
  }

  @Get("runs/:runId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RunDto, description: "The run with its params (well-known first), tags and metric summaries" })
  getRun(@Param("projectId") projectId: string, @UuidParam("runId") runId: string) {
    return this.runs.getRun(projectId, runId);
  }

  @Patch("runs/:runId")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: RunDto })
  updateRun(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Body() body: UpdateRunDto) {
    return this.runs.updateRun(projectId, runId, body);
  }

  @Delete("runs/:runId")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: RunDto, description: "Soft delete: the run is hidden from lists until restored" })
  deleteRun(@Param("projectId") projectId: string, @UuidParam("runId") runId: string) {
    return this.runs.deleteRun(projectId, runId);
  }

  @Post("runs/:runId/restore")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: RunDto })
  restoreRun(@Param("projectId") projectId: string, @UuidParam("runId") runId: string) {
    return this.runs.restoreRun(projectId, runId);
  }

  @Post("runs/:runId/batch")
  @ProjectAccess("CONTRIBUTOR")
  @ApiHeader({ name: "Idempotency-Key", required: false, description: "Makes retries safe: the same key again writes nothing and answers the first result" })
  @ZodResponse({ status: 201, type: BatchResultDto, description: `Up to 10,000 metric points, 1,000 params and 1,000 tags, all or nothing; bodies up to ${BATCH_BODY_LIMIT}` })
  logRunBatch(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Body() body: LogBatchDto, @IdempotencyKey() idempotencyKey: string | undefined) {
    return this.runs.logBatch(projectId, runId, body, idempotencyKey);
  }

  @Post("runs/:runId/metrics")
  @ProjectAccess("CONTRIBUTOR")
  @ApiHeader({ name: "Idempotency-Key", required: false, description: "Makes retries safe: the same key again writes nothing" })
  @ZodResponse({ status: 201, type: BatchResultDto, description: "One metric point; for many, use the batch endpoint" })
  logRunMetric(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Body() body: MetricInputDto, @IdempotencyKey() idempotencyKey: string | undefined) {
    return this.runs.logBatch(projectId, runId, { metrics: [body] }, idempotencyKey);
  }

  @Post("runs/:runId/params")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: BatchResultDto, description: "One param, written once: the same value again is fine, another is a 409 naming both" })
  logRunParam(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Body() body: LogParamDto) {
    return this.runs.logBatch(projectId, runId, { params: [body] });
  }

  @Put("runs/:runId/tags")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: RunDto, description: "Sets a tag, replacing its value if the run has it" })
  saveRunTag(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Body() body: SaveTagDto) {
    return this.runs.saveTag(projectId, runId, body);
  }

  @Delete("runs/:runId/tags/:key")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: RunDto, description: "Removes a tag; removing one the run does not have is a 404" })
  deleteRunTag(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Param("key") key: string) {
    if (!TrackingKeySchema.safeParse(key).success) throw invalidField("key", "Not a tag name");
    return this.runs.deleteTag(projectId, runId, key);
  }

  @Get("runs/:runId/metrics/:key/history")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: MetricHistoryPageDto, description: "Every point of one series by step; follow nextCursor for more" })
  getMetricHistory(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Param("key") key: string, @Query() query: MetricHistoryQueryDto) {
    if (!TrackingKeySchema.safeParse(key).success) throw invalidField("key", "Not a metric name");
    return this.runs.getMetricHistory(projectId, runId, key, query);
  }

  @Get("metrics/sampled")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: SampledMetricsDto, description: "Series for charts: every point when they fit in maxPoints, else each step bucket's lowest and highest point" })
  getSampledMetrics(@Param("projectId") projectId: string, @Query() query: SampledMetricsQueryDto) {
    return this.runs.getSampledMetrics(projectId, query);
  }
}
