import { FramingSchema, UpsertFramingSchema, VocabulariesSchema } from "@lifecycle/domain";
import { createZodDto } from "nestjs-zod";

export class UpsertFramingDto extends createZodDto(UpsertFramingSchema) {}
export class FramingDto extends createZodDto(FramingSchema) {}
export class VocabulariesDto extends createZodDto(VocabulariesSchema) {}
