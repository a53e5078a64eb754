import { assessKpi, type Kpi, type KpiMeasurementView } from "@lifecycle/domain";
import { toIso } from "../../common/text";
import type { KpiRow, MeasurementRow } from "./kpis.repository";

export function toMeasurementView(row: MeasurementRow): KpiMeasurementView {
  return { id: row.id, value: row.value, measuredAt: row.measuredAt.toISOString(), source: row.source, note: row.note };
}

export function toKpiView(row: KpiRow, now = new Date(), evidence: Kpi["evidence"] = null): Kpi {
  const assessment = assessKpi(row, row.measurements, now);
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    description: row.description,
    unit: row.unit,
    direction: row.direction,
    baseline: row.baseline,
    target: row.target,
    deadline: row.deadline ? row.deadline.toISOString().slice(0, 10) : null,
    metricKey: row.metricKey,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    measurementCount: row._count.measurements,
    assessment: { ...assessment, currentAt: toIso(assessment.currentAt) },
    trend: [...row.measurements].reverse().map(toMeasurementView),
    evidence,
  };
}
