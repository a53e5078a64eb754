import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The deployment's monitors with their state; refreshed every minute, as the scheduler evaluates them. */
export function useMonitors(projectId: string, deploymentId: string) {
  return useQuery({
    queryKey: queryKeys.monitors(projectId, deploymentId),
    queryFn: ({ signal }) => api.listMonitors({ path: { projectId, deploymentId }, signal }),
    refetchInterval: 60_000,
  });
}
