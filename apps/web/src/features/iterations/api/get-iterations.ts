import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The project's iterations after the first, newest first (a project loops a handful of times: one page of 100). */
export function useIterations(projectId: string) {
  return useQuery({
    queryKey: queryKeys.iterations(projectId),
    queryFn: ({ signal }) => api.listIterations({ path: { projectId }, query: { page: 1, pageSize: 100 }, signal }),
  });
}

/** The iteration planned next, if any: where a new trigger goes. */
export function usePlannedIteration(projectId: string) {
  const iterations = useIterations(projectId);
  return iterations.data?.items.find((iteration) => iteration.status === "PLANNED") ?? null;
}
