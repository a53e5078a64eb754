import { Reflector } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from "@nestjs/swagger";
import compression from "compression";
import cookieParser from "cookie-parser";
import type { IncomingMessage } from "node:http";
import { json, type Express } from "express";
import helmet from "helmet";
import { cleanupOpenApiDoc, ZodSerializerInterceptor, ZodValidationPipe } from "nestjs-zod";
import { correlationIdMiddleware } from "./common/correlation-id";
import { readableTextMiddleware } from "./common/readable-text";
import { ErrorFilter, errorMiddleware } from "./common/errors/error.filter";
import { ARTIFACT_UPLOAD_PATHS } from "./modules/artifacts/artifacts.controller";
import { exactStepsMiddleware, rememberExactSteps } from "./modules/mlflow/exact-steps";
import { buildMlflowOpenApiDocument } from "./modules/mlflow/mlflow-openapi";
import { BATCH_BODY_LIMIT } from "./modules/runs/runs.controller";
import { RECORDS_BODY_LIMIT } from "./modules/monitoring/monitoring.controller";
import { APP_VERSION } from "./version";

export const JSON_BODY_LIMIT = "1mb";

export interface HttpOptions {
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins?: string[];
  /** Express' "trust proxy" (LIFECYCLE_TRUST_PROXY), behind a TLS-terminating proxy: real client addresses, Secure cookies. */
  trustProxy?: string;
}

/** LIFECYCLE_CORS_ORIGINS: a comma-separated allow-list of origins. */
export function corsOriginsFromEnv(value = process.env.LIFECYCLE_CORS_ORIGINS): string[] {
  return (value ?? "").split(",").map((origin) => origin.trim()).filter(Boolean);
}

/** Everything an app instance needs beyond its modules; shared by the server, the tests and the OpenAPI writer. */
export function configureApp(app: NestExpressApplication, options: HttpOptions = {}): OpenAPIObject {
  app.setGlobalPrefix("api");
  if (options.trustProxy) app.set("trust proxy", /^\d+$/.test(options.trustProxy) ? Number(options.trustProxy) : options.trustProxy);
  app.use(correlationIdMiddleware);
  // MLflow's web UI calls the same API under /ajax-api: serve it from /api.
  app.use((request: { url: string }, _response: unknown, next: () => void) => {
    if (request.url.startsWith("/ajax-api/2.0/mlflow")) request.url = `/api${request.url.slice("/ajax-api".length)}`;
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine and Swagger UI set styles inline.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(cookieParser());
  // The dashboard's JSON goes compressed to clients that accept it (gzip, fast level: a page of 200 projects
  // shrinks about tenfold for under a millisecond). Artifacts stream as they are; the MLflow API keeps its
  // clients' byte-for-byte answers and its speed.
  app.use(compression({ level: 1, threshold: 1024, filter: (request, response) => request.path.startsWith("/api/v1/") && !request.path.includes("/artifacts") && compression.filter(request, response) }));
  // Off unless allowed: the dashboard is served from the same origin and needs none.
  if (options.corsOrigins?.length) app.enableCors({ origin: options.corsOrigins, credentials: true });
  // Batches of metric points have a larger limit of their own; everything else gets 1 MB.
  app.use(/^\/api\/v1\/projects\/[^/]+\/runs\/[^/]+\/batch$/, json({ limit: BATCH_BODY_LIMIT }));
  app.use(/^\/api\/v1\/projects\/[^/]+\/deployments\/[^/]+\/(records|actuals)$/, json({ limit: RECORDS_BODY_LIMIT }));
  // MLflow's log-batch refuses bodies over 1,000,000 bytes with its own message: read a little more, and say so there.
  app.use(
    /^\/api\/2\.0\/mlflow\/runs\/log-batch$/,
    json({
      limit: "2mb",
      verify: (request: IncomingMessage & { rawLength?: number }, _response: unknown, buffer: Buffer) => {
        request.rawLength = buffer.length;
        rememberExactSteps(request, buffer);
      },
    }),
  );
  // Artifact uploads are streamed to the store whatever their content type: no parser may read them.
  const parsable = (mediaType: string) => (request: IncomingMessage) =>
    (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase() === mediaType &&
    !(request.method === "PUT" && ARTIFACT_UPLOAD_PATHS.some((pattern) => pattern.test(request.url ?? "")));
  app.useBodyParser("json", { limit: JSON_BODY_LIMIT, type: parsable("application/json"), verify: (request: IncomingMessage, _response: unknown, buffer: Buffer) => rememberExactSteps(request, buffer) });
  app.useBodyParser("urlencoded", { limit: JSON_BODY_LIMIT, extended: true, type: parsable("application/x-www-form-urlencoded") });
  app.use(readableTextMiddleware);
  app.use(exactStepsMiddleware);
  const errorFilter = new ErrorFilter();
  app.use(errorMiddleware(errorFilter));
  app.useGlobalFilters(errorFilter);
  app.useGlobalPipes(new ZodValidationPipe());
  app.useGlobalInterceptors(new ZodSerializerInterceptor(app.get(Reflector)));
  const document = buildOpenApiDocument(app);
  // The MLflow-compatible endpoints have their own document (MLflow's shapes, not the generated client's), picked
  // in the docs' top bar.
  const mlflowDocument = buildMlflowOpenApiDocument(APP_VERSION);
  (app.getHttpAdapter().getInstance() as Express).get("/api/mlflow-openapi.json", (_request, response) => void response.json(mlflowDocument));
  SwaggerModule.setup("api/docs", app, document, {
    jsonDocumentUrl: "api/openapi.json",
    customSiteTitle: "Lifecycle API",
    explorer: true,
    swaggerOptions: {
      persistAuthorization: true,
      urls: [
        { url: "/api/openapi.json", name: "Lifecycle API" },
        { url: "/api/mlflow-openapi.json", name: "MLflow-compatible API" },
      ],
    },
  });
  return document;
}

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle("Lifecycle API")
    .setDescription(
      "Projects moving through seven gated stages — Goals & KPIs, Problem framing, Data, Model development, Deployment, Monitoring, Iteration. " +
        "Errors share one shape: { statusCode, error, code, message, details?, correlationId }.",
    )
    .setVersion(APP_VERSION)
    // "Authorize" in /api/docs: paste an API token (lc_…) and every "Try it out" sends it.
    .addBearerAuth({ type: "http", scheme: "bearer", description: "An API token (Settings → API tokens)" }, "token")
    .addSecurityRequirements("token")
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (_controller, method) => method });
  return cleanupOpenApiDoc(document);
}
