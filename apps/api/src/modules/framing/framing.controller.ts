import { Body, Controller, Get, Param, Put } from "@nestjs/common";
import { ApiErrors } from "../../common/errors/error-response";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { VOCABULARIES } from "@lifecycle/domain";
import { ZodResponse } from "nestjs-zod";
import { ProjectAccess } from "../../common/auth/principal";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { FramingDto, UpsertFramingDto, VocabulariesDto } from "./framing.dto";
import { FramingService } from "./framing.service";

@ApiErrors()
@ApiTags("framing")
@Controller("v1")
export class FramingController {
  constructor(private readonly framing: FramingService) {}

  @Get("projects/:projectId/framing")
  @ApiParam(PROJECT_PARAM)
  @ZodResponse({ status: 200, type: FramingDto, description: "The problem framing; every field null before it is first saved" })
  @ProjectAccess("VIEWER")
  getFraming(@Param("projectId") projectId: string) {
    return this.framing.getFraming(projectId);
  }

  @Put("projects/:projectId/framing")
  @ApiParam(PROJECT_PARAM)
  @ZodResponse({ status: 200, type: FramingDto })
  @ProjectAccess("CONTRIBUTOR")
  saveFraming(@Param("projectId") projectId: string, @Body() body: UpsertFramingDto) {
    return this.framing.saveFraming(projectId, body);
  }

  @Get("vocabularies")
  @ZodResponse({ status: 200, type: VocabulariesDto, description: "Task types, learning paradigms, model families, application areas and approaches" })
  listVocabularies() {
    return VOCABULARIES;
  }
}
