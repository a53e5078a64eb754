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

/** The projects an experiment could move to: those where the caller contributes (up to 200, by name). */
export function useMoveTargets(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.projectList({ purpose: "move-targets" }),
    enabled,
    queryFn: ({ signal }) => api.listProjects({ query: { pageSize: 200, sort: "name", order: "asc" }, signal }),
  });
}

export function useMoveExperiment(projectId: string, experimentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (toProject: string) => api.changeExperimentProject({ path: { projectId, experimentId }, body: { toProject } }),
    // Not awaited, and not the moved experiment's own queries in the old project: refetched there they are 404s,
    // and the page would show "not found" before the caller moves on to the new address.
    onSuccess: (moved) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.experiments(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(moved.projectId) });
    },
  });
}
