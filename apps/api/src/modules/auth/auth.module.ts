import { DynamicModule, Module } from "@nestjs/common";
import { APP_GUARD } from "@nestjs/core";
import { ProjectsModule } from "../projects/projects.module";
import { TokensModule } from "../tokens/tokens.module";
import { UsersModule } from "../users/users.module";
import { AuthConfig } from "./auth-config";
import { AuthController } from "./auth.controller";
import { AuthGuard } from "./auth.guard";
import { AuthService } from "./auth.service";
import { ProjectAccessGuard } from "./project-access.guard";
import { SessionsRepository } from "./sessions.repository";
import { SignInFailuresRepository } from "./sign-in-failures.repository";

/** Sign-in, sessions and the two global guards: who is calling, and may they touch this project. */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      imports: [UsersModule, TokensModule, ProjectsModule],
      controllers: [AuthController],
      providers: [
        { provide: AuthConfig, useValue: config },
        AuthService,
        SessionsRepository,
        SignInFailuresRepository,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: ProjectAccessGuard },
      ],
      exports: [AuthService],
    };
  }
}
