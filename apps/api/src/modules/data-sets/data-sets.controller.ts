import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { CreateDataSetSchema, CreateDataSetVersionSchema, DataSetListSchema, DataSetSchema, LinkRunDataSchema, RunDataListSchema, RunDataSchema, RunInputListSchema, UpdateDataSetSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { ProjectAccess } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { DataSetsService } from "./data-sets.service";

class CreateDataSetDto extends createZodDto(CreateDataSetSchema) {}
class UpdateDataSetDto extends createZodDto(UpdateDataSetSchema) {}
class CreateDataSetVersionDto extends createZodDto(CreateDataSetVersionSchema) {}
class DataSetDto extends createZodDto(DataSetSchema) {}
class DataSetListDto extends createZodDto(DataSetListSchema) {}
class LinkRunDataDto extends createZodDto(LinkRunDataSchema) {}
class RunDataDto extends createZodDto(RunDataSchema) {}
class RunDataListDto extends createZodDto(RunDataListSchema) {}
class RunInputListDto extends createZodDto(RunInputListSchema) {}

@ApiErrors()
@ApiTags("data")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId")
export class DataSetsController {
  constructor(private readonly dataSets: DataSetsService) {}

  @Get("data-sets")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: DataSetListDto, description: "The project's data sets with their versions (newest first), splits and the runs that used them" })
  listDataSets(@Param("projectId") projectId: string) {
    return this.dataSets.listDataSets(projectId);
  }

  @Post("data-sets")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: DataSetDto })
  createDataSet(@Param("projectId") projectId: string, @Body() body: CreateDataSetDto) {
    return this.dataSets.createDataSet(projectId, body);
  }

  @Get("data-sets/:dataSetId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: DataSetDto })
  getDataSet(@Param("projectId") projectId: string, @UuidParam("dataSetId") dataSetId: string) {
    return this.dataSets.getDataSet(projectId, dataSetId);
  }

  @Patch("data-sets/:dataSetId")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: DataSetDto })
  updateDataSet(@Param("projectId") projectId: string, @UuidParam("dataSetId") dataSetId: string, @Body() body: UpdateDataSetDto) {
    return this.dataSets.updateDataSet(projectId, dataSetId, body);
  }

  @Delete("data-sets/:dataSetId")
  @HttpCode(204)
  @ProjectAccess("LEAD")
  deleteDataSet(@Param("projectId") projectId: string, @UuidParam("dataSetId") dataSetId: string) {
    return this.dataSets.deleteDataSet(projectId, dataSetId);
  }

  @Post("data-sets/:dataSetId/versions")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: DataSetDto, description: "Adds an immutable version, numbered after the last; its split counts must add up to itemCount" })
  createDataSetVersion(@Param("projectId") projectId: string, @UuidParam("dataSetId") dataSetId: string, @Body() body: CreateDataSetVersionDto) {
    return this.dataSets.createVersion(projectId, dataSetId, body);
  }

  @Get("runs/:runId/inputs")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RunInputListDto, description: "The data sets MLflow clients logged as the run's inputs (mlflow.log_input)" })
  listRunInputs(@Param("projectId") projectId: string, @UuidParam("runId") runId: string) {
    return this.dataSets.listRunInputs(projectId, runId);
  }

  @Get("runs/:runId/data")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RunDataListDto, description: "The data set splits the run trained or was evaluated on" })
  listRunData(@Param("projectId") projectId: string, @UuidParam("runId") runId: string) {
    return this.dataSets.listRunData(projectId, runId);
  }

  @Post("runs/:runId/data")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: RunDataDto })
  addRunData(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Body() body: LinkRunDataDto) {
    return this.dataSets.linkRunData(projectId, runId, body);
  }

  @Delete("runs/:runId/data/:useId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  removeRunData(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @UuidParam("useId") useId: string) {
    return this.dataSets.unlinkRunData(projectId, runId, useId);
  }
}
