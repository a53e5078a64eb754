import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import {
  AddAnnotationItemsResultSchema,
  AddAnnotationItemsSchema,
  AnnotateItemSchema,
  AnnotationItemPageQuerySchema,
  AnnotationItemPageSchema,
  AnnotationItemSchema,
  AnnotationQueueListSchema,
  AnnotationQueueSchema,
  ClaimAnnotationResultSchema,
  CreateAnnotationQueueSchema,
  UpdateAnnotationItemSchema,
} from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { AnnotationsService } from "./annotations.service";

class CreateAnnotationQueueDto extends createZodDto(CreateAnnotationQueueSchema) {}
class AnnotationQueueDto extends createZodDto(AnnotationQueueSchema) {}
class AnnotationQueueListDto extends createZodDto(AnnotationQueueListSchema) {}
class AddAnnotationItemsDto extends createZodDto(AddAnnotationItemsSchema) {}
class AddAnnotationItemsResultDto extends createZodDto(AddAnnotationItemsResultSchema) {}
class AnnotationItemDto extends createZodDto(AnnotationItemSchema) {}
class AnnotationItemPageDto extends createZodDto(AnnotationItemPageSchema) {}
class AnnotationItemPageQueryDto extends createZodDto(AnnotationItemPageQuerySchema) {}
class ClaimAnnotationResultDto extends createZodDto(ClaimAnnotationResultSchema) {}
class AnnotateItemDto extends createZodDto(AnnotateItemSchema) {}
class UpdateAnnotationItemDto extends createZodDto(UpdateAnnotationItemSchema) {}

@ApiErrors()
@ApiTags("feedback")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/annotation-queues")
export class AnnotationsController {
  constructor(private readonly annotations: AnnotationsService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: AnnotationQueueListDto, description: "The project's annotation queues with their progress" })
  listAnnotationQueues(@Param("projectId") projectId: string) {
    return this.annotations.listQueues(projectId);
  }

  @Post()
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: AnnotationQueueDto, description: "A queue of predictions to score (with the score configs each gets) or of pairs to choose between" })
  createAnnotationQueue(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: CreateAnnotationQueueDto) {
    return this.annotations.createQueue(principal, projectId, body);
  }

  @Get(":queueId")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: AnnotationQueueDto, description: "A queue, its progress and each reviewer's" })
  getAnnotationQueue(@Param("projectId") projectId: string, @UuidParam("queueId") queueId: string) {
    return this.annotations.getQueue(projectId, queueId);
  }

  @Delete(":queueId")
  @HttpCode(204)
  @ProjectAccess("CONTRIBUTOR")
  async deleteAnnotationQueue(@Param("projectId") projectId: string, @UuidParam("queueId") queueId: string): Promise<void> {
    await this.annotations.deleteQueue(projectId, queueId);
  }

  @Post(":queueId/items")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: AddAnnotationItemsResultDto, description: "Adds predictions (named, or a random sample of a window) or pairs, dealt to the assignees in turn" })
  addAnnotationItems(@Param("projectId") projectId: string, @UuidParam("queueId") queueId: string, @Body() body: AddAnnotationItemsDto) {
    return this.annotations.addItems(projectId, queueId, body);
  }

  @Get(":queueId/items")
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: AnnotationItemPageDto, description: "The queue's items in order, by status or assignee (me, none, or a user's id)" })
  listAnnotationItems(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("queueId") queueId: string, @Query() query: AnnotationItemPageQueryDto) {
    return this.annotations.listItems(principal, projectId, queueId, query);
  }

  @Post(":queueId/claim")
  @HttpCode(200)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: ClaimAnnotationResultDto, description: "The caller's next item to review: theirs first, then an unassigned one (now theirs)" })
  claimAnnotationItem(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("queueId") queueId: string) {
    return this.annotations.claim(principal, projectId, queueId);
  }

  @Post(":queueId/items/:itemId/annotation")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 201, type: AnnotationItemDto, description: "Answers an item: its scores (recorded as a domain expert's) or the choice between its answers (a preference)" })
  annotateAnnotationItem(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("queueId") queueId: string, @UuidParam("itemId") itemId: string, @Body() body: AnnotateItemDto) {
    return this.annotations.annotate(principal, projectId, queueId, itemId, body);
  }

  @Patch(":queueId/items/:itemId")
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: AnnotationItemDto, description: "Reassigns an open item, or skips it (and puts it back)" })
  updateAnnotationItem(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("queueId") queueId: string, @UuidParam("itemId") itemId: string, @Body() body: UpdateAnnotationItemDto) {
    return this.annotations.updateItem(principal, projectId, queueId, itemId, body);
  }
}
