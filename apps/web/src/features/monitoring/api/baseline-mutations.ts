import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** A new or another active baseline changes the deployment's drift and its baselines, nothing else. */
function useBaselineMutation<TArgs, TResult>(projectId: string, deploymentId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.monitoring(projectId, deploymentId) }) });
}

/** The media type the server reads a baseline file as: CSV, or JSON lines. */
export function baselineFileType(name: string): "text/csv" | "application/x-ndjson" | null {
  if (/\.csv$/i.test(name)) return "text/csv";
  if (/\.(jsonl|ndjson)$/i.test(name)) return "application/x-ndjson";
  return null;
}

export interface UploadBaselineArgs {
  name: string;
  file: Blob;
  type: "text/csv" | "application/x-ndjson";
  predictionColumn?: string;
  activate: boolean;
}

/** Streams a training split's rows (a CSV or JSON-lines file) to the server as a new baseline. */
export const useUploadBaseline = (projectId: string, deploymentId: string) =>
  useBaselineMutation(projectId, deploymentId, ({ name, file, type, predictionColumn, activate }: UploadBaselineArgs) =>
    api.createBaselineFromUpload({
      path: { projectId, deploymentId },
      query: { name, activate: activate ? "true" : "false", ...(predictionColumn ? { predictionColumn } : {}) },
      body: file,
      headers: { "content-type": type },
    }),
  );

export const useActivateBaseline = (projectId: string, deploymentId: string) =>
  useBaselineMutation(projectId, deploymentId, (baselineId: string) => api.setActiveBaseline({ path: { projectId, deploymentId, baselineId } }));
