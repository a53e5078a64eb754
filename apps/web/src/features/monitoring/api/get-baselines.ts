import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The deployment's baselines, newest first; one of them is active. */
export function useBaselines(projectId: string, deploymentId: string) {
  return useQuery({
    queryKey: queryKeys.baselines(projectId, deploymentId),
    queryFn: ({ signal }) => api.listBaselines({ path: { projectId, deploymentId }, signal }),
  });
}
