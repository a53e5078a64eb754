import { Module } from "@nestjs/common";
import { RunsModule } from "../runs/runs.module";
import { EvaluationsController } from "./evaluations.controller";
import { EvaluationsRepository } from "./evaluations.repository";
import { EvaluationsService } from "./evaluations.service";

@Module({ imports: [RunsModule], controllers: [EvaluationsController], providers: [EvaluationsService, EvaluationsRepository], exports: [EvaluationsService] })
export class EvaluationsModule {}
