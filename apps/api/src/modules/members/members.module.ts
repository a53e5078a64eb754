import { Module } from "@nestjs/common";
import { ProjectsModule } from "../projects/projects.module";
import { UsersModule } from "../users/users.module";
import { MembersController } from "./members.controller";
import { MembersRepository } from "./members.repository";
import { MembersService } from "./members.service";

@Module({ imports: [ProjectsModule, UsersModule], controllers: [MembersController], providers: [MembersService, MembersRepository], exports: [MembersService] })
export class MembersModule {}
