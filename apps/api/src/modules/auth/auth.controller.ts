import { Body, Controller, Get, HttpCode, Post, Req, Res } from "@nestjs/common";
import { ApiTags } from "@nestjs/swagger";
import { AuthStatusSchema, ChangePasswordSchema, MeSchema, ResetPasswordSchema, SetupAdminSchema, SignInSchema } from "@lifecycle/domain";
import type { Request, Response } from "express";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, Public, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { SESSION_COOKIE } from "./auth.guard";
import { UsersService } from "../users/users.service";
import { AuthService, type NewSession } from "./auth.service";

class SignInDto extends createZodDto(SignInSchema) {}
class SetupAdminDto extends createZodDto(SetupAdminSchema) {}
class ChangePasswordDto extends createZodDto(ChangePasswordSchema) {}
class MeDto extends createZodDto(MeSchema) {}
class AuthStatusDto extends createZodDto(AuthStatusSchema) {}
class ResetPasswordDto extends createZodDto(ResetPasswordSchema) {}

function setSessionCookie(request: Request, response: Response, session: NewSession): void {
  response.cookie(SESSION_COOKIE, session.cookieValue, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.secure,
    path: "/",
    expires: session.expiresAt,
  });
}

@ApiErrors()
@ApiTags("auth")
@Controller("v1/auth")
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Get("status")
  @Public()
  @ZodResponse({ status: 200, type: AuthStatusDto, description: "Whether the first admin still has to be created" })
  getAuthStatus() {
    return this.auth.getAuthStatus();
  }

  @Post("setup")
  @Public()
  @HttpCode(204)
  async setupFirstAdmin(@Body() body: SetupAdminDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    setSessionCookie(request, response, await this.auth.setupFirstAdmin(body, request.ip ?? null));
  }

  @Post("sign-in")
  @Public()
  @HttpCode(204)
  async signIn(@Body() body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    setSessionCookie(request, response, await this.auth.signIn(body, request.ip ?? "unknown"));
  }

  @Post("sign-out")
  @HttpCode(204)
  async signOut(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response) {
    await this.auth.signOut(principal);
    response.clearCookie(SESSION_COOKIE, { path: "/" });
  }

  @Get("me")
  @ZodResponse({ status: 200, type: MeDto, description: "Who you are, and the CSRF token for changes made with the session cookie" })
  getMe(@CurrentPrincipal() principal: Principal) {
    return this.auth.getMe(principal);
  }

  @Post("password")
  @HttpCode(204)
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto) {
    return this.auth.changePassword(principal, body);
  }

  @Post("password-reset")
  @Public()
  @HttpCode(204)
  async resetPassword(@Body() body: ResetPasswordDto, @Req() request: Request): Promise<void> {
    await this.users.resetPassword(body, request.ip ?? null);
  }
}
