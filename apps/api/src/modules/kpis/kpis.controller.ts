import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiErrors } from "../../common/errors/error-response";
import { ApiHeader, ApiParam, ApiTags } from "@nestjs/swagger";
import { ZodResponse } from "nestjs-zod";
import { ProjectAccess } from "../../common/auth/principal";
import { IdempotencyKey, UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import {
  CreateKpiDto,
  CreateMeasurementDto,
  KpiDto,
  KpiListDto,
  ListMeasurementsQueryDto,
  MeasurementDto,
  MeasurementPageDto,
  UpdateKpiDto,
  UpdateMeasurementDto,
} from "./kpis.dto";
import { KpisService } from "./kpis.service";

@ApiErrors()
@ApiTags("kpis")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/kpis")
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  @Get()
  @ZodResponse({ status: 200, type: KpiListDto, description: "The project's KPIs with their current assessment" })
  @ProjectAccess("VIEWER")
  listKpis(@Param("projectId") projectId: string) {
    return this.kpis.listKpis(projectId);
  }

  @Post()
  @ZodResponse({ status: 201, type: KpiDto })
  @ProjectAccess("CONTRIBUTOR")
  createKpi(@Param("projectId") projectId: string, @Body() body: CreateKpiDto) {
    return this.kpis.createKpi(projectId, body);
  }

  @Get(":kpiId")
  @ZodResponse({ status: 200, type: KpiDto })
  @ProjectAccess("VIEWER")
  getKpi(@Param("projectId") projectId: string, @UuidParam("kpiId") kpiId: string) {
    return this.kpis.getKpi(projectId, kpiId);
  }

  @Patch(":kpiId")
  @ZodResponse({ status: 200, type: KpiDto })
  @ProjectAccess("CONTRIBUTOR")
  updateKpi(@Param("projectId") projectId: string, @UuidParam("kpiId") kpiId: string, @Body() body: UpdateKpiDto) {
    return this.kpis.updateKpi(projectId, kpiId, body);
  }

  @Delete(":kpiId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  deleteKpi(@Param("projectId") projectId: string, @UuidParam("kpiId") kpiId: string) {
    return this.kpis.deleteKpi(projectId, kpiId);
  }

  @Get(":kpiId/measurements")
  @ZodResponse({ status: 200, type: MeasurementPageDto, description: "Measurements, newest first" })
  @ProjectAccess("VIEWER")
  listKpiMeasurements(@Param("projectId") projectId: string, @UuidParam("kpiId") kpiId: string, @Query() query: ListMeasurementsQueryDto) {
    return this.kpis.listMeasurements(projectId, kpiId, query.page, query.pageSize);
  }

  @Post(":kpiId/measurements")
  @ZodResponse({ status: 201, type: MeasurementDto })
  @ProjectAccess("CONTRIBUTOR")
  @ApiHeader({ name: "Idempotency-Key", required: false, description: "Makes retries safe: the same key again writes nothing and answers the first result" })
  addKpiMeasurement(
    @Param("projectId") projectId: string,
    @UuidParam("kpiId") kpiId: string,
    @Body() body: CreateMeasurementDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.kpis.addMeasurement(projectId, kpiId, body, idempotencyKey);
  }

  @Patch(":kpiId/measurements/:measurementId")
  @ZodResponse({ status: 200, type: MeasurementDto, description: "Corrects a measurement: its value, when it was measured, its source or note" })
  @ProjectAccess("CONTRIBUTOR")
  updateKpiMeasurement(
    @Param("projectId") projectId: string,
    @UuidParam("kpiId") kpiId: string,
    @UuidParam("measurementId") measurementId: string,
    @Body() body: UpdateMeasurementDto,
  ) {
    return this.kpis.updateMeasurement(projectId, kpiId, measurementId, body);
  }

  @Delete(":kpiId/measurements/:measurementId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  deleteKpiMeasurement(
    @Param("projectId") projectId: string,
    @UuidParam("kpiId") kpiId: string,
    @UuidParam("measurementId") measurementId: string,
  ) {
    return this.kpis.deleteMeasurement(projectId, kpiId, measurementId);
  }
}
