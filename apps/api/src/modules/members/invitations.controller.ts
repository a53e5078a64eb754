import { Body, Controller, Delete, Get, HttpCode, Param, Post } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { InvitationListSchema, InvitationSchema, InviteMemberSchema, MemberSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { InvitationsService } from "./invitations.service";

class InviteMemberDto extends createZodDto(InviteMemberSchema) {}
class InvitationDto extends createZodDto(InvitationSchema) {}
class InvitationListDto extends createZodDto(InvitationListSchema) {}
class AcceptedMemberDto extends createZodDto(MemberSchema) {}

@ApiErrors()
@ApiTags("members")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/invitations")
export class ProjectInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: InvitationListDto, description: "Pending invitations (leads)" })
  listProjectInvitations(@Param("projectId") projectId: string) {
    return this.invitations.listProjectInvitations(projectId);
  }

  @Post()
  @HttpCode(202)
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 202, type: InvitationDto, description: "Invites an email (leads): the same answer whether or not it has an account; the invitee accepts once signed in" })
  createInvitation(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: InviteMemberDto) {
    return this.invitations.invite(principal, projectId, body);
  }

  @Delete(":invitationId")
  @HttpCode(204)
  @ProjectAccess("LEAD")
  revokeInvitation(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("invitationId") invitationId: string) {
    return this.invitations.revoke(principal, projectId, invitationId);
  }
}

@ApiErrors()
@ApiTags("members")
@Controller("v1/invitations")
export class MyInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ZodResponse({ status: 200, type: InvitationListDto, description: "Your pending invitations" })
  listMyInvitations(@CurrentPrincipal() principal: Principal) {
    return this.invitations.listMine(principal);
  }

  @Post(":invitationId/accept")
  @HttpCode(200)
  @ZodResponse({ status: 200, type: AcceptedMemberDto, description: "Accepts an invitation: you become a member with its role" })
  acceptInvitation(@CurrentPrincipal() principal: Principal, @UuidParam("invitationId") invitationId: string) {
    return this.invitations.accept(principal, invitationId);
  }

  @Delete(":invitationId")
  @HttpCode(204)
  declineInvitation(@CurrentPrincipal() principal: Principal, @UuidParam("invitationId") invitationId: string) {
    return this.invitations.decline(principal, invitationId);
  }
}
