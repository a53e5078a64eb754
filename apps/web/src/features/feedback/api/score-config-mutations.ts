import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateScoreConfigBody = OperationArgs<"createScoreConfig">["body"];

/** A score config's change touches the project's configs only. */
function useConfigMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.scoreConfigs(projectId) }) });
}

export const useCreateScoreConfig = (projectId: string) => useConfigMutation(projectId, (body: CreateScoreConfigBody) => api.createScoreConfig({ path: { projectId }, body }));
export const useDeleteScoreConfig = (projectId: string) => useConfigMutation(projectId, (configId: string) => api.deleteScoreConfig({ path: { projectId, configId } }));
