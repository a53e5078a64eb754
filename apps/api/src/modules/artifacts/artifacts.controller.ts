import { Controller, Delete, Get, HttpCode, Param, Put, Query, Req, StreamableFile } from "@nestjs/common";
import { ApiBody, ApiConsumes, ApiParam, ApiProduces, ApiResponse, ApiTags } from "@nestjs/swagger";
import { ArtifactContentQuerySchema, ArtifactListSchema, ListArtifactsQuerySchema, SavedArtifactSchema } from "@lifecycle/domain";
import type { Request } from "express";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { ProjectAccess } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { ArtifactsService, inlineType } from "./artifacts.service";

class ListArtifactsQueryDto extends createZodDto(ListArtifactsQuerySchema) {}
class ArtifactContentQueryDto extends createZodDto(ArtifactContentQuerySchema) {}
class ArtifactListDto extends createZodDto(ArtifactListSchema) {}
class SavedArtifactDto extends createZodDto(SavedArtifactSchema) {}

/** The routes whose request bodies are artifact bytes, streamed to the store: no body parser may read them. */
export const ARTIFACT_UPLOAD_PATHS = [/^\/api\/v1\/projects\/[^/]+\/runs\/[^/]+\/artifacts\/content(\?|$)/, /^\/api\/2\.0\/mlflow-artifacts\/artifacts\//];

/** Sends a stored file: shown in the browser when asked and safe to show, else as a download. */
export function artifactResponse(file: { stream: NodeJS.ReadableStream; size: number; name: string }, inline: boolean): StreamableFile {
  const shown = inline ? inlineType(file.name) : null;
  return new StreamableFile(file.stream as never, {
    type: shown ?? "application/octet-stream",
    length: file.size,
    // The plain filename in ASCII (header values allow no more), the exact one UTF-8-encoded beside it.
    disposition: `${shown ? "inline" : "attachment"}; filename="${file.name.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
}

@ApiErrors()
@ApiTags("artifacts")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/runs/:runId/artifacts")
export class ArtifactsController {
  constructor(private readonly artifacts: ArtifactsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ArtifactListDto, description: "The files and folders in one folder of the run's artifacts" })
  listArtifacts(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Query() query: ListArtifactsQueryDto) {
    return this.artifacts.listArtifacts(projectId, runId, query.path);
  }

  @Get("content")
  @ProjectAccess("VIEWER")
  @ApiProduces("application/octet-stream")
  @ApiResponse({ status: 200, description: "The file's bytes, streamed; images and text inline when asked", schema: { type: "string", format: "binary" } })
  async getArtifactContent(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Query() query: ArtifactContentQueryDto) {
    return artifactResponse(await this.artifacts.readArtifact(projectId, runId, query.path), query.inline === "true");
  }

  @Put("content")
  @ProjectAccess("CONTRIBUTOR")
  @ApiConsumes("application/octet-stream")
  @ApiBody({ description: "The file's bytes, streamed to the store (any content type)", schema: { type: "string", format: "binary" } })
  @ZodResponse({ status: 200, type: SavedArtifactDto, description: "The file written (replacing one at the same path)" })
  saveArtifact(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Query() query: ArtifactContentQueryDto, @Req() request: Request) {
    return this.artifacts.saveArtifact(projectId, runId, query.path, request);
  }

  @Delete("content")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  async deleteArtifact(@Param("projectId") projectId: string, @UuidParam("runId") runId: string, @Query() query: ArtifactContentQueryDto): Promise<void> {
    await this.artifacts.deleteArtifact(projectId, runId, query.path);
  }
}
