import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateDataSetBody = OperationArgs<"createDataSet">["body"];
export type CreateVersionBody = OperationArgs<"createDataSetVersion">["body"];
export type AddRunDataBody = OperationArgs<"addRunData">["body"];

export function useDataSets(projectId: string) {
  return useQuery({ queryKey: queryKeys.dataSets(projectId), queryFn: ({ signal }) => api.listDataSets({ path: { projectId }, signal }) });
}

export function useRunData(projectId: string, runId: string) {
  return useQuery({ queryKey: queryKeys.runData(projectId, runId), queryFn: ({ signal }) => api.listRunData({ path: { projectId, runId }, signal }) });
}

/** The data sets MLflow clients logged as the run's inputs (mlflow.log_input). */
export function useRunInputs(projectId: string, runId: string) {
  return useQuery({ queryKey: [...queryKeys.runData(projectId, runId), "inputs"], queryFn: ({ signal }) => api.listRunInputs({ path: { projectId, runId }, signal }) });
}

/** Data changes move the Data gate and lineage on both sides: refresh everything of the project. */
function useDataMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ["project", projectId] }) });
}

export const useCreateDataSet = (projectId: string) => useDataMutation(projectId, (body: CreateDataSetBody) => api.createDataSet({ path: { projectId }, body }));
export const useDeleteDataSet = (projectId: string) => useDataMutation(projectId, (dataSetId: string) => api.deleteDataSet({ path: { projectId, dataSetId } }));
export const useCreateVersion = (projectId: string, dataSetId: string) =>
  useDataMutation(projectId, (body: CreateVersionBody) => api.createDataSetVersion({ path: { projectId, dataSetId }, body }));
export const useAddRunData = (projectId: string, runId: string) => useDataMutation(projectId, (body: AddRunDataBody) => api.addRunData({ path: { projectId, runId }, body }));
export const useRemoveRunData = (projectId: string, runId: string) => useDataMutation(projectId, (useId: string) => api.removeRunData({ path: { projectId, runId, useId } }));
