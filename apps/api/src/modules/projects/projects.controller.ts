import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiErrors } from "../../common/errors/error-response";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { ZodResponse } from "nestjs-zod";
import { CreateProjectDto, ListProjectsQueryDto, ProjectDto, ProjectPageDto, UpdateProjectDto } from "./projects.dto";
import { ProjectsService } from "./projects.service";

export const PROJECT_PARAM = { name: "projectId", description: "Project id or slug" };

@ApiErrors()
@ApiTags("projects")
@Controller("v1/projects")
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @ZodResponse({ status: 200, type: ProjectPageDto, description: "Projects, filtered, sorted and paged" })
  listProjects(@Query() query: ListProjectsQueryDto) {
    return this.projects.listProjects(query);
  }

  @Post()
  @ZodResponse({ status: 201, type: ProjectDto, description: "The created project, in its first stage" })
  createProject(@Body() body: CreateProjectDto) {
    return this.projects.createProject(body);
  }

  @Get(":projectId")
  @ApiParam(PROJECT_PARAM)
  @ZodResponse({ status: 200, type: ProjectDto })
  getProject(@Param("projectId") projectId: string) {
    return this.projects.getProject(projectId);
  }

  @Patch(":projectId")
  @ApiParam(PROJECT_PARAM)
  @ZodResponse({ status: 200, type: ProjectDto, description: "The updated project; a stale version answers 409" })
  updateProject(@Param("projectId") projectId: string, @Body() body: UpdateProjectDto) {
    return this.projects.updateProject(projectId, body);
  }

  @Delete(":projectId")
  @HttpCode(204)
  @ApiParam(PROJECT_PARAM)
  deleteProject(@Param("projectId") projectId: string) {
    return this.projects.deleteProject(projectId);
  }
}
