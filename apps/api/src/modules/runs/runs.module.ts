import { Module } from "@nestjs/common";
import { ExperimentsModule } from "../experiments/experiments.module";
import { KpisModule } from "../kpis/kpis.module";
import { ProjectsModule } from "../projects/projects.module";
import { MetricsModule } from "../metrics/metrics.module";
import { RunsController } from "./runs.controller";
import { RunsRepository } from "./runs.repository";
import { RunsService } from "./runs.service";

@Module({ imports: [ProjectsModule, ExperimentsModule, KpisModule, MetricsModule], controllers: [RunsController], providers: [RunsService, RunsRepository], exports: [RunsService, MetricsModule] })
export class RunsModule {}
