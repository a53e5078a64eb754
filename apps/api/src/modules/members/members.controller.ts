import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { AddMemberSchema, MemberListSchema, MemberSchema, UpdateMemberSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { AdminOnly, CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { MembersService } from "./members.service";

class AddMemberDto extends createZodDto(AddMemberSchema) {}
class UpdateMemberDto extends createZodDto(UpdateMemberSchema) {}
class MemberDto extends createZodDto(MemberSchema) {}
class MemberListDto extends createZodDto(MemberListSchema) {}

@ApiErrors()
@ApiTags("members")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/members")
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ProjectAccess("VIEWER")
  @ZodResponse({ status: 200, type: MemberListDto, description: "The project's members and their roles" })
  listMembers(@Param("projectId") projectId: string) {
    return this.members.listMembers(projectId);
  }

  @Post()
  @AdminOnly()
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 201, type: MemberDto, description: "Adds an existing user by email (admins, who see every user; leads invite instead, which tells nothing of who has an account)" })
  addMember(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: AddMemberDto) {
    return this.members.addMember(principal, projectId, body);
  }

  @Patch(":userId")
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: MemberDto, description: "Changes a member's role; the last lead cannot be demoted (leads)" })
  changeMemberRole(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("userId") userId: string, @Body() body: UpdateMemberDto) {
    return this.members.changeMemberRole(principal, projectId, userId, body.role);
  }

  @Delete(":userId")
  @HttpCode(204)
  @ProjectAccess("LEAD")
  removeMember(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("userId") userId: string) {
    return this.members.removeMember(principal, projectId, userId);
  }
}
