import createFetchClient from "openapi-fetch";
import type { OperationCaller } from "./call";
import { LifecycleApiError, type ApiErrorBody } from "./errors";
import { bindOperations } from "./generated/operations";
import type { paths } from "./generated/schema";

export type { components, operations, paths } from "./generated/schema";
export type { OperationArgs, OperationId, OperationResult } from "./call";
export { LifecycleApiError, type ApiErrorBody } from "./errors";

export interface LifecycleClientOptions {
  /** Origin of the server, e.g. http://localhost:8080; "" for the page's own origin. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Headers for every request; a function is asked before each one (e.g. for a CSRF token). */
  headers?: Record<string, string> | (() => Record<string, string>);
}

// The generated operations carry the types; underneath, one untyped request does the work.
interface UntypedRequester {
  request(method: string, route: string, init: object): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export type LifecycleClient = ReturnType<typeof bindOperations>;

/** The typed Lifecycle API client: one method per operation, throwing LifecycleApiError on failure. */
export function createLifecycleClient(options: LifecycleClientOptions = {}): LifecycleClient {
  const http = createFetchClient<paths>({
    baseUrl: options.baseUrl ?? "",
    // Looked up per call so that test doubles installed later are honoured.
    fetch: (request) => (options.fetch ?? globalThis.fetch)(request),
  });
  const call: OperationCaller = async (method, route, args) => {
    // Text (CSV) goes as it is, a file streamed by the browser; everything else as JSON.
    const text = typeof args.body === "string" || (typeof Blob !== "undefined" && args.body instanceof Blob);
    const { data, error, response } = await (http as unknown as UntypedRequester).request(method, route, {
      params: { path: args.path, query: args.query },
      body: args.body,
      ...(text ? { bodySerializer: (body: unknown) => body } : {}),
      signal: args.signal,
      headers: { ...(text ? { "content-type": "text/csv" } : {}), ...(typeof options.headers === "function" ? options.headers() : options.headers), ...args.headers },
    });
    if (!response.ok) {
      throw new LifecycleApiError(response.status, error as Partial<ApiErrorBody> | undefined, `${method.toUpperCase()} ${route} failed with ${response.status}`);
    }
    return response.status === 204 ? undefined : data;
  };
  return bindOperations(call);
}
export { startRun, TrackedRun, type TrackerOptions } from "./tracker";
export { monitor, Monitor, type Actual, type ActualsTotals, type InferenceRecord, type MonitorOptions, type MonitorTotals } from "./monitor";
