import { Module } from "@nestjs/common";
import { AnnotationsController } from "./annotations.controller";
import { AnnotationsRepository } from "./annotations.repository";
import { AnnotationsService } from "./annotations.service";
import { DataSetsModule } from "../data-sets/data-sets.module";
import { DeploymentsModule } from "../deployments/deployments.module";
import { ProjectsModule } from "../projects/projects.module";
import { FeedbackController } from "./feedback.controller";
import { FeedbackRepository } from "./feedback.repository";
import { FeedbackService } from "./feedback.service";
import { PreferencesController } from "./preferences.controller";
import { PreferencesRepository } from "./preferences.repository";
import { PreferencesService } from "./preferences.service";

/** Feedback: score configs and the scores people and judges give a deployment's predictions; pairwise preferences and their DPO exports; annotation queues for experts. */
@Module({ imports: [ProjectsModule, DeploymentsModule, DataSetsModule], controllers: [FeedbackController, PreferencesController, AnnotationsController], providers: [FeedbackService, FeedbackRepository, PreferencesService, PreferencesRepository, AnnotationsService, AnnotationsRepository] })
export class FeedbackModule {}
