import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiErrors } from "../../common/errors/error-response";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
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
  listProjects(@CurrentPrincipal() principal: Principal, @Query() query: ListProjectsQueryDto) {
    return this.projects.listProjects(principal, query);
  }

  @Post()
  @ZodResponse({ status: 201, type: ProjectDto, description: "The created project, in its first stage, with you as its lead" })
  createProject(@CurrentPrincipal() principal: Principal, @Body() body: CreateProjectDto) {
    return this.projects.createProject(principal, body);
  }

  @Get(":projectId")
  @ApiParam(PROJECT_PARAM)
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: ProjectDto })
  getProject(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string) {
    return this.projects.getProject(principal, projectId);
  }

  @Patch(":projectId")
  @ApiParam(PROJECT_PARAM)
  @ProjectAccess("CONTRIBUTOR")
  @ZodResponse({ status: 200, type: ProjectDto, description: "The updated project; a stale version answers 409" })
  updateProject(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: UpdateProjectDto) {
    return this.projects.updateProject(principal, projectId, body);
  }

  @Delete(":projectId")
  @HttpCode(204)
  @ApiParam(PROJECT_PARAM)
  @ProjectAccess("LEAD")
  deleteProject(@Param("projectId") projectId: string) {
    return this.projects.deleteProject(projectId);
  }
}
