import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const VERSIONS_PAGE_SIZE = 25;

/** A model's versions, newest first. */
export function useModelVersions(projectId: string, modelId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.modelVersions(projectId, modelId, page),
    queryFn: ({ signal }) => api.listModelVersions({ path: { projectId, modelId }, query: { page, pageSize: VERSIONS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useModelVersion(projectId: string, modelId: string, version: number) {
  return useQuery({
    queryKey: queryKeys.modelVersion(projectId, modelId, version),
    queryFn: ({ signal }) => api.getModelVersion({ path: { projectId, modelId, version }, signal }),
  });
}
