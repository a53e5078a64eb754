import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const DEPLOYMENTS_PAGE_SIZE = 20;

export interface DeploymentFilters {
  includeRetired: boolean;
  page: number;
}

/** The project's deployments, production first; retired ones only when asked for. */
export function useDeployments(projectId: string, filters: DeploymentFilters) {
  return useQuery({
    queryKey: queryKeys.deploymentList(projectId, filters),
    queryFn: ({ signal }) =>
      api.listDeployments({ path: { projectId }, query: { page: filters.page, pageSize: DEPLOYMENTS_PAGE_SIZE, includeRetired: filters.includeRetired ? "true" : "false" }, signal }),
    placeholderData: keepPreviousData,
  });
}
