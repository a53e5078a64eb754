import { Controller, Get, Res } from "@nestjs/common";
import { ApiErrors } from "../../common/errors/error-response";
import { ApiTags } from "@nestjs/swagger";
import { HealthSchema } from "@lifecycle/domain";
import type { Response } from "express";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { Public } from "../../common/auth/principal";
import { HealthService } from "./health.service";

class HealthDto extends createZodDto(HealthSchema) {}

@ApiErrors()
@ApiTags("health")
@Controller("health")
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ZodResponse({ status: 200, type: HealthDto, description: "App and database status; 503 with the same body when the database is down" })
  async getHealth(@Res({ passthrough: true }) response: Response) {
    const health = await this.health.getHealth();
    if (health.status !== "ok") response.status(503);
    return health;
  }
}
