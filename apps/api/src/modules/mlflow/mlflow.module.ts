import { Module } from "@nestjs/common";
import { DataSetsModule } from "../data-sets/data-sets.module";
import { ExperimentsModule } from "../experiments/experiments.module";
import { ProjectsModule } from "../projects/projects.module";
import { RegistryModule } from "../registry/registry.module";
import { RunsModule } from "../runs/runs.module";
import { HistoryPageCache } from "./history-page.cache";
import { MlflowArtifactsController } from "./mlflow-artifacts.controller";
import { MlflowArtifactsService } from "./mlflow-artifacts.service";
import { MlflowController } from "./mlflow.controller";
import { MlflowRepository } from "./mlflow.repository";
import { MlflowAccess } from "./mlflow-access.service";
import { MlflowExperimentsService } from "./mlflow-experiments.service";
import { MlflowRegistryController } from "./mlflow-registry.controller";
import { MlflowRegistryRepository } from "./mlflow-registry.repository";
import { MlflowRegistryService } from "./mlflow-registry.service";
import { MlflowRunsService } from "./mlflow-runs.service";

@Module({ imports: [ProjectsModule, ExperimentsModule, RunsModule, DataSetsModule, RegistryModule], controllers: [MlflowRegistryController /* before MlflowController, whose catch-all answers unknown endpoints */, MlflowController, MlflowArtifactsController], providers: [MlflowAccess, MlflowRegistryService, MlflowRegistryRepository, MlflowExperimentsService, MlflowRunsService, MlflowArtifactsService, MlflowRepository, HistoryPageCache] })
export class MlflowModule {}
