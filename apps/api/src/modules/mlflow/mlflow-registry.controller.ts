import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from "@nestjs/common";
import { ApiExcludeController } from "@nestjs/swagger";
import { CurrentPrincipal, type Principal } from "../../common/auth/principal";
import type { Body as MlflowBody } from "./mlflow-fields";
import { MlflowRegistryService } from "./mlflow-registry.service";

/** A request as MLflow clients send it: the JSON body (DELETE included), with query parameters filling in what it leaves out. */
const argsOf = (body: unknown, query: unknown): MlflowBody => ({
  ...(query && typeof query === "object" ? (query as MlflowBody) : {}),
  ...(body && typeof body === "object" && !Array.isArray(body) ? (body as MlflowBody) : {}),
});

/**
 * MLflow's Model Registry REST API 2.0 under /api/2.0/mlflow (and /ajax-api through the rewrite), as the 2.x
 * clients call it: `mlflow.register_model`, aliases, `models:/name@alias` and `models:/name/1`. Not in the OpenAPI
 * document: MLflow's own specification describes it.
 */
@ApiExcludeController()
@Controller("2.0/mlflow")
export class MlflowRegistryController {
  constructor(private readonly registry: MlflowRegistryService) {}

  @Post("registered-models/create")
  @HttpCode(200)
  createRegisteredModel(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.createRegisteredModel(principal, argsOf(body, {}));
  }

  @Post("registered-models/rename")
  @HttpCode(200)
  renameRegisteredModel(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.renameRegisteredModel(principal, argsOf(body, {}));
  }

  @Patch("registered-models/update")
  updateRegisteredModel(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.updateRegisteredModel(principal, argsOf(body, {}));
  }

  @Delete("registered-models/delete")
  deleteRegisteredModel(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query() query: unknown) {
    return this.registry.deleteRegisteredModel(principal, argsOf(body, query));
  }

  @Get("registered-models/get")
  getRegisteredModel(@CurrentPrincipal() principal: Principal, @Query("name") name: unknown) {
    return this.registry.getRegisteredModel(principal, name);
  }

  @Get("registered-models/search")
  searchRegisteredModels(@CurrentPrincipal() principal: Principal, @Query() query: unknown) {
    return this.registry.searchRegisteredModels(principal, argsOf({}, query));
  }

  @Post("registered-models/search")
  @HttpCode(200)
  searchRegisteredModelsByBody(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.searchRegisteredModels(principal, argsOf(body, {}));
  }

  @Post("registered-models/get-latest-versions")
  @HttpCode(200)
  getLatestVersions(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.getLatestVersions(principal, argsOf(body, {}));
  }

  @Get("registered-models/get-latest-versions")
  getLatestVersionsByQuery(@CurrentPrincipal() principal: Principal, @Query() query: unknown) {
    return this.registry.getLatestVersions(principal, argsOf({}, query));
  }

  @Post("registered-models/set-tag")
  @HttpCode(200)
  setRegisteredModelTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.setRegisteredModelTag(principal, argsOf(body, {}));
  }

  @Delete("registered-models/delete-tag")
  deleteRegisteredModelTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query() query: unknown) {
    return this.registry.deleteRegisteredModelTag(principal, argsOf(body, query));
  }

  @Post("registered-models/alias")
  @HttpCode(200)
  setRegisteredModelAlias(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.setAlias(principal, argsOf(body, {}));
  }

  @Delete("registered-models/alias")
  deleteRegisteredModelAlias(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query() query: unknown) {
    return this.registry.deleteAlias(principal, argsOf(body, query));
  }

  @Get("registered-models/alias")
  getModelVersionByAlias(@CurrentPrincipal() principal: Principal, @Query("name") name: unknown, @Query("alias") alias: unknown) {
    return this.registry.getVersionByAlias(principal, name, alias);
  }

  @Post("model-versions/create")
  @HttpCode(200)
  createModelVersion(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.createModelVersion(principal, argsOf(body, {}));
  }

  @Patch("model-versions/update")
  updateModelVersion(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.updateModelVersion(principal, argsOf(body, {}));
  }

  @Delete("model-versions/delete")
  deleteModelVersion(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query() query: unknown) {
    return this.registry.deleteModelVersion(principal, argsOf(body, query));
  }

  @Get("model-versions/get")
  getModelVersion(@CurrentPrincipal() principal: Principal, @Query("name") name: unknown, @Query("version") version: unknown) {
    return this.registry.getModelVersion(principal, name, version);
  }

  @Get("model-versions/search")
  searchModelVersions(@CurrentPrincipal() principal: Principal, @Query() query: unknown) {
    return this.registry.searchModelVersions(principal, argsOf({}, query));
  }

  @Post("model-versions/search")
  @HttpCode(200)
  searchModelVersionsByBody(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.searchModelVersions(principal, argsOf(body, {}));
  }

  @Get("model-versions/get-download-uri")
  getModelVersionDownloadUri(@CurrentPrincipal() principal: Principal, @Query("name") name: unknown, @Query("version") version: unknown) {
    return this.registry.getDownloadUri(principal, name, version);
  }

  @Post("model-versions/set-tag")
  @HttpCode(200)
  setModelVersionTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.setModelVersionTag(principal, argsOf(body, {}));
  }

  @Delete("model-versions/delete-tag")
  deleteModelVersionTag(@CurrentPrincipal() principal: Principal, @Body() body: unknown, @Query() query: unknown) {
    return this.registry.deleteModelVersionTag(principal, argsOf(body, query));
  }

  @Post("model-versions/transition-stage")
  @HttpCode(200)
  transitionModelVersionStage(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return this.registry.transitionStage(principal, argsOf(body, {}));
  }
}
