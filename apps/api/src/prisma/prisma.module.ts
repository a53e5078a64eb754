import { DynamicModule, Global, Module } from "@nestjs/common";
import { DatabaseConfig } from "./database-config";
import { PrismaService } from "./prisma.service";

@Global()
@Module({})
export class PrismaModule {
  static forRoot(config: DatabaseConfig): DynamicModule {
    return {
      module: PrismaModule,
      providers: [{ provide: DatabaseConfig, useValue: config }, PrismaService],
      exports: [PrismaService, DatabaseConfig],
    };
  }
}
