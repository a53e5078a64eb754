import { Module } from "@nestjs/common";
import { ProjectsModule } from "../projects/projects.module";
import { KpisController } from "./kpis.controller";
import { KpisRepository } from "./kpis.repository";
import { KpisService } from "./kpis.service";

@Module({
  imports: [ProjectsModule],
  controllers: [KpisController],
  providers: [KpisService, KpisRepository],
  exports: [KpisService],
})
export class KpisModule {}
