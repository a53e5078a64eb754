import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

const HEADER = "x-correlation-id";
const ACCEPTABLE = /^[\w.:-]{1,100}$/;

/** Gives every request an id, taken from the caller when it sends a sane one, echoed in the response. */
export function correlationIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  correlationIdOf(request, response);
  next();
}

export function correlationIdOf(request: Request, response: Response): string {
  const existing = response.getHeader(HEADER);
  if (typeof existing === "string") return existing;
  const offered = request.header(HEADER);
  const id = offered && ACCEPTABLE.test(offered) ? offered : randomUUID();
  response.setHeader(HEADER, id);
  return id;
}
