import { createParamDecorator, Param, ParseUUIDPipe, PipeTransform, type ExecutionContext } from "@nestjs/common";
import type { Request } from "express";
import { STAGES, type Stage } from "@lifecycle/domain";
import { invalidField } from "./errors/domain-error";

/** A path parameter that must be a UUID; anything else is a 400 naming it. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ exceptionFactory: () => invalidField(name, "Must be a UUID") }));
}

class StagePipe implements PipeTransform<string, Stage> {
  transform(value: string): Stage {
    if ((STAGES as readonly string[]).includes(value)) return value as Stage;
    throw invalidField("stage", `Must be one of ${STAGES.join(", ")}`);
  }
}

export function StageParam(): ParameterDecorator {
  return Param("stage", new StagePipe());
}

const IDEMPOTENCY_KEY = /^[\w.:-]{1,200}$/;

/** The Idempotency-Key header, when sent: 1–200 letters, digits and _ . : - */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().header("idempotency-key");
  if (value === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(value)) throw invalidField("Idempotency-Key", "Use 1 to 200 letters, digits and _ . : -");
  return value;
});

class PositiveIntPipe implements PipeTransform<string, number> {
  constructor(private readonly name: string) {}
  transform(value: string): number {
    if (/^[1-9]\d{0,8}$/.test(value)) return Number(value);
    throw invalidField(this.name, "Must be a whole number from 1");
  }
}

/** A path parameter that must be a whole number from 1 (a version number); anything else is a 400 naming it. */
export function PositiveIntParam(name: string): ParameterDecorator {
  return Param(name, new PositiveIntPipe(name));
}
