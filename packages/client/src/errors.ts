import type { components } from "./generated/schema";

export type ApiErrorBody = components["schemas"]["ErrorResponseDto"];

/** A non-2xx answer, carrying the API's error shape. */
export class LifecycleApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: NonNullable<ApiErrorBody["details"]>;
  readonly correlationId: string | undefined;

  constructor(status: number, body: Partial<ApiErrorBody> | undefined, fallback: string) {
    super(body?.message ?? fallback);
    this.name = "LifecycleApiError";
    this.status = status;
    this.code = body?.code ?? "UNKNOWN";
    this.details = body?.details ?? [];
    this.correlationId = body?.correlationId;
  }

  /** The message for one field, from a validation error's details. */
  fieldMessage(path: string): string | undefined {
    return this.details.find((detail) => detail.path === path)?.message;
  }
}
