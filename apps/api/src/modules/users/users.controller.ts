import { Body, Controller, Get, Post } from "@nestjs/common";
import { ApiTags } from "@nestjs/swagger";
import { CreateUserSchema, UserListSchema, UserSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { AdminOnly, CurrentPrincipal, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UsersService } from "./users.service";

class CreateUserDto extends createZodDto(CreateUserSchema) {}
class UserDto extends createZodDto(UserSchema) {}
class UserListDto extends createZodDto(UserListSchema) {}

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
}
