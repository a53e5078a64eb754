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
  /ECONNREFUSED|ECONNRESET|Can't reach database|Connection terminated|connect ETIMEDOUT|DatabaseNotReachable|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|server closed the connection unexpectedly/i;

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
  if ((exception as { type?: string })?.type === "entity.too.large") return { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large." };
  // Prisma's codes for an unreachable server, a lost connection and a pool timeout, or the driver's own words.
  const prismaCode = (exception as { code?: unknown })?.code;
  const databaseDown = typeof prismaCode === "string" && ["P1001", "P1002", "P1017", "P2024"].includes(prismaCode);
  if (exception instanceof Error && (databaseDown || DATABASE_DOWN.test(`${exception.message} ${String((exception as { cause?: unknown }).cause ?? "")}`))) {
    return { code: "DATABASE_UNAVAILABLE", message: "The database is unavailable; try again shortly." };
  }
  return null;
}

/** MLflow's error codes and statuses, for the MLflow-compatible routes: their clients read these. */
const MLFLOW_PATH = /^\/(api|ajax-api)\/2\.0\/mlflow(-artifacts)?(\/|$)/;
function mlflowError(code: ErrorCode, status: number): { errorCode: string; status: number } {
  if (code === "ROUTE_NOT_FOUND") return { errorCode: "ENDPOINT_NOT_FOUND", status: 404 };
  if (code.endsWith("_NOT_FOUND")) return { errorCode: "RESOURCE_DOES_NOT_EXIST", status: 404 };
  if (code.endsWith("_TAKEN") || code.endsWith("_EXISTS")) return { errorCode: "RESOURCE_ALREADY_EXISTS", status: 400 };
  if (code === "UNAUTHENTICATED" || code === "INVALID_CREDENTIALS") return { errorCode: "UNAUTHENTICATED", status: 401 };
  if (code === "FORBIDDEN") return { errorCode: "PERMISSION_DENIED", status: 403 };
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
    const classified = classify(exception) ?? { code: "INTERNAL_ERROR" as const, message: "An unexpected error occurred." };
    const statusCode = ERROR_STATUS[classified.code];
    if (classified.code === "DATABASE_UNAVAILABLE") {
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
