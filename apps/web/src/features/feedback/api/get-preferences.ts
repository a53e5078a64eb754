import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const PREFERENCES_PAGE_SIZE = 10;

/** The project's pairwise preferences, newest first. */
export function usePreferences(projectId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.preferences(projectId, { page }),
    queryFn: ({ signal }) => api.listPreferences({ path: { projectId }, query: { page, pageSize: PREFERENCES_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Each version's win rate over the project's preferences, optionally from one source. */
export function useWinRates(projectId: string, source: string | null) {
  return useQuery({
    queryKey: queryKeys.preferences(projectId, { winRates: source }),
    queryFn: ({ signal }) => api.getWinRates({ path: { projectId }, query: source ? { source: source as never } : {}, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The project's DPO exports, newest first. */
export function usePreferenceExports(projectId: string) {
  return useQuery({ queryKey: queryKeys.preferences(projectId, { exports: true }), queryFn: ({ signal }) => api.listPreferenceExports({ path: { projectId }, signal }) });
}
