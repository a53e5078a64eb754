import type { NextFunction, Request, Response } from "express";
import { DomainError } from "./errors/domain-error";

// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNREADABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A cheap character-class test first (a batch holds tens of thousands of strings); the exact one only for suspects. */
const unreadable = (text: string) => SUSPECT.test(text) && UNREADABLE.test(text);

/** The path of the first string (or key) in a parsed body that holds a NUL or a lone surrogate, or null. */
export function unreadablePath(value: unknown, depth = 0): string | null {
  if (typeof value === "string") return unreadable(value) ? "" : null;
  if (value === null || typeof value !== "object" || depth > 500) return null;
  // The path is made only on the way back from a find: nothing is allocated for a body that is fine.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = unreadablePath(value[index], depth + 1);
      if (found !== null) return found === "" ? String(index) : `${index}.${found}`;
    }
    return null;
  }
  for (const key in value) {
    if (unreadable(key)) return key;
    const found = unreadablePath((value as Record<string, unknown>)[key], depth + 1);
    if (found !== null) return found === "" ? key : `${key}.${found}`;
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
