import { Module } from "@nestjs/common";
import { ExperimentsModule } from "../experiments/experiments.module";
import { ProjectsModule } from "../projects/projects.module";
import { RunsController } from "./runs.controller";
import { RunsRepository } from "./runs.repository";
import { RunsService } from "./runs.service";

@Module({ imports: [ProjectsModule, ExperimentsModule], controllers: [RunsController], providers: [RunsService, RunsRepository], exports: [RunsService] })
export class RunsModule {}
