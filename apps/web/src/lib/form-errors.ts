import { LifecycleApiError } from "@lifecycle/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts a server's validation or conflict details on the form fields they name,
 * and returns the message for what no field shows.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly string[]): string | null {
  if (!(error instanceof LifecycleApiError)) return error instanceof Error ? error.message : "Something went wrong.";
  let unplaced = false;
  for (const detail of error.details) {
    const field = detail.path?.split(".")[0];
    if (field && fields.includes(field)) setError(field as Path<T>, { type: "server", message: detail.message });
    else unplaced = true;
  }
  return error.details.length === 0 || unplaced ? error.message : null;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong.";
}

/** The server's message for one field of a refused request, if it named that field. */
export function serverFieldError(error: unknown, path: string): string | undefined {
  return error instanceof LifecycleApiError ? (error.fieldMessage(path) ?? undefined) : undefined;
}
