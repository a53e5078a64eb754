import { DynamicModule, Module } from "@nestjs/common";
import { DeploymentsModule } from "../deployments/deployments.module";
import { ProjectsModule } from "../projects/projects.module";
import { AlertsController, MonitorsController } from "./monitors.controller";
import { MonitorsRepository } from "./monitors.repository";
import { MonitorsService } from "./monitors.service";
import { ActualsService } from "./actuals.service";
import { BaselinesRepository } from "./baselines.repository";
import { BaselinesService } from "./baselines.service";
import { MonitoringConfig } from "./monitoring.config";
import { MonitoringController } from "./monitoring.controller";
import { MonitoringRepository } from "./monitoring.repository";
import { RecordPartitions } from "./record-partitions";
import { RecordsService } from "./records.service";
import { ReportsService } from "./reports.service";

/** Production data in (inference records, baselines, traffic and drift), monitors evaluated on schedule, and their alerts. */
@Module({})
export class MonitoringModule {
  static forRoot(config: MonitoringConfig): DynamicModule {
    return {
      module: MonitoringModule,
      imports: [DeploymentsModule, ProjectsModule],
      controllers: [MonitoringController, MonitorsController, AlertsController],
      providers: [
        { provide: MonitoringConfig, useValue: config },
        MonitoringRepository,
        BaselinesRepository,
        MonitorsRepository,
        RecordPartitions,
        BaselinesService,
        RecordsService,
        ActualsService,
        ReportsService,
        MonitorsService,
      ],
    };
  }
}
