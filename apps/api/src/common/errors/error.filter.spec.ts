import type { ArgumentsHost } from "@nestjs/common";
import { DomainError } from "./domain-error";
import { ErrorFilter } from "./error.filter";

/** What the filter answers for an exception on a route: status, headers and body. */
function answer(exception: unknown, url = "/api/v1/projects") {
  const headers: Record<string, string> = {};
  const sent: { status?: number; body?: Record<string, unknown> } = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    getHeader: () => undefined,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
      return this;
    },
    headersSent: false,
  };
  const request = { method: "POST", originalUrl: url, url, headers: {}, socket: { destroyed: false }, header: () => undefined };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return { ...sent, headers };
}

const parserError = (type: string, status: number, message: string) => Object.assign(new Error(message), { type, status, statusCode: status, expose: true });

describe("ErrorFilter", () => {
  beforeAll(() => jest.spyOn(console, "error").mockImplementation(() => {}));
  afterAll(() => jest.restoreAllMocks());

  it("answers an exhausted pool with 503 and Retry-After, never 500", () => {
    const answered = answer(new Error("timeout exceeded when trying to connect"));
    expect(answered).toMatchObject({ status: 503, body: { code: "DATABASE_UNAVAILABLE" }, headers: { "retry-after": "1" } });
    expect(answer(Object.assign(new Error("Timed out fetching a new connection from the connection pool."), { code: "P2024" }))).toMatchObject({ status: 503 });
  });

  it.each([
    ["entity.parse.failed", 400, "Unexpected token", 400, "MALFORMED_REQUEST"],
    ["entity.too.large", 413, "request entity too large", 413, "PAYLOAD_TOO_LARGE"],
    ["charset.unsupported", 415, 'unsupported charset "LATIN9"', 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["encoding.unsupported", 415, 'unsupported content encoding "zstd9"', 415, "UNSUPPORTED_MEDIA_TYPE"],
  ])("answers body-parser's %s with %d %s", (type, status, message, expected, code) => {
    expect(answer(parserError(type, status, message))).toMatchObject({ status: expected, body: { statusCode: expected, code } });
  });

  it("answers on the MLflow routes in MLflow's shape, 403 as PERMISSION_DENIED", () => {
    expect(answer(new DomainError("CSRF_TOKEN_INVALID", "no token"), "/api/2.0/mlflow/runs/create")).toMatchObject({ status: 403, body: { error_code: "PERMISSION_DENIED", message: "no token" } });
    expect(answer(parserError("entity.parse.failed", 400, "bad json"), "/api/2.0/mlflow/runs/create")).toMatchObject({ status: 400, body: { error_code: "BAD_REQUEST" } });
  });
});
