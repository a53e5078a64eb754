import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateDeploymentBody = OperationArgs<"createDeployment">["body"];
export type ShiftTrafficBody = OperationArgs<"changeDeploymentTraffic">["body"];
export type ChangeStatusBody = OperationArgs<"changeDeploymentStatus">["body"];

/** Deployments feed the Deployments tab, the Deployment gate and the board card's live version: refresh exactly those. */
function useDeploymentMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.deployments(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projectDetails(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
    },
  });
}

export const useCreateDeployment = (projectId: string) => useDeploymentMutation(projectId, (body: CreateDeploymentBody) => api.createDeployment({ path: { projectId }, body }));
export const useShiftTraffic = (projectId: string) =>
  useDeploymentMutation(projectId, ({ deploymentId, body }: { deploymentId: string; body: ShiftTrafficBody }) => api.changeDeploymentTraffic({ path: { projectId, deploymentId }, body }));
export const useChangeStatus = (projectId: string) =>
  useDeploymentMutation(projectId, ({ deploymentId, body }: { deploymentId: string; body: ChangeStatusBody }) => api.changeDeploymentStatus({ path: { projectId, deploymentId }, body }));
export const useRollBack = (projectId: string) =>
  useDeploymentMutation(projectId, ({ deploymentId, reason }: { deploymentId: string; reason: string }) => api.rollBackDeployment({ path: { projectId, deploymentId }, body: { reason } }));
