import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const ALERTS_PAGE_SIZE = 20;
export type AlertFilter = "UNRESOLVED" | "RESOLVED";

/** The project's alerts, newest first: those still to deal with, or those resolved. */
export function useAlerts(projectId: string, status: AlertFilter, page: number) {
  return useQuery({
    queryKey: queryKeys.alertList(projectId, { status, page }),
    queryFn: ({ signal }) => api.listAlerts({ path: { projectId }, query: { status, page, pageSize: ALERTS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
