import { Module } from "@nestjs/common";
import { ProjectsModule } from "../projects/projects.module";
import { DeploymentsController } from "./deployments.controller";
import { DeploymentsRepository } from "./deployments.repository";
import { DeploymentsService } from "./deployments.service";

@Module({ imports: [ProjectsModule], controllers: [DeploymentsController], providers: [DeploymentsService, DeploymentsRepository], exports: [DeploymentsService] })
export class DeploymentsModule {}
