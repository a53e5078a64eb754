import { DynamicModule, Module } from "@nestjs/common";
import { ArtifactStoreModule } from "./modules/artifacts/artifact-store.module";
import { ArtifactsModule } from "./modules/artifacts/artifacts.module";
import type { S3StoreConfig } from "./modules/artifacts/s3-artifact-store";
import { AuditModule } from "./modules/audit/audit.module";
import { AuthConfig } from "./modules/auth/auth-config";
import { AuthModule } from "./modules/auth/auth.module";
import { DataSetsModule } from "./modules/data-sets/data-sets.module";
import { EvaluationsModule } from "./modules/evaluations/evaluations.module";
import { MlflowModule } from "./modules/mlflow/mlflow.module";
import { ExperimentsModule } from "./modules/experiments/experiments.module";
import { FramingModule } from "./modules/framing/framing.module";
import { HealthModule } from "./modules/health/health.module";
import { KpisModule } from "./modules/kpis/kpis.module";
import { ProjectsModule } from "./modules/projects/projects.module";
import { DeploymentsModule } from "./modules/deployments/deployments.module";
import { RegistryModule } from "./modules/registry/registry.module";
import { RunsModule } from "./modules/runs/runs.module";
import { MembersModule } from "./modules/members/members.module";
import { MonitoringConfig } from "./modules/monitoring/monitoring.config";
import { WebhooksConfig } from "./modules/webhooks/webhooks.config";
import { FitSweeperModule } from "./modules/evaluations/fit-sweeper";
import { WebhooksModule } from "./modules/webhooks/webhooks.module";
import { FeedbackModule } from "./modules/feedback/feedback.module";
import { MonitoringModule } from "./modules/monitoring/monitoring.module";
import { StagesModule } from "./modules/stages/stages.module";
import { TokensModule } from "./modules/tokens/tokens.module";
import { PasswordsModule } from "./modules/users/passwords.module";
import { UsersModule } from "./modules/users/users.module";
import { DatabaseConfig } from "./prisma/database-config";
import { PrismaModule } from "./prisma/prisma.module";

export interface AppOptions {
  database: DatabaseConfig;
  auth?: AuthConfig;
  /** Folder of the artifact store on local disk. */
  artifactRoot: string;
  /** An S3-compatible artifact store instead of the local disk (LIFECYCLE_ARTIFACT_STORE=s3://…). */
  s3?: S3StoreConfig | null;
  /** How long production records are kept (LIFECYCLE_RECORD_RETENTION_DAYS), and whether background timers run (monitors, webhooks, fit diagnosis). */
  monitoring?: MonitoringConfig;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const auth = options.auth ?? new AuthConfig();
    return {
      module: AppModule,
      imports: [
        PrismaModule.forRoot(options.database),
        ArtifactStoreModule.forRoot(options.artifactRoot, options.s3 ?? null),
        AuditModule,
        PasswordsModule.forRoot(auth.passwordCost),
        AuthModule.forRoot(auth),
        UsersModule,
        TokensModule,
        MembersModule,
        HealthModule,
        ProjectsModule,
        WebhooksModule.forRoot(new WebhooksConfig(options.monitoring?.schedule ?? true)),
        KpisModule,
        FramingModule,
        StagesModule,
        ExperimentsModule,
        DataSetsModule,
        RegistryModule,
        DeploymentsModule,
        MonitoringModule.forRoot(options.monitoring ?? new MonitoringConfig()),
        FeedbackModule,
        EvaluationsModule,
        FitSweeperModule.forRoot(options.monitoring?.schedule ?? true),
        ArtifactsModule,
        MlflowModule,
        RunsModule,
      ],
    };
  }
}
