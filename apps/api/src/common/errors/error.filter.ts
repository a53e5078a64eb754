import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from "@nestjs/common";
import type { ErrorResponse } from "@lifecycle/domain";
import type { Request, Response } from "express";
import { ZodValidationException } from "nestjs-zod";
import { ZodError } from "zod";
import { correlationIdOf } from "../correlation-id";
import { DomainError, ERROR_STATUS, type ErrorCode, type ErrorDetail } from "./domain-error";

const REASON_PHRASES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** One detail per offending field; each unknown key is named on its own. */
function zodDetails(error: ZodError): ErrorDetail[] {
  return error.issues.flatMap((issue): ErrorDetail[] => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [base, key].filter(Boolean).join("."), code: issue.code, message: `Unrecognized key: "${key}"` }));
    }
    return [{ path: base, code: issue.code, message: issue.message }];
  });
}

function summarise(details: ErrorDetail[]): string {
  const first = details[0];
  if (!first) return "The request is invalid.";
  const where = first.path ? `${first.path}: ` : "";
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : "";
  return `Invalid request — ${where}${first.message}${more}`;
}

const DATABASE_DOWN =
  /ECONNREFUSED|ECONNRESET|Can't reach database|timeout exceeded when trying to connect|Connection terminated|connect ETIMEDOUT|DatabaseNotReachable|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|server closed the connection unexpectedly/i;

interface Classified {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
}

function classify(exception: unknown): Classified | null {
  if (exception instanceof DomainError) {
    return { code: exception.code, message: exception.message, details: exception.details };
  }
  if (exception instanceof ZodValidationException) {
    const zodError = exception.getZodError();
    const details = zodError instanceof ZodError ? zodDetails(zodError) : [];
    return { code: "VALIDATION_FAILED", message: summarise(details), details };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === HttpStatus.NOT_FOUND) return { code: "ROUTE_NOT_FOUND", message: exception.message };
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) return { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large." };
    if (status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) return { code: "UNSUPPORTED_MEDIA_TYPE", message: exception.message };
    // Validation has its own exception; a bare 400 is Express failing to parse the body or the URL.
    if (status === HttpStatus.BAD_REQUEST) {
      return { code: "MALFORMED_REQUEST", message: `The request could not be parsed: ${exception.message}` };
    }
    return null;
  }
  const bodyError = bodyParserError(exception);
  if (bodyError) return bodyError;
  // Prisma's codes for an unreachable server, a lost connection and a pool timeout, or the driver's own words.
  const prismaCode = (exception as { code?: unknown })?.code;
  const databaseDown = typeof prismaCode === "string" && ["P1001", "P1002", "P1017", "P2024"].includes(prismaCode);
  if (exception instanceof Error && (databaseDown || DATABASE_DOWN.test(`${exception.message} ${String((exception as { cause?: unknown }).cause ?? "")}`))) {
    return { code: "DATABASE_UNAVAILABLE", message: "The database is unavailable; try again shortly." };
  }
  return null;
}

/** body-parser's refusals (they carry a type and a status): a body too large, not JSON, or in a charset or encoding it cannot read. */
function bodyParserError(exception: unknown): Classified | null {
  const { type, status } = (exception ?? {}) as { type?: unknown; status?: unknown };
  if (typeof type !== "string" || typeof status !== "number") return null;
  if (type === "entity.too.large") return { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large." };
  if (type === "charset.unsupported" || type === "encoding.unsupported") return { code: "UNSUPPORTED_MEDIA_TYPE", message: (exception as Error).message };
  if (status === 400 || type === "entity.parse.failed") return { code: "MALFORMED_REQUEST", message: `The request could not be parsed: ${(exception as Error).message}` };
  return null;
}

/**
 * For Express: an error middleware that answers with the ErrorFilter, so that what fails before Nest's
 * routing (a body that cannot be parsed) gets the one error shape too. It must come before any other error
 * middleware — the dashboard's static files module turns every error under /api into a 404.
 */
export function errorMiddleware(filter: ErrorFilter) {
  return (error: unknown, request: Request, response: Response, _next: unknown): void => {
    const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
    filter.catch(error, host);
  };
}

/** MLflow's error codes and statuses, for the MLflow-compatible routes: their clients read these. */
const MLFLOW_PATH = /^\/(api|ajax-api)\/2\.0\/mlflow(-artifacts)?(\/|$)/;
function mlflowError(code: ErrorCode, status: number): { errorCode: string; status: number } {
  if (code === "ROUTE_NOT_FOUND") return { errorCode: "ENDPOINT_NOT_FOUND", status: 404 };
  if (code.endsWith("_NOT_FOUND")) return { errorCode: "RESOURCE_DOES_NOT_EXIST", status: 404 };
  if (code.endsWith("_TAKEN") || code.endsWith("_EXISTS")) return { errorCode: "RESOURCE_ALREADY_EXISTS", status: 400 };
  if (code === "UNAUTHENTICATED" || code === "INVALID_CREDENTIALS") return { errorCode: "UNAUTHENTICATED", status: 401 };
  if (status === 403) return { errorCode: "PERMISSION_DENIED", status: 403 };
  if (status === 429) return { errorCode: "REQUEST_LIMIT_EXCEEDED", status: 429 };
  if (code === "MALFORMED_REQUEST") return { errorCode: "BAD_REQUEST", status: 400 };
  if (status < 500) return { errorCode: "INVALID_PARAMETER_VALUE", status: 400 };
  return { errorCode: code === "DATABASE_UNAVAILABLE" ? "TEMPORARILY_UNAVAILABLE" : "INTERNAL_ERROR", status };
}

/** The one error shape: { statusCode, error, code, message, details?, correlationId } (MLflow's { error_code, message } on its routes). */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger("Errors");

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const correlationId = correlationIdOf(request, response);
    // The client went away (an upload aborted half-way): there is nobody to answer, and nothing went wrong here.
    if (request.socket?.destroyed) {
      this.logger.warn(`${request.method} ${request.originalUrl}: the client closed the connection [${correlationId}]`);
      if (!response.headersSent) response.destroy();
      return;
    }
    const classified = classify(exception) ?? { code: "INTERNAL_ERROR" as const, message: "An unexpected error occurred." };
    const statusCode = ERROR_STATUS[classified.code];
    if (classified.code === "DATABASE_UNAVAILABLE") {
      // Down, or every connection busy: worth a retry shortly.
      response.setHeader("Retry-After", "1");
      this.logger.warn(`${request.method} ${request.originalUrl} → 503: the database is unavailable [${correlationId}]`);
    } else if (statusCode >= 500) {
      this.logger.error(
        `${request.method} ${request.originalUrl} → ${statusCode} [${correlationId}]`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (MLFLOW_PATH.test(request.originalUrl)) {
      const { errorCode, status } = mlflowError(classified.code, statusCode);
      response.status(status).json({ error_code: errorCode, message: classified.message });
      return;
    }
    const body: ErrorResponse = {
      statusCode,
      error: REASON_PHRASES[statusCode] ?? "Error",
      code: classified.code,
      message: classified.message,
      ...(classified.details?.length ? { details: classified.details } : {}),
      correlationId,
    };
    response.status(statusCode).json(body);
  }
}
