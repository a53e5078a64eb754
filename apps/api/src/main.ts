import "reflect-metadata";
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { dashboardFiles } from "./web/dashboard-files";
import { AppModule } from "./app.module";
import { configureApp, corsOriginsFromEnv } from "./app.setup";
import { resolveDatabase } from "./database/database";
import { artifactDirectory, findRepositoryRoot } from "./database/paths";
import { s3ConfigFromEnv } from "./modules/artifacts/s3-artifact-store";
import { MonitoringConfig } from "./modules/monitoring/monitoring.config";
import { AuthConfig } from "./modules/auth/auth-config";
import { AuthService } from "./modules/auth/auth.service";
import { DatabaseConfig } from "./prisma/database-config";

const log = (message: string) => console.log(`[lifecycle] ${message}`);
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Stops taking connections and lets the requests under way finish (up to 10 s)
 * before anything else closes: Nest would otherwise disconnect the database
 * under them.
 */
function drain(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? "0.0.0.0";
  const database = await resolveDatabase(log);

  const webRoot = path.join(findRepositoryRoot(), "apps", "web", "dist");
  const hasDashboard = existsSync(path.join(webRoot, "index.html"));
  if (!hasDashboard) log("The dashboard is not built (apps/web/dist); serving the API only. Run `npm run build`.");

  let app: NestExpressApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down`);
    if (app) await drain(app.getHttpServer() as Server);
    await app?.close().catch((error: unknown) => console.error(error));
    await database.close().catch((error: unknown) => console.error(error));
    log("Stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        database: new DatabaseConfig(database.url, database.embedded),
        auth: new AuthConfig(process.env.LIFECYCLE_ADMIN_TOKEN || null),
        artifactRoot: artifactDirectory(),
        s3: s3ConfigFromEnv(),
        monitoring: MonitoringConfig.fromEnv(),
      }),
      { logger: ["error", "warn"] },
    );
    configureApp(app, { corsOrigins: corsOriginsFromEnv(), trustProxy: process.env.LIFECYCLE_TRUST_PROXY });
    if (hasDashboard) app.use(dashboardFiles(webRoot));
    await app.listen(port, host);
  } catch (error) {
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`Ready in ${seconds} s at http://localhost:${port}/  (API /api/v1, docs /api/docs, ${database.embedded ? "embedded Postgres" : "DATABASE_URL"})`);
  const setupToken = await app.get(AuthService).prepareSetupToken();
  if (setupToken) log(`No users yet. Create the first admin at http://localhost:${port}/setup?token=${setupToken}`);
}

main().catch((error: unknown) => {
  console.error("[lifecycle] Failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
