import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from "@nestjs/common";
import { ApiBody, ApiConsumes, ApiHeader, ApiParam, ApiTags } from "@nestjs/swagger";
import {
  BaselineListSchema,
  BaselineSchema,
  CreateProductionBaselineSchema,
  DriftReportSchema,
  LogActualsResultSchema,
  LogActualsSchema,
  PerformanceReportSchema,
  InferenceRecordPageSchema,
  LogRecordsResultSchema,
  LogRecordsSchema,
  RecordPageQuerySchema,
  TrafficReportSchema,
  UploadBaselineQuerySchema,
  WindowQuerySchema,
} from "@lifecycle/domain";
import type { Request } from "express";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { DomainError } from "../../common/errors/domain-error";
import { IdempotencyKey, UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { ActualsService } from "./actuals.service";
import { BaselinesService } from "./baselines.service";
import { RecordsService } from "./records.service";
import { ReportsService } from "./reports.service";

/** A request of up to 10,000 records of 500 features each needs more than the usual 1 MB. */
export const RECORDS_BODY_LIMIT = "32mb";

class LogRecordsDto extends createZodDto(LogRecordsSchema) {}
class LogActualsDto extends createZodDto(LogActualsSchema) {}
class LogActualsResultDto extends createZodDto(LogActualsResultSchema) {}
class PerformanceReportDto extends createZodDto(PerformanceReportSchema) {}
class LogRecordsResultDto extends createZodDto(LogRecordsResultSchema) {}
class RecordPageQueryDto extends createZodDto(RecordPageQuerySchema) {}
class InferenceRecordPageDto extends createZodDto(InferenceRecordPageSchema) {}
class WindowQueryDto extends createZodDto(WindowQuerySchema) {}
class TrafficReportDto extends createZodDto(TrafficReportSchema) {}
class DriftReportDto extends createZodDto(DriftReportSchema) {}
class BaselineDto extends createZodDto(BaselineSchema) {}
class BaselineListDto extends createZodDto(BaselineListSchema) {}
class CreateProductionBaselineDto extends createZodDto(CreateProductionBaselineSchema) {}
class UploadBaselineQueryDto extends createZodDto(UploadBaselineQuerySchema) {}

@ApiErrors()
@ApiTags("monitoring")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/deployments/:deploymentId")
export class MonitoringController {
  constructor(
    private readonly records: RecordsService,
    private readonly baselines: BaselinesService,
    private readonly reports: ReportsService,
    private readonly actuals: ActualsService,
  ) {}

  @Post("actuals")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({
    status: 200,
    type: LogActualsResultDto,
    description: "Up to 10,000 actuals (the true label or value) by prediction id, checked whole first; each joins its prediction's hour in the production metrics. A second actual for a prediction is ignored; unknown prediction ids are listed and not kept.",
  })
  logActuals(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: LogActualsDto) {
    return this.actuals.logActuals(projectId, deploymentId, body);
  }

  @Get("performance")
  @ProjectAccess("VIEWER")
  @ZodResponse({
    status: 200,
    type: PerformanceReportDto,
    description: "Per window, production metrics of the predictions that have actuals — confusion matrix and per-class precision, recall, F1, or MAE, RMSE, R², MAPE, as offline evaluations — and the deployed version's test figures beside them",
  })
  getPerformance(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: WindowQueryDto) {
    return this.reports.performance(projectId, deploymentId, query);
  }

  @Post("records")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ApiHeader({ name: "Idempotency-Key", required: false, description: "Makes retries safe: the same key with the same batch writes nothing and answers the first result" })
  @ZodResponse({
    status: 200,
    type: LogRecordsResultDto,
    description: "Up to 10,000 inference records; the whole batch is checked first (a 400 names the record and field). A prediction id the deployment already has is ignored and counted as a duplicate.",
  })
  logRecords(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: LogRecordsDto, @IdempotencyKey() idempotencyKey: string | undefined) {
    return this.records.logRecords(projectId, deploymentId, body, idempotencyKey);
  }

  @Get("records")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: InferenceRecordPageDto, description: "The deployment's records, newest first, kept for the retention period" })
  listRecords(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: RecordPageQueryDto) {
    return this.records.listRecords(projectId, deploymentId, query);
  }

  @Get("traffic")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: TrafficReportDto, description: "Volume, errors, latency p50 / p95, tokens and cost per window" })
  getTraffic(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: WindowQueryDto) {
    return this.reports.traffic(projectId, deploymentId, query);
  }

  @Get("drift")
  @ProjectAccess("VIEWER")
  @ZodResponse({
    status: 200,
    type: DriftReportDto,
    description:
      "Per window, each feature's and the prediction's drift from the active baseline: Kolmogorov–Smirnov p-value (numeric, reference ≤ 1,000 values) or Wasserstein distance / reference std; chi-square p-value (categorical, reference ≤ 1,000) or Jensen–Shannon distance; PSI on the baseline's bins; data set drift when at least half the features drift",
  })
  getDrift(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: WindowQueryDto) {
    return this.reports.drift(projectId, deploymentId, query);
  }

  @Get("baselines")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: BaselineListDto, description: "Newest first" })
  listBaselines(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string) {
    return this.baselines.list(projectId, deploymentId);
  }

  @Post("baselines")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: BaselineDto, description: "A baseline from a window of the deployment's own records (up to 200,000)" })
  createProductionBaseline(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: CreateProductionBaselineDto) {
    return this.baselines.createFromProduction(principal, projectId, deploymentId, body);
  }

  @Post("baselines/upload")
  @ProjectAccess("CONTRIBUTOR")
  @ApiConsumes("text/csv", "application/x-ndjson")
  @ApiBody({ description: "CSV with a header line, or JSON lines of flat objects; up to 200,000 rows, read as they arrive", schema: { type: "string" } })
  @ZodResponse({ status: 201, type: BaselineDto, description: "A baseline from a data set version's split, its rows streamed" })
  createBaselineFromUpload(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: UploadBaselineQueryDto, @Req() request: Request) {
    const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const format = type === "text/csv" ? "csv" : type === "application/x-ndjson" || type === "application/jsonl" ? "ndjson" : null;
    if (!format) throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "Send the rows as text/csv (a header line, then a row a line) or application/x-ndjson (a JSON object a line).");
    return this.baselines.upload(principal, projectId, deploymentId, query, format, request);
  }

  @Get("baselines/:baselineId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: BaselineDto })
  getBaseline(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @UuidParam("baselineId") baselineId: string) {
    return this.baselines.get(projectId, deploymentId, baselineId);
  }

  @Post("baselines/:baselineId/activate")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: BaselineDto, description: "Drift is measured against this baseline from now on; records are profiled on it as they arrive" })
  setActiveBaseline(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @UuidParam("baselineId") baselineId: string) {
    return this.baselines.activate(projectId, deploymentId, baselineId);
  }
}
