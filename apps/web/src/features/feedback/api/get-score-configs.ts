import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** What the project's feedback scores mean. */
export function useScoreConfigs(projectId: string) {
  return useQuery({ queryKey: queryKeys.scoreConfigs(projectId), queryFn: ({ signal }) => api.listScoreConfigs({ path: { projectId }, signal }) });
}
