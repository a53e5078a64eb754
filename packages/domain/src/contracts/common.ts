import { z } from "zod";
import "./messages";

/** Free text that must say something: trimmed, at least one character. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** Free text that may be cleared: null or an empty string store nothing. */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();
export const Uuid = z.uuid();

export const PAGE_SIZE_MAX = 200;
export const PaginationQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(50),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const ErrorDetailSchema = z.object({
  path: z.string().optional().describe("Dotted path of the offending field, for validation errors"),
  code: z.string().optional(),
  message: z.string(),
});

export const ErrorResponseSchema = z.object({
  statusCode: z.number().int(),
  error: z.string().describe("HTTP reason phrase"),
  code: z.string().describe("Stable machine-readable error code, e.g. PROJECT_NOT_FOUND"),
  message: z.string(),
  details: z.array(ErrorDetailSchema).optional(),
  correlationId: z.string(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

export const HealthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  uptimeSeconds: z.number(),
  database: z.object({
    status: z.enum(["up", "down"]),
    embedded: z.boolean(),
    latencyMs: z.number().nullable(),
    error: z.string().optional(),
  }),
});
export type Health = z.infer<typeof HealthSchema>;
