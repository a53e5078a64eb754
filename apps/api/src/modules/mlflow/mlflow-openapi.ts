import { RequestMethod, type Type } from "@nestjs/common";
import { METHOD_METADATA, PATH_METADATA } from "@nestjs/common/constants";
import type { OpenAPIObject } from "@nestjs/swagger";
import { MlflowArtifactsController } from "./mlflow-artifacts.controller";
import { MlflowRegistryController } from "./mlflow-registry.controller";
import { MlflowController } from "./mlflow.controller";

const MLFLOW_DOCS = "https://mlflow.org/docs/latest/api_reference/rest-api.html";
const TAGS: Array<{ controller: Type; tag: string; description: string }> = [
  { controller: MlflowController, tag: "MLflow tracking", description: "Experiments, runs, metrics, params, tags, inputs and traces' predecessors: MLflow's REST API 2.0, as its clients send it." },
  { controller: MlflowRegistryController, tag: "MLflow model registry", description: "Registered models, versions, aliases and stages, onto Lifecycle's registry." },
  { controller: MlflowArtifactsController, tag: "MLflow artifacts", description: "The artifact proxy (mlflow-artifacts:/ URIs): files streamed to and from the store." },
];

/** "getRunByName" → "Get run by name". */
const sentence = (name: string) => {
  const words = name.replace(/([A-Z])/g, " $1").toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The MLflow-compatible endpoints as an OpenAPI document, read from the controllers' own routes so that it cannot
 * drift from what is served. Their requests and answers are MLflow's (its reference describes them), errors are
 * `{ error_code, message }`, and clients authenticate with a token as Bearer or as Basic's password.
 */
export function buildMlflowOpenApiDocument(version: string): OpenAPIObject {
  const paths: OpenAPIObject["paths"] = {};
  for (const { controller, tag } of TAGS) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? "");
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (name === "constructor" || typeof handler !== "function") continue;
      const route = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (route === undefined || method === undefined) continue;
      const params = [...route.matchAll(/[:*](\w+)/g)].map((match) => match[1]!);
      const path = `/api/${base}/${route}`.replace(/\/+/g, "/").replace(/[:*](\w+)/g, "{$1}");
      const verb = RequestMethod[method].toLowerCase();
      const takesBody = verb === "post" || verb === "patch" || verb === "put";
      paths[path] = {
        ...paths[path],
        [verb]: {
          tags: [tag],
          operationId: `mlflow_${name}`,
          summary: sentence(name),
          externalDocs: { description: "MLflow's REST API reference", url: MLFLOW_DOCS },
          parameters: params.map((param) => ({ name: param, in: "path", required: true, schema: { type: "string" } })),
          ...(takesBody
            ? { requestBody: { required: false, content: verb === "put" ? { "application/octet-stream": { schema: { type: "string", format: "binary" } } } : { "application/json": { schema: { type: "object", additionalProperties: true } } } } }
            : {}),
          responses: {
            "200": { description: "MLflow's answer" },
            "4XX": { description: "{ error_code, message }, e.g. INVALID_PARAMETER_VALUE, RESOURCE_DOES_NOT_EXIST" },
          },
        },
      };
    }
  }
  return {
    openapi: "3.0.0",
    info: {
      title: "MLflow-compatible API",
      version,
      description:
        "MLflow's REST API 2.0 served by Lifecycle: point MLFLOW_TRACKING_URI at this server and set MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD with the token as the password). Requests and answers are MLflow's own; see its reference for each body.",
    },
    tags: TAGS.map(({ tag, description }) => ({ name: tag, description })),
    components: {
      securitySchemes: {
        token: { type: "http", scheme: "bearer", description: "An API token (Settings → API tokens)" },
        basic: { type: "http", scheme: "basic", description: "Any user name, the API token as the password (MLflow's MLFLOW_TRACKING_PASSWORD)" },
      },
    },
    security: [{ token: [] }, { basic: [] }],
    paths,
  };
}
