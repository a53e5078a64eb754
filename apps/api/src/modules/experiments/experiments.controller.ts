import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { CreateExperimentSchema, ExperimentListSchema, ExperimentSchema, MoveExperimentSchema, UpdateExperimentSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { ExperimentsService } from "./experiments.service";

class CreateExperimentDto extends createZodDto(CreateExperimentSchema) {}
class UpdateExperimentDto extends createZodDto(UpdateExperimentSchema) {}
class ExperimentDto extends createZodDto(ExperimentSchema) {}
class ExperimentListDto extends createZodDto(ExperimentListSchema) {}
class MoveExperimentDto extends createZodDto(MoveExperimentSchema) {}

@ApiErrors()
@ApiTags("experiments")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/experiments")
export class ExperimentsController {
  constructor(private readonly experiments: ExperimentsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ExperimentListDto, description: "The project's experiments, newest first" })
  listExperiments(@Param("projectId") projectId: string) {
    return this.experiments.listExperiments(projectId);
  }

  @Post()
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: ExperimentDto })
  createExperiment(@Param("projectId") projectId: string, @Body() body: CreateExperimentDto) {
    return this.experiments.createExperiment(projectId, body);
  }

  @Get(":experimentId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ExperimentDto })
  getExperiment(@Param("projectId") projectId: string, @UuidParam("experimentId") experimentId: string) {
    return this.experiments.getExperiment(projectId, experimentId);
  }

  @Patch(":experimentId")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: ExperimentDto })
  updateExperiment(@Param("projectId") projectId: string, @UuidParam("experimentId") experimentId: string, @Body() body: UpdateExperimentDto) {
    return this.experiments.updateExperiment(projectId, experimentId, body);
  }

  @Post(":experimentId/restore")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: ExperimentDto, description: "The experiment deleted through MLflow, back with the runs deleted along with it" })
  restoreExperiment(@Param("projectId") projectId: string, @UuidParam("experimentId") experimentId: string) {
    return this.experiments.restoreExperiment(projectId, experimentId);
  }

  @Post(":experimentId/move")
  @HttpCode(200)
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: ExperimentDto, description: "The experiment, with its runs, now in the other project (e.g. out of the MLflow imports project). Moving out needs the lead role here (it takes the runs out of this project, as deleting does) and the contributor role there; it is in the security log." })
  changeExperimentProject(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("experimentId") experimentId: string, @Body() body: MoveExperimentDto) {
    return this.experiments.moveExperiment(principal, projectId, experimentId, body);
  }

  @Delete(":experimentId")
  @HttpCode(204)
  @ProjectAccess("LEAD")
  deleteExperiment(@Param("projectId") projectId: string, @UuidParam("experimentId") experimentId: string) {
    return this.experiments.deleteExperiment(projectId, experimentId);
  }
}
