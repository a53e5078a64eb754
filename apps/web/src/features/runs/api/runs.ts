import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export interface RunSearch {
  filter: string;
  orderBy: string;
}

const PAGE_SIZE = 50;

export function useExperiment(projectId: string, experimentId: string) {
  return useQuery({ queryKey: queryKeys.experiment(projectId, experimentId), queryFn: ({ signal }) => api.getExperiment({ path: { projectId, experimentId }, signal }) });
}

export const runsQueryOptions = (projectId: string, experimentId: string, search: RunSearch) =>
  infiniteQueryOptions({
    queryKey: queryKeys.runs(projectId, experimentId, search),
    queryFn: ({ pageParam, signal }) =>
      api.listRuns({
        path: { projectId, experimentId },
        query: { pageSize: PAGE_SIZE, ...(search.filter.trim() ? { filter: search.filter } : {}), ...(search.orderBy ? { orderBy: search.orderBy } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: "",
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    // Runs still going change: look again every 5 s while any is RUNNING.
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((run) => run.status === "RUNNING")) ? 5_000 : false),
  });

export function useRuns(projectId: string, experimentId: string, search: RunSearch) {
  return useInfiniteQuery(runsQueryOptions(projectId, experimentId, search));
}
