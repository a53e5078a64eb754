import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const ALIAS_HISTORY_PAGE_SIZE = 20;

/** Every alias move of a model, newest first: who, from which version to which, when and why. */
export function useAliasHistory(projectId: string, modelId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.aliasHistory(projectId, modelId, page),
    queryFn: ({ signal }) => api.listModelAliasHistory({ path: { projectId, modelId }, query: { page, pageSize: ALIAS_HISTORY_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
