import { Module } from "@nestjs/common";
import { ExperimentsModule } from "../experiments/experiments.module";
import { KpisModule } from "../kpis/kpis.module";
import { ProjectsModule } from "../projects/projects.module";
import { BatchWriter } from "./batch.writer";
import { RunsController } from "./runs.controller";
import { RunsRepository } from "./runs.repository";
import { RunsService } from "./runs.service";
import { SeriesSampler } from "./series.sampler";

@Module({ imports: [ProjectsModule, ExperimentsModule, KpisModule], controllers: [RunsController], providers: [BatchWriter, RunsService, RunsRepository, SeriesSampler], exports: [RunsService, SeriesSampler] })
export class RunsModule {}
