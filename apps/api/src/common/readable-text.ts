import type { NextFunction, Request, Response } from "express";
import { DomainError } from "./errors/domain-error";

// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNREADABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or key) in a parsed body that holds a NUL or a lone surrogate, or null. */
export function unreadablePath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return UNREADABLE.test(value) ? path.join(".") : null;
  if (value === null || typeof value !== "object" || depth > 500) return null;
  for (const [key, item] of Object.entries(value)) {
    if (UNREADABLE.test(key)) return [...path, key].join(".");
    const found = unreadablePath(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Postgres cannot store NUL in text, and a lone UTF-16 surrogate is no character (it would come back as
 * U+FFFD, not as sent): a URL or a JSON body holding either is refused with a 400 before any route runs.
 */
export function readableTextMiddleware(request: Request, _response: Response, next: NextFunction): void {
  if (/%00/i.test(request.originalUrl)) {
    next(new DomainError("MALFORMED_REQUEST", "NUL characters are not allowed in the URL."));
    return;
  }
  const where = unreadablePath(request.query) ?? (request.body && typeof request.body === "object" ? unreadablePath(request.body) : null);
  if (where !== null) {
    next(new DomainError("VALIDATION_FAILED", `${where || "body"}: NUL characters and lone UTF-16 surrogates are not allowed.`, [{ path: where, code: "unreadable_text", message: "NUL characters and lone UTF-16 surrogates are not allowed" }]));
    return;
  }
  next();
}
