import "reflect-metadata";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { AppModule } from "../app.module";
import { buildOpenApiDocument } from "../app.setup";
import { findRepositoryRoot } from "../database/paths";
import { DatabaseConfig } from "../prisma/database-config";

export const OPENAPI_PATH = path.join(findRepositoryRoot(), "apps", "api", "openapi.json");

export function serialiseOpenApi(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Writes the OpenAPI document from the code; no database is touched. */
async function writeOpenApi(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ database: new DatabaseConfig("postgresql://unused@127.0.0.1:1/openapi", false), artifactRoot: path.join(os.tmpdir(), "lifecycle-openapi-artifacts") }),
    { logger: ["error"] },
  );
  app.setGlobalPrefix("api");
  writeFileSync(OPENAPI_PATH, serialiseOpenApi(buildOpenApiDocument(app)));
  await app.close();
  console.log(`Wrote ${path.relative(process.cwd(), OPENAPI_PATH)}`);
}

if (require.main === module) {
  writeOpenApi().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
