import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiErrors } from "../../common/errors/error-response";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { STAGES, type Stage } from "@lifecycle/domain";
import { ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { StageParam, UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import {
  ChecklistItemDto,
  CreateChecklistItemDto,
  CreateTransitionDto,
  ListTransitionsQueryDto,
  ProjectStageDto,
  StageBoardDto,
  TransitionPageDto,
  TransitionResultDto,
  UpdateChecklistItemDto,
  UpdateStageDto,
} from "./stages.dto";
import { StagesService } from "./stages.service";

const STAGE_PARAM = { name: "stage", enum: STAGES };

@ApiErrors()
@ApiTags("stages")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId")
export class StagesController {
  constructor(private readonly stages: StagesService) {}

  @Get("stages")
  @ZodResponse({ status: 200, type: StageBoardDto, description: "Every stage with its status, checklist and gate, and the moves allowed now" })
  @ProjectAccess("VIEWER")
  getStageBoard(@Param("projectId") projectId: string) {
    return this.stages.getStageBoard(projectId);
  }

  @Patch("stages/:stage")
  @ApiParam(STAGE_PARAM)
  @ZodResponse({ status: 200, type: ProjectStageDto })
  @ProjectAccess("CONTRIBUTOR")
  updateStage(@Param("projectId") projectId: string, @StageParam() stage: Stage, @Body() body: UpdateStageDto) {
    return this.stages.updateStage(projectId, stage, body);
  }

  @Post("stages/:stage/checklist")
  @ApiParam(STAGE_PARAM)
  @ZodResponse({ status: 201, type: ChecklistItemDto })
  @ProjectAccess("CONTRIBUTOR")
  addChecklistItem(@Param("projectId") projectId: string, @StageParam() stage: Stage, @Body() body: CreateChecklistItemDto) {
    return this.stages.addChecklistItem(projectId, stage, body.label);
  }

  @Patch("checklist/:itemId")
  @ZodResponse({ status: 200, type: ChecklistItemDto })
  @ProjectAccess("CONTRIBUTOR")
  updateChecklistItem(@Param("projectId") projectId: string, @UuidParam("itemId") itemId: string, @Body() body: UpdateChecklistItemDto) {
    return this.stages.updateChecklistItem(projectId, itemId, body);
  }

  @Delete("checklist/:itemId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  deleteChecklistItem(@Param("projectId") projectId: string, @UuidParam("itemId") itemId: string) {
    return this.stages.deleteChecklistItem(projectId, itemId);
  }

  @Post("transitions")
  @ZodResponse({ status: 201, type: TransitionResultDto, description: "The moved project and its audit entry; an unmet gate answers 409 with the failed checks" })
  @ProjectAccess("LEAD")
  transitionProject(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: CreateTransitionDto) {
    return this.stages.transitionProject(principal, projectId, body);
  }

  @Get("transitions")
  @ZodResponse({ status: 200, type: TransitionPageDto, description: "The audit trail of stage moves, newest first" })
  @ProjectAccess("VIEWER")
  listTransitions(@Param("projectId") projectId: string, @Query() query: ListTransitionsQueryDto) {
    return this.stages.listTransitions(projectId, query.page, query.pageSize);
  }
}
