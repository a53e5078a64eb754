import type { IncomingMessage } from "node:http";
import type { NextFunction, Request, Response } from "express";

/** The MLflow routes that carry metric steps. */
const STEP_ROUTES = /^\/(api|ajax-api)\/2\.0\/mlflow\/runs\/log-(batch|metric)(\?|$)/;
/** A "step": key with an integer of 16 digits or more: the ones a JavaScript number may round. */
const LONG_STEP = /"step"\s*:\s*(-?\d{16,})(?![\d.eE])/g;

type WithSteps = IncomingMessage & { exactSteps?: string[] };

const DOT = 46;
/**
 * Whether the bytes hold an integer part of 16 digits or more (digits after a decimal point do not count: metric
 * values are full of them). Most bodies do not, and are not turned into text to be searched.
 */
function hasLongNumber(buffer: Buffer): boolean {
  let run = 0;
  let fraction = false;
  for (let index = 0; index < buffer.length; index += 1) {
    const byte = buffer[index]!;
    if (byte >= 48 && byte <= 57) {
      if (run === 0) fraction = index > 0 && buffer[index - 1] === DOT;
      run += 1;
      if (run >= 16 && !fraction) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

/**
 * For body-parser's verify hook: before the body is parsed into numbers, the digits of every long step in it.
 * (JSON.parse reads 4611686018427387905 as 4611686018427387904; MLflow keeps 64-bit steps exactly.)
 */
export function rememberExactSteps(request: IncomingMessage, buffer: Buffer): void {
  // originalUrl: under a mounted parser Express has cut the mount path from url.
  const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? "";
  if (!STEP_ROUTES.test(url) || !hasLongNumber(buffer)) return;
  const found = [...buffer.toString("utf8").matchAll(LONG_STEP)].map((match) => match[1]!);
  if (found.length) (request as WithSteps).exactSteps = found;
}

/** After parsing: each long step of the body's metrics (or of log-metric's one) is put back as its own digits, in order. */
export function exactStepsMiddleware(request: Request, _response: Response, next: NextFunction): void {
  const exact = (request as unknown as WithSteps).exactSteps;
  const body = request.body as Record<string, unknown> | undefined;
  if (exact?.length && body && typeof body === "object") {
    const metrics: unknown[] = Array.isArray(body.metrics) ? body.metrics : [body];
    let next = 0;
    for (const metric of metrics) {
      if (next >= exact.length) break;
      const entry = metric as Record<string, unknown> | null;
      if (!entry || typeof entry !== "object" || typeof entry.step !== "number" || Math.abs(entry.step) < 1e15) continue;
      if (Number(exact[next]) === entry.step) entry.step = exact[next++];
    }
  }
  next();
}
