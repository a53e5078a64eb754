import { Body, Controller, Get, HttpCode, Param, Post, Query } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import {
  ChangeDeploymentStatusSchema,
  CreateDeploymentSchema,
  DeploymentEventPageSchema,
  DeploymentPageQuerySchema,
  DeploymentPageSchema,
  DeploymentSchema,
  RollBackDeploymentSchema,
  ShiftTrafficSchema,
  PaginationQuery,
} from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { z } from "zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { DeploymentsService } from "./deployments.service";

class CreateDeploymentDto extends createZodDto(CreateDeploymentSchema) {}
class ShiftTrafficDto extends createZodDto(ShiftTrafficSchema) {}
class ChangeDeploymentStatusDto extends createZodDto(ChangeDeploymentStatusSchema) {}
class RollBackDeploymentDto extends createZodDto(RollBackDeploymentSchema) {}
class DeploymentDto extends createZodDto(DeploymentSchema) {}
class DeploymentPageDto extends createZodDto(DeploymentPageSchema) {}
class DeploymentPageQueryDto extends createZodDto(DeploymentPageQuerySchema) {}
class DeploymentEventPageDto extends createZodDto(DeploymentEventPageSchema) {}
class EventPageQueryDto extends createZodDto(z.strictObject({ ...PaginationQuery })) {}

@ApiErrors()
@ApiTags("deployments")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/deployments")
export class DeploymentsController {
  constructor(private readonly deployments: DeploymentsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: DeploymentPageDto, description: "Production first, then staging and dev; retired ones only with includeRetired=true" })
  listDeployments(@Param("projectId") projectId: string, @Query() query: DeploymentPageQueryDto) {
    return this.deployments.listDeployments(projectId, query);
  }

  @Post()
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: DeploymentDto, description: "Live traffic of the variants adds up to 100 %; production needs approved versions (409) unless a lead overrides with a reason" })
  createDeployment(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: CreateDeploymentDto) {
    return this.deployments.createDeployment(principal, projectId, body);
  }

  @Get(":deploymentId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: DeploymentDto })
  getDeployment(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string) {
    return this.deployments.getDeployment(projectId, deploymentId);
  }

  @Post(":deploymentId/traffic")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: DeploymentDto, description: "Replaces the variant set (shift a canary's share, add a shadow …)" })
  changeDeploymentTraffic(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: ShiftTrafficDto) {
    return this.deployments.shiftTraffic(principal, projectId, deploymentId, body);
  }

  @Post(":deploymentId/status")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: DeploymentDto, description: "planned → deploying → live → degraded …, retired last" })
  changeDeploymentStatus(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: ChangeDeploymentStatusDto) {
    return this.deployments.changeStatus(principal, projectId, deploymentId, body);
  }

  @Post(":deploymentId/rollback")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: DeploymentDto, description: "Restores the variant set before the latest change, in one call, with the reason kept" })
  rollBackDeployment(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Body() body: RollBackDeploymentDto) {
    return this.deployments.rollBack(principal, projectId, deploymentId, body.reason);
  }

  @Get(":deploymentId/events")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: DeploymentEventPageDto, description: "The timeline, newest first: created, status changes, traffic shifts, rollbacks" })
  listDeploymentEvents(@Param("projectId") projectId: string, @UuidParam("deploymentId") deploymentId: string, @Query() query: EventPageQueryDto) {
    return this.deployments.listEvents(projectId, deploymentId, query);
  }
}
