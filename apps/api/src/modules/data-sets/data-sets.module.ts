import { Module } from "@nestjs/common";
import { ProjectsModule } from "../projects/projects.module";
import { RunsModule } from "../runs/runs.module";
import { DataSetsController } from "./data-sets.controller";
import { DataSetsRepository } from "./data-sets.repository";
import { DataSetsService } from "./data-sets.service";

@Module({ imports: [ProjectsModule, RunsModule], controllers: [DataSetsController], providers: [DataSetsService, DataSetsRepository], exports: [DataSetsService] })
export class DataSetsModule {}
