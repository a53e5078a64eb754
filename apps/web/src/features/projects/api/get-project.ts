import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function getProject(projectId: string, signal?: AbortSignal) {
  return api.getProject({ path: { projectId }, signal });
}

export const projectQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.projectDetails(projectId), queryFn: ({ signal }) => getProject(projectId, signal) });

export function useProject(projectId: string) {
  return useQuery(projectQueryOptions(projectId));
}
