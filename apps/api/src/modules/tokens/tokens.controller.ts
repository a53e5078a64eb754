import { Body, Controller, Delete, Get, Post } from "@nestjs/common";
import { ApiTags } from "@nestjs/swagger";
import { ApiTokenListSchema, ApiTokenSchema, CreatedApiTokenSchema, CreateTokenSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { TokensService } from "./tokens.service";

class CreateTokenDto extends createZodDto(CreateTokenSchema) {}
class ApiTokenDto extends createZodDto(ApiTokenSchema) {}
class CreatedApiTokenDto extends createZodDto(CreatedApiTokenSchema) {}
class ApiTokenListDto extends createZodDto(ApiTokenListSchema) {}

@ApiErrors()
@ApiTags("tokens")
@Controller("v1/tokens")
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  @Get()
  @ZodResponse({ status: 200, type: ApiTokenListDto, description: "Your API tokens, newest first" })
  listTokens(@CurrentPrincipal() principal: Principal) {
    return this.tokens.listTokens(principal);
  }

  @Post()
  @ZodResponse({ status: 201, type: CreatedApiTokenDto, description: "The new token; its secret is shown this once" })
  createToken(@CurrentPrincipal() principal: Principal, @Body() body: CreateTokenDto) {
    return this.tokens.createToken(principal, body);
  }

  @Delete(":tokenId")
  @ZodResponse({ status: 200, type: ApiTokenDto, description: "The revoked token" })
  revokeToken(@CurrentPrincipal() principal: Principal, @UuidParam("tokenId") tokenId: string) {
    return this.tokens.revokeToken(principal, tokenId);
  }
}
