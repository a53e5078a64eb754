import {
  CreateProjectSchema,
  ListProjectsQuerySchema,
  ProjectPageSchema,
  ProjectSchema,
  UpdateProjectSchema,
} from "@lifecycle/domain";
import { createZodDto } from "nestjs-zod";

export class CreateProjectDto extends createZodDto(CreateProjectSchema) {}
export class UpdateProjectDto extends createZodDto(UpdateProjectSchema) {}
export class ListProjectsQueryDto extends createZodDto(ListProjectsQuerySchema) {}
export class ProjectDto extends createZodDto(ProjectSchema) {}
export class ProjectPageDto extends createZodDto(ProjectPageSchema) {}
