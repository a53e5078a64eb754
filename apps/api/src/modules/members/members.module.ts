import { Module } from "@nestjs/common";
import { ProjectsModule } from "../projects/projects.module";
import { UsersModule } from "../users/users.module";
import { MyInvitationsController, ProjectInvitationsController } from "./invitations.controller";
import { InvitationsRepository } from "./invitations.repository";
import { InvitationsService } from "./invitations.service";
import { MembersController } from "./members.controller";
import { MembersRepository } from "./members.repository";
import { MembersService } from "./members.service";

@Module({
  imports: [ProjectsModule, UsersModule],
  controllers: [MembersController, ProjectInvitationsController, MyInvitationsController],
  providers: [MembersService, MembersRepository, InvitationsService, InvitationsRepository],
  exports: [MembersService],
})
export class MembersModule {}
