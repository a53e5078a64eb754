import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const EVENTS_PAGE_SIZE = 20;

/** A deployment's timeline, newest first: created, status changes, traffic shifts, rollbacks. */
export function useDeploymentEvents(projectId: string, deploymentId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.deploymentEvents(projectId, deploymentId, page),
    queryFn: ({ signal }) => api.listDeploymentEvents({ path: { projectId, deploymentId }, query: { page, pageSize: EVENTS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
