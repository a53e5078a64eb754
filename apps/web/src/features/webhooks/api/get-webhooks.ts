import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The project's webhooks with their last delivery (leads only). */
export function useWebhooks(projectId: string) {
  return useQuery({
    queryKey: queryKeys.webhooks(projectId),
    queryFn: ({ signal }) => api.listWebhooks({ path: { projectId }, signal }),
  });
}
