import { applyDecorators } from "@nestjs/common";
import { ApiDefaultResponse } from "@nestjs/swagger";
import { ErrorResponseSchema } from "@lifecycle/domain";
import { createZodDto } from "nestjs-zod";

export class ErrorResponseDto extends createZodDto(ErrorResponseSchema) {}

/** Documents the one error shape as every operation's non-2xx answer. */
export function ApiErrors(): ClassDecorator & MethodDecorator {
  return applyDecorators(ApiDefaultResponse({ type: ErrorResponseDto, description: "Any error: { statusCode, error, code, message, details?, correlationId }" }));
}
