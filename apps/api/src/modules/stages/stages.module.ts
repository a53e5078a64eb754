import { Module } from "@nestjs/common";
import { DeploymentsModule } from "../deployments/deployments.module";
import { EvaluationsModule } from "../evaluations/evaluations.module";
import { FramingModule } from "../framing/framing.module";
import { IterationsModule } from "../iterations/iterations.module";
import { KpisModule } from "../kpis/kpis.module";
import { ProjectsModule } from "../projects/projects.module";
import { StagesController } from "./stages.controller";
import { StagesRepository } from "./stages.repository";
import { StagesService } from "./stages.service";

@Module({
  imports: [ProjectsModule, KpisModule, FramingModule, EvaluationsModule, DeploymentsModule, IterationsModule],
  controllers: [StagesController],
  providers: [StagesService, StagesRepository],
  exports: [StagesService],
})
export class StagesModule {}
