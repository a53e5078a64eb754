import { Controller, Get, Query } from "@nestjs/common";
import { ApiTags } from "@nestjs/swagger";
import { ListSecurityEventsQuerySchema, SecurityEventPageSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { AdminOnly } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { AuditService } from "./audit.service";

class ListSecurityEventsQueryDto extends createZodDto(ListSecurityEventsQuerySchema) {}
class SecurityEventPageDto extends createZodDto(SecurityEventPageSchema) {}

@ApiErrors()
@ApiTags("audit")
@Controller("v1/security-events")
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AdminOnly()
  @ZodResponse({ status: 200, type: SecurityEventPageDto, description: "The security log, newest first (admins)" })
  listSecurityEvents(@Query() query: ListSecurityEventsQueryDto) {
    return this.audit.listSecurityEvents(query.type, query.page, query.pageSize);
  }
}
