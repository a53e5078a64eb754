import { MonitoringConfig } from "../../src/modules/monitoring/monitoring.config";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Test } from "@nestjs/testing";
import type { NestExpressApplication } from "@nestjs/platform-express";
import request from "supertest";
import { AppModule } from "../../src/app.module";
import { configureApp } from "../../src/app.setup";
import type { Principal } from "../../src/common/auth/principal";
import { AuthConfig } from "../../src/modules/auth/auth-config";
import { TEST_PASSWORD_COST } from "../../src/modules/users/passwords";
import { TokensService } from "../../src/modules/tokens/tokens.service";
import { UsersService } from "../../src/modules/users/users.service";
import { DatabaseConfig } from "../../src/prisma/database-config";
import { PrismaService } from "../../src/prisma/prisma.service";
import { createTestDatabase, type TestDatabase } from "./test-database";
import type { S3StoreConfig } from "../../src/modules/artifacts/s3-artifact-store";

export const TEST_ADMIN_TOKEN = "test-admin-token-from-the-environment";
export const TEST_PASSWORD = "correct horse battery staple";

type Agent = ReturnType<typeof request.agent>;

export interface TestUser {
  id: string;
  email: string;
  name: string;
  token: string;
  /** Requests carrying this user's API token. */
  http: () => Agent;
}

export interface TestApp {
  app: NestExpressApplication;
  /** Requests as an instance admin (a user with an API token). */
  http: () => Agent;
  /** Requests with no credentials. */
  anonymous: () => Agent;
  prisma: PrismaService;
  /** The folder of this app's artifact store. */
  artifactRoot: string;
  admin: TestUser;
  /** A new user with an API token. */
  createUser(overrides?: { isAdmin?: boolean; name?: string }): Promise<TestUser>;
  close(): Promise<void>;
}

let counter = 0;

/** The whole API over HTTP, with the real validation, guards and error filter, on its own database. */
export interface TestAppOptions {
  withAdmin?: boolean;
  corsOrigins?: string[];
  trustProxy?: string;
  /** A database of the test's own (e.g. on a server it stops and starts); a clone of the template by default. */
  database?: TestDatabase;
  /** An S3-compatible artifact store instead of the local folder. */
  s3?: S3StoreConfig;
}

export async function createTestApp({ withAdmin = true, corsOrigins, trustProxy, database: given, s3 }: TestAppOptions = {}): Promise<TestApp> {
  const database = given ?? (await createTestDatabase());
  const artifactRoot = mkdtempSync(path.join(os.tmpdir(), "lifecycle-artifacts-"));
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ database: new DatabaseConfig(database.url, false), auth: new AuthConfig(TEST_ADMIN_TOKEN, undefined, TEST_PASSWORD_COST), artifactRoot, s3: s3 ?? null, monitoring: new MonitoringConfig(undefined, false) })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ["error"] });
  configureApp(app, { corsOrigins, trustProxy });
  await app.init();
  const server = app.getHttpServer();
  const withToken = (token: string) => () => request.agent(server).set("Authorization", `Bearer ${token}`);

  const createUser = async ({ isAdmin = false, name }: { isAdmin?: boolean; name?: string } = {}): Promise<TestUser> => {
    counter += 1;
    const user = await app.get(UsersService).createUser(
      { email: `user${counter}-${Date.now()}@test.local`, name: name ?? `User ${counter}`, password: TEST_PASSWORD, isAdmin },
      null,
    );
    const principal: Principal = { userId: user.id, name: user.name, email: user.email, isAdmin, method: "token", sessionId: null, csrfToken: null };
    const { token } = await app.get(TokensService).createToken(principal, { name: "tests" });
    return { id: user.id, email: user.email, name: user.name, token, http: withToken(token) };
  };

  const admin = withAdmin ? await createUser({ isAdmin: true, name: "Test Admin" }) : (null as unknown as TestUser);
  return {
    app,
    http: withAdmin ? admin.http : withToken(TEST_ADMIN_TOKEN),
    anonymous: () => request.agent(server),
    prisma: app.get(PrismaService),
    artifactRoot,
    admin,
    createUser,
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(artifactRoot, { recursive: true, force: true });
    },
  };
}
