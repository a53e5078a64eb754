import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiHeader, ApiParam, ApiTags } from "@nestjs/swagger";
import {
  BatchResultSchema,
  CompareRunsQuerySchema,
  CreateRunSchema,
  ListRunsQuerySchema,
  LogBatchSchema,
  MetricHistoryPageSchema,
  MetricHistoryQuerySchema,
  RunComparisonSchema,
  RunPageSchema,
  RunSchema,
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
