import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function getKpis(projectId: string, signal?: AbortSignal) {
  return api.listKpis({ path: { projectId }, signal });
}

export const kpisQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.kpis(projectId), queryFn: ({ signal }) => getKpis(projectId, signal) });

export function useKpis(projectId: string) {
  return useQuery(kpisQueryOptions(projectId));
}
