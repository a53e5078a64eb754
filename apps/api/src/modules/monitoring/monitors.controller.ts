import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { AlertActionSchema, AlertPageQuerySchema, AlertPageSchema, AlertSchema, CreateMonitorSchema, MonitorEvaluationPageSchema, MonitorListSchema, MonitorSchema, PaginationQuery } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { z } from "zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { MonitorsService } from "./monitors.service";

class CreateMonitorDto extends createZodDto(CreateMonitorSchema) {}
class MonitorDto extends createZodDto(MonitorSchema) {}
class MonitorListDto extends createZodDto(MonitorListSchema) {}
class MonitorEvaluationPageDto extends createZodDto(MonitorEvaluationPageSchema) {}
class EvaluationPageQueryDto extends createZodDto(z.strictObject({ ...PaginationQuery })) {}
class AlertDto extends createZodDto(AlertSchema) {}
class AlertPageDto extends createZodDto(AlertPageSchema) {}
class AlertPageQueryDto extends createZodDto(AlertPageQuerySchema) {}
class AlertActionDto extends createZodDto(AlertActionSchema) {}

@ApiErrors()
@ApiTags("monitoring")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/deployments/:deploymentId/monitors")
export class MonitorsController {
  constructor(private readonly monitors: MonitorsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: MonitorListDto, description: "The deployment's monitors with their state and open alerts" })
  listMonitors(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string) {
    return this.monitors.list(projectId, deploymentId);
  }

  @Post()
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({
    status: 201,
    type: MonitorDto,
    description: "Watches one figure per window (volume, error rate, latency p95, cost per request, data set drift share, a feature's or the prediction's PSI) against warning and alert thresholds; evaluated on schedule from the last complete window",
  })
  createMonitor(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: CreateMonitorDto) {
    return this.monitors.create(principal, projectId, deploymentId, body);
  }

  @Get(":monitorId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: MonitorDto })
  getMonitor(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @UuidParam("monitorId") monitorId: string) {
    return this.monitors.get(projectId, deploymentId, monitorId);
  }

  @Delete(":monitorId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  async deleteMonitor(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @UuidParam("monitorId") monitorId: string): Promise<void> {
    await this.monitors.delete(projectId, deploymentId, monitorId);
  }

  @Get(":monitorId/evaluations")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: MonitorEvaluationPageDto, description: "Each evaluated window, newest first" })
  listMonitorEvaluations(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @UuidParam("monitorId") monitorId: string, @Query() query: EvaluationPageQueryDto) {
    return this.monitors.evaluations(projectId, deploymentId, monitorId, query.page, query.pageSize);
  }

  @Post(":monitorId/evaluate")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: MonitorDto, description: "Evaluates the last complete window now (once: a window already evaluated keeps its result)" })
  evaluateMonitor(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @UuidParam("monitorId") monitorId: string) {
    return this.monitors.evaluateNow(projectId, deploymentId, monitorId);
  }
}

@ApiErrors()
@ApiTags("monitoring")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/alerts")
export class AlertsController {
  constructor(private readonly monitors: MonitorsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: AlertPageDto, description: "The project's alerts, newest first" })
  listAlerts(@Param("projectId") projectId: string, @Query() query: AlertPageQueryDto) {
    return this.monitors.alerts(projectId, query);
  }

  @Post(":alertId/acknowledge")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: AlertDto, description: "Someone is on it (who, when and a note are kept); only an open alert" })
  acknowledgeAlert(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("alertId") alertId: string, @Body() body: AlertActionDto) {
    return this.monitors.acknowledge(principal, projectId, alertId, body.note);
  }

  @Post(":alertId/resolve")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: AlertDto, description: "Closes an open or acknowledged alert (who, when and a note are kept); the monitor may open a new one" })
  resolveAlert(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("alertId") alertId: string, @Body() body: AlertActionDto) {
    return this.monitors.resolve(principal, projectId, alertId, body.note);
  }
}
