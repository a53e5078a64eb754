import {
  CreateKpiSchema,
  CreateMeasurementSchema,
  KpiListSchema,
  KpiSchema,
  ListMeasurementsQuerySchema,
  MeasurementPageSchema,
  MeasurementSchema,
  UpdateKpiSchema,
  UpdateMeasurementSchema,
} from "@lifecycle/domain";
import { createZodDto } from "nestjs-zod";

export class CreateKpiDto extends createZodDto(CreateKpiSchema) {}
export class UpdateKpiDto extends createZodDto(UpdateKpiSchema) {}
export class KpiDto extends createZodDto(KpiSchema) {}
export class KpiListDto extends createZodDto(KpiListSchema) {}
export class CreateMeasurementDto extends createZodDto(CreateMeasurementSchema) {}
export class MeasurementDto extends createZodDto(MeasurementSchema) {}
export class ListMeasurementsQueryDto extends createZodDto(ListMeasurementsQuerySchema) {}
export class MeasurementPageDto extends createZodDto(MeasurementPageSchema) {}
export class UpdateMeasurementDto extends createZodDto(UpdateMeasurementSchema) {}
