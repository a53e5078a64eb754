import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateExperimentBody = OperationArgs<"createExperiment">["body"];

export function useExperiments(projectId: string) {
  return useQuery({ queryKey: queryKeys.experiments(projectId), queryFn: ({ signal }) => api.listExperiments({ path: { projectId }, signal }) });
}

function useExperimentMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.experiments(projectId) }) });
}

export const useCreateExperiment = (projectId: string) =>
  useExperimentMutation(projectId, (body: CreateExperimentBody) => api.createExperiment({ path: { projectId }, body }));
export const useDeleteExperiment = (projectId: string) =>
  useExperimentMutation(projectId, (experimentId: string) => api.deleteExperiment({ path: { projectId, experimentId } }));
/** Brings back an experiment deleted through MLflow, and its runs: everything of the project is refreshed. */
export function useRestoreExperiment(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (experimentId: string) => api.restoreExperiment({ path: { projectId, experimentId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) }),
  });
}
