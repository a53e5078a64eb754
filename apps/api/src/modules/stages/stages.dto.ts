import {
  ChecklistItemSchema,
  CreateChecklistItemSchema,
  CreateTransitionSchema,
  ListTransitionsQuerySchema,
  ProjectStageSchema,
  StageBoardSchema,
  TransitionPageSchema,
  TransitionResultSchema,
  UpdateChecklistItemSchema,
  UpdateStageSchema,
} from "@lifecycle/domain";
import { createZodDto } from "nestjs-zod";

export class StageBoardDto extends createZodDto(StageBoardSchema) {}
export class ProjectStageDto extends createZodDto(ProjectStageSchema) {}
export class UpdateStageDto extends createZodDto(UpdateStageSchema) {}
export class ChecklistItemDto extends createZodDto(ChecklistItemSchema) {}
export class CreateChecklistItemDto extends createZodDto(CreateChecklistItemSchema) {}
export class UpdateChecklistItemDto extends createZodDto(UpdateChecklistItemSchema) {}
export class CreateTransitionDto extends createZodDto(CreateTransitionSchema) {}
export class TransitionResultDto extends createZodDto(TransitionResultSchema) {}
export class ListTransitionsQueryDto extends createZodDto(ListTransitionsQuerySchema) {}
export class TransitionPageDto extends createZodDto(TransitionPageSchema) {}
