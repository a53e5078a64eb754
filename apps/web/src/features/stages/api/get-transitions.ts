import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const TRANSITIONS_PAGE_SIZE = 20;

export function getTransitions(projectId: string, page: number, signal?: AbortSignal) {
  return api.listTransitions({ path: { projectId }, query: { page, pageSize: TRANSITIONS_PAGE_SIZE }, signal });
}

export const transitionsQueryOptions = (projectId: string, page: number) =>
  queryOptions({
    queryKey: queryKeys.transitions(projectId, page),
    queryFn: ({ signal }) => getTransitions(projectId, page, signal),
    placeholderData: keepPreviousData,
  });

export function useTransitions(projectId: string, page: number) {
  return useQuery(transitionsQueryOptions(projectId, page));
}
