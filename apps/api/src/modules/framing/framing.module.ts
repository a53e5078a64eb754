import { Module } from "@nestjs/common";
import { KpisModule } from "../kpis/kpis.module";
import { ProjectsModule } from "../projects/projects.module";
import { FramingController } from "./framing.controller";
import { FramingRepository } from "./framing.repository";
import { FramingService } from "./framing.service";

@Module({
  imports: [ProjectsModule, KpisModule],
  controllers: [FramingController],
  providers: [FramingService, FramingRepository],
  exports: [FramingService],
})
export class FramingModule {}
