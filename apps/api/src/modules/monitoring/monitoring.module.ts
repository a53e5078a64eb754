import { DynamicModule, Module } from "@nestjs/common";
import { DeploymentsModule } from "../deployments/deployments.module";
import { BaselinesRepository } from "./baselines.repository";
import { BaselinesService } from "./baselines.service";
import { MonitoringConfig } from "./monitoring.config";
import { MonitoringController } from "./monitoring.controller";
import { MonitoringRepository } from "./monitoring.repository";
import { RecordPartitions } from "./record-partitions";
import { RecordsService } from "./records.service";
import { ReportsService } from "./reports.service";

/** Production data in: inference records, baselines, and the traffic and drift read from them. */
@Module({})
export class MonitoringModule {
  static forRoot(config: MonitoringConfig): DynamicModule {
    return {
      module: MonitoringModule,
      imports: [DeploymentsModule],
      controllers: [MonitoringController],
      providers: [{ provide: MonitoringConfig, useValue: config }, MonitoringRepository, BaselinesRepository, RecordPartitions, BaselinesService, RecordsService, ReportsService],
    };
  }
}
