import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateMonitorBody = OperationArgs<"createMonitor">["body"];

/** A monitor's change touches its deployment's monitors, a KPI it feeds, the Monitoring gate, and, when it alerts, the project's alerts and badges. */
function useMonitorMutation<TArgs, TResult>(projectId: string, deploymentId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.monitors(projectId, deploymentId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.kpis(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.alerts(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projectDetails(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
    },
  });
}

export const useCreateMonitor = (projectId: string, deploymentId: string) =>
  useMonitorMutation(projectId, deploymentId, (body: CreateMonitorBody) => api.createMonitor({ path: { projectId, deploymentId }, body }));
export const useEvaluateMonitor = (projectId: string, deploymentId: string) =>
  useMonitorMutation(projectId, deploymentId, (monitorId: string) => api.evaluateMonitor({ path: { projectId, deploymentId, monitorId } }));
export const useDeleteMonitor = (projectId: string, deploymentId: string) =>
  useMonitorMutation(projectId, deploymentId, (monitorId: string) => api.deleteMonitor({ path: { projectId, deploymentId, monitorId } }));

/** Acknowledging or resolving an alert changes the project's alerts, the Monitoring gate, its badge on the page and the board card. */
function useAlertMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.alerts(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projectDetails(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
    },
  });
}

export const useAcknowledgeAlert = (projectId: string) =>
  useAlertMutation(projectId, ({ alertId, note }: { alertId: string; note?: string }) => api.acknowledgeAlert({ path: { projectId, alertId }, body: note ? { note } : {} }));
export const useResolveAlert = (projectId: string) =>
  useAlertMutation(projectId, ({ alertId, note }: { alertId: string; note?: string }) => api.resolveAlert({ path: { projectId, alertId }, body: note ? { note } : {} }));
