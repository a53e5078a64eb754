import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiParam, ApiTags } from "@nestjs/swagger";
import { CreateWebhookSchema, UpdateWebhookSchema, WebhookDeliveryPageSchema, WebhookDeliveryQuerySchema, WebhookDeliverySchema, WebhookListSchema, WebhookSchema, WebhookWithSecretSchema } from "@lifecycle/domain";
import { createZodDto, ZodResponse } from "nestjs-zod";
import { CurrentPrincipal, ProjectAccess, type Principal } from "../../common/auth/principal";
import { ApiErrors } from "../../common/errors/error-response";
import { UuidParam } from "../../common/params";
import { PROJECT_PARAM } from "../projects/projects.controller";
import { WebhooksService } from "./webhooks.service";

class CreateWebhookDto extends createZodDto(CreateWebhookSchema) {}
class UpdateWebhookDto extends createZodDto(UpdateWebhookSchema) {}
class WebhookDto extends createZodDto(WebhookSchema) {}
class WebhookWithSecretDto extends createZodDto(WebhookWithSecretSchema) {}
class WebhookListDto extends createZodDto(WebhookListSchema) {}
class WebhookDeliveryDto extends createZodDto(WebhookDeliverySchema) {}
class WebhookDeliveryPageDto extends createZodDto(WebhookDeliveryPageSchema) {}
class WebhookDeliveryQueryDto extends createZodDto(WebhookDeliveryQuerySchema) {}

/** A project's outgoing webhooks: leads manage them (their URLs and secrets are the project's keys elsewhere). */
@ApiErrors()
@ApiTags("webhooks")
@ApiParam(PROJECT_PARAM)
@Controller("v1/projects/:projectId/webhooks")
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: WebhookListDto, description: "The project's webhooks with their last delivery" })
  listWebhooks(@Param("projectId") projectId: string) {
    return this.webhooks.list(projectId);
  }

  @Post()
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 201, type: WebhookWithSecretDto, description: "A receiver of the project's events; the answer holds its signing secret, shown this once" })
  createWebhook(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @Body() body: CreateWebhookDto) {
    return this.webhooks.create(principal, projectId, body);
  }

  @Patch(":webhookId")
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: WebhookDto, description: "Renames it, points it elsewhere, changes its events, or pauses it (a paused webhook is sent no new events; retries already queued wait until it is resumed)" })
  updateWebhook(@Param("projectId") projectId: string, @UuidParam("webhookId") webhookId: string, @Body() body: UpdateWebhookDto) {
    return this.webhooks.update(projectId, webhookId, body);
  }

  @Delete(":webhookId")
  @HttpCode(204)
  @ProjectAccess("LEAD")
  async deleteWebhook(@Param("projectId") projectId: string, @UuidParam("webhookId") webhookId: string): Promise<void> {
    await this.webhooks.delete(projectId, webhookId);
  }

  @Post(":webhookId/rotate-secret")
  @HttpCode(200)
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: WebhookWithSecretDto, description: "A new signing secret, shown this once; the old one stops signing at once" })
  rotateWebhookSecret(@Param("projectId") projectId: string, @UuidParam("webhookId") webhookId: string) {
    return this.webhooks.rotateSecret(projectId, webhookId);
  }

  @Post(":webhookId/test")
  @HttpCode(200)
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: WebhookDeliveryDto, description: "Sends a signed ping now and answers its delivery with the receiver's status code (not retried)" })
  sendWebhookTest(@CurrentPrincipal() principal: Principal, @Param("projectId") projectId: string, @UuidParam("webhookId") webhookId: string) {
    return this.webhooks.sendTest(principal, projectId, webhookId);
  }

  @Get(":webhookId/deliveries")
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: WebhookDeliveryPageDto, description: "The delivery log, newest first: each event's body, attempts and status codes" })
  listWebhookDeliveries(@Param("projectId") projectId: string, @UuidParam("webhookId") webhookId: string, @Query() query: WebhookDeliveryQueryDto) {
    return this.webhooks.deliveries(projectId, webhookId, query);
  }

  @Post(":webhookId/deliveries/:deliveryId/redeliver")
  @HttpCode(200)
  @ProjectAccess("LEAD")
  @ZodResponse({ status: 200, type: WebhookDeliveryDto, description: "Sends a delivered or failed delivery's body again now, once" })
  redeliverWebhookDelivery(@Param("projectId") projectId: string, @UuidParam("webhookId") webhookId: string, @UuidParam("deliveryId") deliveryId: string) {
    return this.webhooks.redeliver(projectId, webhookId, deliveryId);
  }
}
