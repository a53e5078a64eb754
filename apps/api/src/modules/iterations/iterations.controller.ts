import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { CloseIterationSchema, CreateIterationSchema, IterationPageQuerySchema, IterationPageSchema, IterationSchema, TriggerInputSchema, UpdateIterationSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { IterationsService } from "./iterations.service";

class CreateIterationDto extends createZodDto(CreateIterationSchema) {}
class UpdateIterationDto extends createZodDto(UpdateIterationSchema) {}
class CloseIterationDto extends createZodDto(CloseIterationSchema) {}
class TriggerInputDto extends createZodDto(TriggerInputSchema) {}
class IterationDto extends createZodDto(IterationSchema) {}
class IterationPageDto extends createZodDto(IterationPageSchema) {}
class IterationPageQueryDto extends createZodDto(IterationPageQuerySchema) {}

@ApiErrors()
@ApiTags("iterations")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/iterations")
export class IterationsController {
  constructor(private readonly iterations: IterationsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: IterationPageDto, description: "The project's iterations after the first, newest first: triggers, plan, KPIs before and after" })
  listIterations(@Param("projectId") projectId: string, @Query() query: IterationPageQueryDto) {
    return this.iterations.list(projectId, query.page, query.pageSize);
  }

  @Post()
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: IterationDto, description: "Opens the next iteration from its triggers (alerts, drift, KPIs at risk, feedback, changed requirements) with a hypothesis and planned changes; looping back starts it" })
  openIteration(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: CreateIterationDto) {
    return this.iterations.open(principal, projectId, body);
  }

  @Get(":iterationId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: IterationDto })
  getIteration(@Param("projectId") projectId: string, @UuidParam("iterationId") iterationId: string) {
    return this.iterations.get(projectId, iterationId);
  }

  @Patch(":iterationId")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: IterationDto, description: "Revises the hypothesis or the planned changes until it closes" })
  updateIteration(@Param("projectId") projectId: string, @UuidParam("iterationId") iterationId: string, @Body() body: UpdateIterationDto) {
    return this.iterations.update(projectId, iterationId, body);
  }

  @Post(":iterationId/triggers")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: IterationDto, description: "Records one more reason for it" })
  addIterationTrigger(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("iterationId") iterationId: string, @Body() body: TriggerInputDto) {
    return this.iterations.addTrigger(principal, projectId, iterationId, body);
  }

  @Post(":iterationId/close")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: IterationDto, description: "Closes the started iteration once a new version is live in production, keeping the KPIs and the triggering figures after it" })
  closeIteration(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("iterationId") iterationId: string, @Body() body: CloseIterationDto) {
    return this.iterations.close(principal, projectId, iterationId, body.note);
  }
}
