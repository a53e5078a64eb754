import { Test } from "@nestjs/testing";
import type { NestExpressApplication } from "@nestjs/platform-express";
import request from "supertest";
import { AppModule } from "../../src/app.module";
import { configureApp } from "../../src/app.setup";
import { DatabaseConfig } from "../../src/prisma/database-config";
import { PrismaService } from "../../src/prisma/prisma.service";
import { createTestDatabase } from "./test-database";

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  prisma: PrismaService;
  close(): Promise<void>;
}

/** The whole API over HTTP, with the real validation and error filter, on its own database. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: new DatabaseConfig(database.url, false) })] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ["error"] });
  configureApp(app);
  await app.init();
  return {
    app,
    http: () => request(app.getHttpServer()),
    prisma: app.get(PrismaService),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
