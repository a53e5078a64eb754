import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import {
  AliasAtQuerySchema,
  AliasEventPageSchema,
  AliasHistoryQuerySchema,
  CreateModelVersionSchema,
  CreateRegisteredModelSchema,
  DeleteAliasQuerySchema,
  ModelPageQuerySchema,
  ModelVersionPageSchema,
  ModelVersionSchema,
  RegisteredModelPageSchema,
  RegisteredModelSchema,
  ReviewModelVersionSchema,
  SetAliasSchema,
  UpdateModelVersionSchema,
  UpdateRegisteredModelSchema,
  VersionPageQuerySchema,
  AliasAtSchema,
} from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { PositiveIntParam, UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { RegistryService } from "./registry.service";

class CreateRegisteredModelDto extends createZodDto(CreateRegisteredModelSchema) {}
class UpdateRegisteredModelDto extends createZodDto(UpdateRegisteredModelSchema) {}
class RegisteredModelDto extends createZodDto(RegisteredModelSchema) {}
class RegisteredModelPageDto extends createZodDto(RegisteredModelPageSchema) {}
class ModelPageQueryDto extends createZodDto(ModelPageQuerySchema) {}
class CreateModelVersionDto extends createZodDto(CreateModelVersionSchema) {}
class UpdateModelVersionDto extends createZodDto(UpdateModelVersionSchema) {}
class ModelVersionDto extends createZodDto(ModelVersionSchema) {}
class ModelVersionPageDto extends createZodDto(ModelVersionPageSchema) {}
class VersionPageQueryDto extends createZodDto(VersionPageQuerySchema) {}
class ReviewModelVersionDto extends createZodDto(ReviewModelVersionSchema) {}
class SetAliasDto extends createZodDto(SetAliasSchema) {}
class DeleteAliasQueryDto extends createZodDto(DeleteAliasQuerySchema) {}
class AliasAtQueryDto extends createZodDto(AliasAtQuerySchema) {}
class AliasAtDto extends createZodDto(AliasAtSchema) {}
class AliasHistoryQueryDto extends createZodDto(AliasHistoryQuerySchema) {}
class AliasEventPageDto extends createZodDto(AliasEventPageSchema) {}

@ApiErrors()
@ApiTags("models")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/models")
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RegisteredModelPageDto, description: "The project's registered models, most recently changed first" })
  listModels(@Param("projectId") projectId: string, @Query() query: ModelPageQueryDto) {
    return this.registry.listModels(projectId, query);
  }

  @Post()
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: RegisteredModelDto })
  createModel(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: CreateRegisteredModelDto) {
    return this.registry.createModel(principal, projectId, body);
  }

  @Get(":modelId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: RegisteredModelDto })
  getModel(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string) {
    return this.registry.getModel(projectId, modelId);
  }

  @Patch(":modelId")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: RegisteredModelDto })
  updateModel(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @Body() body: UpdateRegisteredModelDto) {
    return this.registry.updateModel(projectId, modelId, body);
  }

  @Delete(":modelId")
  @HttpCode(204)
  @ProjectAccess("LEAD")
  deleteModel(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string) {
    return this.registry.deleteModel(projectId, modelId);
  }

  @Get(":modelId/versions")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ModelVersionPageDto, description: "Newest first, each with its evidence and approval" })
  listModelVersions(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @Query() query: VersionPageQueryDto) {
    return this.registry.listVersions(projectId, modelId, query);
  }

  @Post(":modelId/versions")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: ModelVersionDto, description: "Numbered after the last; a run's params, test figures and fit verdict are frozen into it as evidence" })
  createModelVersion(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @Body() body: CreateModelVersionDto) {
    return this.registry.createVersion(principal, projectId, modelId, body);
  }

  @Get(":modelId/versions/:version")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ModelVersionDto })
  getModelVersion(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @PositiveIntParam("version") version: number) {
    return this.registry.getVersion(projectId, modelId, version);
  }

  @Patch(":modelId/versions/:version")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: ModelVersionDto, description: "Description, format, size, model card and tags; the evidence never changes" })
  updateModelVersion(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @PositiveIntParam("version") version: number, @Body() body: UpdateModelVersionDto) {
    return this.registry.updateVersion(projectId, modelId, version, body);
  }

  @Delete(":modelId/versions/:version")
  @HttpCode(204)
  @ProjectAccess("LEAD")
  deleteModelVersion(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @PositiveIntParam("version") version: number) {
    return this.registry.deleteVersion(principal, projectId, modelId, version);
  }

  @Post(":modelId/versions/:version/review")
  @HttpCode(200)
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: ModelVersionDto, description: "Approve or reject with a reason; approval needs the evidence to meet the KPI-linked checks (409 naming what fails) unless overridden (audited)" })
  reviewModelVersion(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @PositiveIntParam("version") version: number, @Body() body: ReviewModelVersionDto) {
    return this.registry.reviewVersion(principal, projectId, modelId, version, body);
  }

  @Put(":modelId/aliases/:alias")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: RegisteredModelDto, description: "Points the alias at a version; the move is kept in its history" })
  setModelAlias(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @Param("alias") alias: string, @Body() body: SetAliasDto) {
    return this.registry.setAlias(principal, projectId, modelId, alias, body);
  }

  @Delete(":modelId/aliases/:alias")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  deleteModelAlias(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @Param("alias") alias: string, @Query() query: DeleteAliasQueryDto) {
    return this.registry.deleteAlias(principal, projectId, modelId, alias, query.reason ?? null);
  }

  @Get(":modelId/aliases/:alias")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: AliasAtDto, description: "Which version the alias pointed to at an instant (default now), with all its periods" })
  getModelAlias(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @Param("alias") alias: string, @Query() query: AliasAtQueryDto) {
    return this.registry.aliasAt(projectId, modelId, alias, query.at ? new Date(query.at) : new Date());
  }

  @Get(":modelId/alias-history")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: AliasEventPageDto, description: "Every move of the model's aliases, newest first: who, from which version to which, when, why" })
  listModelAliasHistory(@Param("projectId") projectId: string, @UuidParam("modelId") modelId: string, @Query() query: AliasHistoryQueryDto) {
    return this.registry.aliasHistory(projectId, modelId, query);
  }
}
