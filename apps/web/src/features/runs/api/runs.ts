import type { OperationArgs } from "@lifecycle/client";
import type { Run } from "@lifecycle/domain";
import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export interface RunSearch {
  filter: string;
  orderBy: string;
  /** Deleted runs too (marked), so they can be restored. */
  includeDeleted?: boolean;
}

const PAGE_SIZE = 50;
/** Runs still going change: look again this often while any shown is RUNNING. */
const LIVE_REFRESH_MS = 5_000;
const isLive = (runs: Run[]) => runs.some((run) => run.status === "RUNNING");

export function useExperiment(projectId: string, experimentId: string) {
  return useQuery({
    queryKey: queryKeys.experiment(projectId, experimentId),
    queryFn: ({ signal }) => api.getExperiment({ path: { projectId, experimentId }, signal }),
    enabled: Boolean(experimentId),
  });
}

export const runsQueryOptions = (projectId: string, experimentId: string, search: RunSearch) =>
  infiniteQueryOptions({
    queryKey: queryKeys.runs(projectId, experimentId, search),
    queryFn: ({ pageParam, signal }) =>
      api.listRuns({
        path: { projectId, experimentId },
        query: { pageSize: PAGE_SIZE, ...(search.filter.trim() ? { filter: search.filter } : {}), ...(search.orderBy ? { orderBy: search.orderBy } : {}), ...(search.includeDeleted ? { includeDeleted: "true" as const } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: "",
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (isLive(query.state.data?.pages.flatMap((page) => page.items) ?? []) ? LIVE_REFRESH_MS : false),
  });

export function useRuns(projectId: string, experimentId: string, search: RunSearch) {
  return useInfiniteQuery(runsQueryOptions(projectId, experimentId, search));
}

export function useRun(projectId: string, runId: string) {
  return useQuery({
    queryKey: queryKeys.run(projectId, runId),
    queryFn: ({ signal }) => api.getRun({ path: { projectId, runId }, signal }),
    refetchInterval: (query) => (query.state.data && isLive([query.state.data]) ? LIVE_REFRESH_MS : false),
  });
}

export function useRunComparison(projectId: string, runIds: string[]) {
  return useQuery({
    queryKey: queryKeys.runComparison(projectId, runIds),
    queryFn: ({ signal }) => api.getRunComparison({ path: { projectId }, query: { runIds: runIds.join(",") }, signal }),
    enabled: runIds.length >= 2,
    refetchInterval: (query) => (query.state.data && isLive(query.state.data.runs) ? LIVE_REFRESH_MS : false),
  });
}

export type MetricSplit = "" | "train" | "validation" | "test";

export interface SampledRequest {
  runIds: string[];
  keys: string[];
  split: MetricSplit;
  range: [number, number] | null;
  maxPoints: number;
  live: boolean;
}

/** Chart series, thinned on the server; a zoomed range asks again for that range at full detail. */
export const sampledMetricsQueryOptions = (projectId: string, request: SampledRequest) =>
  queryOptions({
    queryKey: queryKeys.sampledMetrics(projectId, request),
    queryFn: ({ signal }) =>
      api.getSampledMetrics({
        path: { projectId },
        query: {
          runIds: request.runIds.join(","),
          keys: request.keys.join(","),
          maxPoints: request.maxPoints,
          ...(request.split ? { split: request.split } : {}),
          ...(request.range ? { fromStep: request.range[0], toStep: request.range[1] } : {}),
        },
        signal,
      }),
    enabled: request.runIds.length > 0 && request.keys.length > 0,
    placeholderData: keepPreviousData,
    refetchInterval: request.live ? LIVE_REFRESH_MS : false,
  });

export type UpdateRunBody = OperationArgs<"updateRun">["body"];

function useRunMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ["project", projectId] }) });
}

export const useUpdateRun = (projectId: string, runId: string) => useRunMutation(projectId, (body: UpdateRunBody) => api.updateRun({ path: { projectId, runId }, body }));
export const useDeleteRun = (projectId: string) => useRunMutation(projectId, (runId: string) => api.deleteRun({ path: { projectId, runId } }));
export const useRestoreRun = (projectId: string) => useRunMutation(projectId, (runId: string) => api.restoreRun({ path: { projectId, runId } }));
export const useSaveRunTag = (projectId: string, runId: string) =>
  useRunMutation(projectId, (body: { key: string; value: string }) => api.saveRunTag({ path: { projectId, runId }, body }));
export const useDeleteRunTag = (projectId: string, runId: string) => useRunMutation(projectId, (key: string) => api.deleteRunTag({ path: { projectId, runId, key } }));
