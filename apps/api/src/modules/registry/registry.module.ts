import { Module } from "@nestjs/common";
import { ArtifactsModule } from "../artifacts/artifacts.module";
import { EvaluationsModule } from "../evaluations/evaluations.module";
import { FramingModule } from "../framing/framing.module";
import { KpisModule } from "../kpis/kpis.module";
import { ProjectsModule } from "../projects/projects.module";
import { RegistryController } from "./registry.controller";
import { RegistryRepository } from "./registry.repository";
import { RegistryService } from "./registry.service";

@Module({
  imports: [ProjectsModule, KpisModule, FramingModule, EvaluationsModule, ArtifactsModule],
  controllers: [RegistryController],
  providers: [RegistryService, RegistryRepository],
  exports: [RegistryService, RegistryRepository],
})
export class RegistryModule {}
