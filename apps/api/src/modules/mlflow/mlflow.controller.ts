import { All, Body, Controller, Get, HttpCode, Post, Query, Req, Res } from "@nestjs/common";
import type { Request, Response } from "express";
import { ApiExcludeController } from "@nestjs/swagger";
import { CurrentPrincipal, type Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { MlflowArtifactsService } from "./mlflow-artifacts.service";
import { MlflowExperimentsService } from "./mlflow-experiments.service";
import { invalid, text, type Body as MlflowBody } from "./mlflow-fields";
import { MlflowRunsService } from "./mlflow-runs.service";

/** MLflow's limit on a log-batch request body. */
const MAX_BATCH_BYTES = 1_000_000;

/** A body as MLflow clients send it: a JSON object, unknown fields ignored. */
const objectOf = (body: unknown): MlflowBody => (body && typeof body === "object" && !Array.isArray(body) ? (body as MlflowBody) : {});
const required = (value: unknown, field: string): string => text({ [field]: value }, field);

/**
 * MLflow's REST API 2.0 (tracking) under /api/2.0/mlflow, and /ajax-api/2.0/mlflow
 * through a rewrite: existing MLflow clients log into Lifecycle unchanged. Errors
 * come as { error_code, message } (see the error filter). Not in the OpenAPI
 * document: MLflow's own specification describes it.
 */
@ApiExcludeController()
@Controller("2.0/mlflow")
export class MlflowController {
  constructor(
    private readonly experiments: MlflowExperimentsService,
    private readonly runs: MlflowRunsService,
    private readonly artifacts: MlflowArtifactsService,
  ) {}

  @Post("experiments/create")
  @HttpCode(200)
  createExperiment(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.experiments.createExperiment(principal, objectOf(body));
  }

  @Get("experiments/get")
  getExperiment(@CurrentPrincipal() principal: Principal, @Query("experiment_id") experimentId: unknown) {
    return this.experiments.getExperiment(principal, required(experimentId, "experiment_id"));
  }

  @Get("experiments/get-by-name")
  getExperimentByName(@CurrentPrincipal() principal: Principal, @Query("experiment_name") name: unknown) {
    return this.experiments.getExperimentByName(principal, required(name, "experiment_name"));
  }

  @Post("experiments/search")
  @HttpCode(200)
  searchExperiments(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.experiments.searchExperiments(principal, objectOf(body));
  }

  @Get("experiments/search")
  searchExperimentsByQuery(@CurrentPrincipal() principal: Principal, @Query() query: unknown) {
    return this.experiments.searchExperiments(principal, objectOf(query));
  }

  @Post("experiments/update")
  @HttpCode(200)
  updateExperiment(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.experiments.updateExperiment(principal, objectOf(body));
  }

  @Post("experiments/delete")
  @HttpCode(200)
  deleteExperiment(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.experiments.deleteExperiment(principal, objectOf(body));
  }

  @Post("experiments/restore")
  @HttpCode(200)
  restoreExperiment(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.experiments.restoreExperiment(principal, objectOf(body));
  }

  /** MLflow 1.x's experiments/list, which older clients (such as the npm package mlflow) still call: experiments/search with view_type only. */
  @Get("experiments/list")
  listExperiments(@CurrentPrincipal() principal: Principal, @Query("view_type") viewType: unknown) {
    return this.experiments.searchExperiments(principal, { max_results: 50_000, ...(viewType === undefined ? {} : { view_type: viewType }) });
  }

  @Post("experiments/set-experiment-tag")
  @HttpCode(200)
  setExperimentTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.experiments.setExperimentTag(principal, objectOf(body));
  }

  @Post("experiments/delete-experiment-tag")
  @HttpCode(200)
  deleteExperimentTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.experiments.deleteExperimentTag(principal, objectOf(body));
  }

  @Post("runs/create")
  @HttpCode(200)
  async createRun(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Res() response: Response) {
    sendJson(response, await this.runs.createRun(principal, objectOf(body)));
  }

  @Get("runs/get")
  async getRun(@CurrentPrincipal() principal: Principal, @Query("run_id") runId: unknown, @Query("run_uuid") runUuid: unknown, @Res() response: Response) {
    sendJson(response, await this.runs.getRun(principal, required(runId ?? runUuid, "run_id")));
  }

  @Post("runs/update")
  @HttpCode(200)
  updateRun(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.updateRun(principal, objectOf(body));
  }

  @Post("runs/log-metric")
  @HttpCode(200)
  logMetric(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.logMetric(principal, objectOf(body));
  }

  @Post("runs/log-parameter")
  @HttpCode(200)
  logParam(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.logParam(principal, objectOf(body));
  }

  @Post("runs/set-tag")
  @HttpCode(200)
  setTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.setTag(principal, objectOf(body));
  }

  @Post("runs/log-batch")
  @HttpCode(200)
  logBatch(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Req() request: Request & { rawLength?: number }) {
    if ((request.rawLength ?? 0) > MAX_BATCH_BYTES) {
      throw invalid(`Batched logging API requests must be at most ${MAX_BATCH_BYTES} bytes, got a request of size ${request.rawLength}.`);
    }
    return this.runs.logBatch(principal, objectOf(body));
  }

  @Post("runs/log-inputs")
  @HttpCode(200)
  logInputs(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.logInputs(principal, objectOf(body));
  }

  @Post("runs/log-model")
  @HttpCode(200)
  logModel(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.logModel(principal, objectOf(body));
  }

  /** Written straight to the response, as get-history is: Postgres writes each run's JSON. */
  @Post("runs/search")
  @HttpCode(200)
  async searchRuns(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Res() response: Response) {
    sendJson(response, await this.runs.searchRuns(principal, objectOf(body)));
  }

  /** Written straight to the response: a page of 25,000 points is ~2 MB of JSON, with no ETag worth hashing it for. */
  @Get("metrics/get-history")
  async getMetricHistory(@CurrentPrincipal() principal: Principal, @Query() query: unknown, @Res() response: Response) {
    sendJson(response, await this.runs.getMetricHistory(principal, objectOf(query)));
  }

  @Get("metrics/get-history-bulk-interval")
  async getMetricHistoryBulkInterval(@CurrentPrincipal() principal: Principal, @Query() query: unknown, @Res() response: Response) {
    sendJson(response, await this.runs.getMetricHistoryBulkInterval(principal, objectOf(query)));
  }

  @Post("runs/delete")
  @HttpCode(200)
  deleteRun(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.deleteRun(principal, objectOf(body));
  }

  @Post("runs/restore")
  @HttpCode(200)
  restoreRun(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.restoreRun(principal, objectOf(body));
  }

  @Post("runs/delete-tag")
  @HttpCode(200)
  deleteTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.runs.deleteTag(principal, objectOf(body));
  }

  @Get("artifacts/list")
  listArtifacts(@CurrentPrincipal() principal: Principal, @Query() query: unknown) {
    return this.artifacts.listRun(principal, objectOf(query));
  }

  /** Anything else under the prefix: MLflow's JSON error, never an HTML page. */
  @All("*path")
  unknown(): never {
    throw new DomainError("ROUTE_NOT_FOUND", "This MLflow endpoint is not served (yet).");
  }
}

/** JSON text made by the service (pages of thousands, 64-bit steps), written as it is. */
function sendJson(response: Response, body: Buffer): void {
  response.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": body.length }).end(body);
}
