import { useQuery } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "@lifecycle/domain";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The registered models and one model's versions a variant can serve (kept under the models' keys, so registry changes refresh them). */
export function useModelChoices(projectId: string) {
  return useQuery({
    queryKey: [...queryKeys.models(projectId), "choices"],
    queryFn: ({ signal }) => api.listModels({ path: { projectId }, query: { pageSize: PAGE_SIZE_MAX }, signal }),
  });
}

export function useVersionChoices(projectId: string, modelId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.models(projectId), modelId, "choices"],
    queryFn: ({ signal }) => api.listModelVersions({ path: { projectId, modelId: modelId! }, query: { pageSize: PAGE_SIZE_MAX }, signal }),
    enabled: modelId !== null,
  });
}
