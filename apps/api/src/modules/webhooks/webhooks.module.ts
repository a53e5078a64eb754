import { DynamicModule, Module } from "@nestjs/common";
import { ProjectsModule } from "../projects/projects.module";
import { WebhookDispatcher } from "./webhook-dispatcher";
import { WebhooksConfig } from "./webhooks.config";
import { WebhooksController } from "./webhooks.controller";
import { WebhooksRepository } from "./webhooks.repository";
import { WebhooksService } from "./webhooks.service";

/** Outgoing webhooks: global, so that the modules whose events they carry (alerts, registry, deployments) emit them. */
@Module({})
export class WebhooksModule {
  static forRoot(config: WebhooksConfig): DynamicModule {
    return {
      module: WebhooksModule,
      global: true,
      imports: [ProjectsModule],
      controllers: [WebhooksController],
      providers: [{ provide: WebhooksConfig, useValue: config }, WebhooksRepository, WebhookDispatcher, WebhooksService],
      exports: [WebhooksService, WebhookDispatcher],
    };
  }
}
