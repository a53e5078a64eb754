import { Module } from "@nestjs/common";
import { KpisModule } from "../kpis/kpis.module";
import { ProjectsModule } from "../projects/projects.module";
import { IterationsController } from "./iterations.controller";
import { IterationsRepository } from "./iterations.repository";
import { IterationsService } from "./iterations.service";

/** Iterations: planned from production's evidence, started by looping back, closed when a new version is live. */
@Module({ imports: [ProjectsModule, KpisModule], controllers: [IterationsController], providers: [IterationsService, IterationsRepository], exports: [IterationsService] })
export class IterationsModule {}
