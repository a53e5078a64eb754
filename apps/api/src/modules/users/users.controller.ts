import { Body, Controller, Get, HttpCode, Post, Req } from "@nestjs/common";
import { ApiTags } from "@nestjs/swagger";
import { CreateUserSchema, PasswordResetLinkSchema, UserListSchema, UserSchema } from "@lifecycle/domain";
import type { Request } from "express";
import { UuidParam } from "../../common/params";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { AdminOnly, CurrentPrincipal, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UsersService } from "./users.service";

class CreateUserDto extends createZodDto(CreateUserSchema) {}
class UserDto extends createZodDto(UserSchema) {}
class UserListDto extends createZodDto(UserListSchema) {}
class PasswordResetLinkDto extends createZodDto(PasswordResetLinkSchema) {}

@ApiErrors()
@ApiTags("users")
@Controller("v1/users")
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @AdminOnly()
  @ZodResponse({ status: 200, type: UserListDto, description: "Every user (admins)" })
  listUsers() {
    return this.users.listUsers();
  }

  @Post()
  @AdminOnly()
  @ZodResponse({ status: 201, type: UserDto, description: "A new user, who can then sign in (admins)" })
  createUser(@Body() body: CreateUserDto, @CurrentPrincipal() principal: Principal) {
    return this.users.createUser(body, principal);
  }

  @Post(":userId/deactivate")
  @HttpCode(200)
  @AdminOnly()
  @ZodResponse({ status: 200, type: UserDto, description: "Ends the user's sessions, stops their tokens and refuses their sign-in (not yourself, not the last active admin)" })
  deactivateUser(@CurrentPrincipal() principal: Principal, @UuidParam("userId") userId: string) {
    return this.users.deactivate(principal, userId);
  }

  @Post(":userId/reactivate")
  @HttpCode(200)
  @AdminOnly()
  @ZodResponse({ status: 200, type: UserDto, description: "Lets a deactivated user sign in again; their unexpired tokens work again" })
  reactivateUser(@CurrentPrincipal() principal: Principal, @UuidParam("userId") userId: string) {
    return this.users.reactivate(principal, userId);
  }

  @Post(":userId/password-reset")
  @AdminOnly()
  @ZodResponse({ status: 201, type: PasswordResetLinkDto, description: "A one-time link (24 h) for the user to set a new password; shown once, it replaces an earlier one" })
  createPasswordReset(@CurrentPrincipal() principal: Principal, @UuidParam("userId") userId: string, @Req() request: Request) {
    return this.users.issueResetLink(principal, userId, `${request.protocol}://${request.get("host") ?? "localhost"}`);
  }

  @Post(":userId/unlock")
  @HttpCode(204)
  @AdminOnly()
  async unlockUser(@CurrentPrincipal() principal: Principal, @UuidParam("userId") userId: string): Promise<void> {
    await this.users.unlock(principal, userId);
  }
}
