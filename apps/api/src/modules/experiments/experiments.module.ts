import { Module } from "@nestjs/common";
import { MetricsModule } from "../metrics/metrics.module";
import { ProjectsModule } from "../projects/projects.module";
import { ExperimentsController } from "./experiments.controller";
import { ExperimentsRepository } from "./experiments.repository";
import { ExperimentsService } from "./experiments.service";

@Module({ imports: [ProjectsModule, MetricsModule], controllers: [ExperimentsController], providers: [ExperimentsService, ExperimentsRepository], exports: [ExperimentsService] })
export class ExperimentsModule {}
