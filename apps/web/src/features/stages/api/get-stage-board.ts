import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function getStageBoard(projectId: string, signal?: AbortSignal) {
  return api.getStageBoard({ path: { projectId }, signal });
}

export const stageBoardQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.stageBoard(projectId), queryFn: ({ signal }) => getStageBoard(projectId, signal) });

export function useStageBoard(projectId: string) {
  return useQuery(stageBoardQueryOptions(projectId));
}
