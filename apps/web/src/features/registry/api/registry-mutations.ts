import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateModelBody = OperationArgs<"createModel">["body"];
export type CreateModelVersionBody = OperationArgs<"createModelVersion">["body"];
export type ReviewBody = OperationArgs<"reviewModelVersion">["body"];
export type SetAliasBody = OperationArgs<"setModelAlias">["body"];

/**
 * Registry changes show in the models and their versions; a review also moves the
 * Deployment gate and what the deployments say of their versions' approval.
 */
function useRegistryMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>, { movesGates = false } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.models(projectId) });
      if (movesGates) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.deployments(projectId) });
      }
    },
  });
}

export const useCreateModel = (projectId: string) => useRegistryMutation(projectId, (body: CreateModelBody) => api.createModel({ path: { projectId }, body }));

export const useCreateModelVersion = (projectId: string) =>
  useRegistryMutation(projectId, ({ modelId, body }: { modelId: string; body: CreateModelVersionBody }) => api.createModelVersion({ path: { projectId, modelId }, body }));

export const useReviewModelVersion = (projectId: string) =>
  useRegistryMutation(
    projectId,
    ({ modelId, version, body }: { modelId: string; version: number; body: ReviewBody }) => api.reviewModelVersion({ path: { projectId, modelId, version }, body }),
    { movesGates: true },
  );

export const useSetAlias = (projectId: string) =>
  useRegistryMutation(projectId, ({ modelId, alias, body }: { modelId: string; alias: string; body: SetAliasBody }) => api.setModelAlias({ path: { projectId, modelId, alias }, body }));

export const useDeleteAlias = (projectId: string) =>
  useRegistryMutation(projectId, ({ modelId, alias, reason }: { modelId: string; alias: string; reason: string | null }) =>
    api.deleteModelAlias({ path: { projectId, modelId, alias }, query: reason ? { reason } : {} }),
  );

export const useDeleteModelVersion = (projectId: string) =>
  useRegistryMutation(projectId, ({ modelId, version }: { modelId: string; version: number }) => api.deleteModelVersion({ path: { projectId, modelId, version } }), { movesGates: true });
