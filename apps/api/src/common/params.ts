import { Param, ParseUUIDPipe, PipeTransform } from "@nestjs/common";
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
