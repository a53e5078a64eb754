import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateKpiBody = OperationArgs<"createKpi">["body"];
export type UpdateKpiBody = OperationArgs<"updateKpi">["body"];
export type MeasurementBody = OperationArgs<"addKpiMeasurement">["body"];
export type MeasurementChangeBody = OperationArgs<"updateKpiMeasurement">["body"];

export const createKpi = (projectId: string, body: CreateKpiBody) => api.createKpi({ path: { projectId }, body });
export const updateKpi = (projectId: string, kpiId: string, body: UpdateKpiBody) => api.updateKpi({ path: { projectId, kpiId }, body });
export const deleteKpi = (projectId: string, kpiId: string) => api.deleteKpi({ path: { projectId, kpiId } });
export const addMeasurement = (projectId: string, kpiId: string, body: MeasurementBody, idempotencyKey: string) =>
  api.addKpiMeasurement({ path: { projectId, kpiId }, body, headers: { "Idempotency-Key": idempotencyKey } });

export const updateMeasurement = (projectId: string, kpiId: string, measurementId: string, body: MeasurementChangeBody) =>
  api.updateKpiMeasurement({ path: { projectId, kpiId, measurementId }, body });
export const deleteMeasurement = (projectId: string, kpiId: string, measurementId: string) => api.deleteKpiMeasurement({ path: { projectId, kpiId, measurementId } });

/** KPIs (with their measurements) feed the KPI cards, the Goals gate and the project's KPI summary: refresh exactly those. */
function useKpiMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.kpis(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projectDetails(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
    },
  });
}

export const useCreateKpi = (projectId: string) => useKpiMutation(projectId, (body: CreateKpiBody) => createKpi(projectId, body));
export const useUpdateKpi = (projectId: string) =>
  useKpiMutation(projectId, ({ kpiId, body }: { kpiId: string; body: UpdateKpiBody }) => updateKpi(projectId, kpiId, body));
export const useDeleteKpi = (projectId: string) => useKpiMutation(projectId, (kpiId: string) => deleteKpi(projectId, kpiId));
export const useAddMeasurement = (projectId: string) =>
  useKpiMutation(projectId, ({ kpiId, body, idempotencyKey }: { kpiId: string; body: MeasurementBody; idempotencyKey: string }) =>
    addMeasurement(projectId, kpiId, body, idempotencyKey),
  );
export const useUpdateMeasurement = (projectId: string) =>
  useKpiMutation(projectId, ({ kpiId, measurementId, body }: { kpiId: string; measurementId: string; body: MeasurementChangeBody }) => updateMeasurement(projectId, kpiId, measurementId, body));
export const useDeleteMeasurement = (projectId: string) =>
  useKpiMutation(projectId, ({ kpiId, measurementId }: { kpiId: string; measurementId: string }) => deleteMeasurement(projectId, kpiId, measurementId));
