import { Module } from "@nestjs/common";
import { DeploymentsModule } from "../deployments/deployments.module";
import { ProjectsModule } from "../projects/projects.module";
import { FeedbackController } from "./feedback.controller";
import { FeedbackRepository } from "./feedback.repository";
import { FeedbackService } from "./feedback.service";

/** Feedback: score configs and the scores people and judges give a deployment's predictions. */
@Module({ imports: [ProjectsModule, DeploymentsModule], controllers: [FeedbackController], providers: [FeedbackService, FeedbackRepository] })
export class FeedbackModule {}
