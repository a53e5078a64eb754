import type { OperationArgs } from "@lifecycle/client";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type ProjectFilters = NonNullable<OperationArgs<"listProjects">["query"]>;

export function getProjects(filters: ProjectFilters, signal?: AbortSignal) {
  return api.listProjects({ query: filters, signal });
}

export const projectsQueryOptions = (filters: ProjectFilters) =>
  queryOptions({
    queryKey: queryKeys.projectList(filters),
    queryFn: ({ signal }) => getProjects(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useProjects(filters: ProjectFilters) {
  return useQuery(projectsQueryOptions(filters));
}
