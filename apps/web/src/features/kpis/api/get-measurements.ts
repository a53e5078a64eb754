import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const MEASUREMENTS_PAGE_SIZE = 20;

/** A KPI's measurements, newest first (by when measured, then by when recorded). */
export function useMeasurements(projectId: string, kpiId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.measurements(projectId, kpiId, page),
    queryFn: ({ signal }) => api.listKpiMeasurements({ path: { projectId, kpiId }, query: { page, pageSize: MEASUREMENTS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
