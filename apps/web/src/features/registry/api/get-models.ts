import { PAGE_SIZE_MAX } from "@lifecycle/domain";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const MODELS_PAGE_SIZE = 20;

export const modelsQueryOptions = (projectId: string, page: number) =>
  queryOptions({
    queryKey: queryKeys.modelList(projectId, page),
    queryFn: ({ signal }) => api.listModels({ path: { projectId }, query: { page, pageSize: MODELS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });

export function useModels(projectId: string, page: number) {
  return useQuery(modelsQueryOptions(projectId, page));
}

/** The project's model of exactly this name, asked for afresh (a list shown while typing may be behind). */
export async function findModelNamed(projectId: string, name: string) {
  const page = await api.listModels({ path: { projectId }, query: { pageSize: PAGE_SIZE_MAX, q: name } });
  return page.items.find((model) => model.name === name) ?? null;
}

/** Models whose name contains the typed text, for picking one by name. */
export function useModelsNamed(projectId: string, text: string) {
  return useQuery({
    queryKey: [...queryKeys.models(projectId), "named", text],
    queryFn: ({ signal }) => api.listModels({ path: { projectId }, query: { pageSize: MODELS_PAGE_SIZE, ...(text ? { q: text } : {}) }, signal }),
    placeholderData: keepPreviousData,
  });
}
