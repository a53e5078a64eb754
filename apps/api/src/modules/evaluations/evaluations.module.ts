import { Module } from "@nestjs/common";
import { RunsModule } from "../runs/runs.module";
import { ProjectsModule } from "../projects/projects.module";
import { EvaluationsController, FitController } from "./evaluations.controller";
import { EvaluationsRepository } from "./evaluations.repository";
import { EvaluationsService } from "./evaluations.service";
import { FitService } from "./fit.service";

@Module({ imports: [RunsModule, ProjectsModule], controllers: [EvaluationsController, FitController], providers: [EvaluationsService, EvaluationsRepository, FitService], exports: [EvaluationsService, FitService, EvaluationsRepository] })
export class EvaluationsModule {}
