import { All, Controller, Delete, Get, HttpCode, Put, Query, Req } from "@nestjs/common";
import { ApiExcludeController } from "@nestjs/swagger";
import type { Request } from "express";
import { CurrentPrincipal, type Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { artifactResponse } from "../artifacts/artifacts.controller";
import { MlflowArtifactsService } from "./mlflow-artifacts.service";

/** The wildcard's segments as one path (Express 5 gives them as a list). */
function wildcard(request: Request): string {
  const value = (request.params as Record<string, unknown>).path;
  return Array.isArray(value) ? value.join("/") : String(value ?? "");
}

/**
 * MLflow's artifact proxy (`mlflow server --serve-artifacts`): runs' artifact URIs
 * are mlflow-artifacts:/<experiment>/<run>/artifacts, which MLflow clients resolve
 * to these routes. Bodies are streamed to the store and back.
 */
@ApiExcludeController()
@Controller("2.0/mlflow-artifacts")
export class MlflowArtifactsController {
  constructor(private readonly artifacts: MlflowArtifactsService) {}

  @Get("artifacts")
  list(@CurrentPrincipal() principal: Principal, @Query("path") path: unknown) {
    return this.artifacts.list(principal, typeof path === "string" ? path : "");
  }

  @Put("artifacts/*path")
  @HttpCode(200)
  upload(@CurrentPrincipal() principal: Principal, @Req() request: Request) {
    return this.artifacts.upload(principal, wildcard(request), request);
  }

  @Get("artifacts/*path")
  async download(@CurrentPrincipal() principal: Principal, @Req() request: Request) {
    return artifactResponse(await this.artifacts.download(principal, wildcard(request)), false);
  }

  @Delete("artifacts/*path")
  @HttpCode(200)
  delete(@CurrentPrincipal() principal: Principal, @Req() request: Request) {
    return this.artifacts.delete(principal, wildcard(request));
  }

  @All("*path")
  unknown(): never {
    throw new DomainError("ROUTE_NOT_FOUND", "This MLflow artifacts endpoint is not served.");
  }
}
