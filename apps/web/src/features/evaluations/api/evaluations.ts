import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateEvaluationBody = OperationArgs<"createEvaluation">["body"];

/** The run's fit diagnosis on a metric (the server's default when null); asking again keeps the verdict on the run. */
export function useRunFit(projectId: string, runId: string, metric: string | null) {
  return useQuery({
    queryKey: queryKeys.runFit(projectId, runId, metric),
    queryFn: ({ signal }) => api.getRunFit({ path: { projectId, runId }, query: metric ? { metric } : {}, signal }),
  });
}

export function useEvaluations(projectId: string, runId: string) {
  return useQuery({ queryKey: queryKeys.evaluations(projectId, runId), queryFn: ({ signal }) => api.listEvaluations({ path: { projectId, runId }, signal }) });
}

function useEvaluationMutation<TArgs, TResult>(projectId: string, runId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.evaluations(projectId, runId) }) });
}

export const useCreateEvaluation = (projectId: string, runId: string) =>
  useEvaluationMutation(projectId, runId, (body: CreateEvaluationBody) => api.createEvaluation({ path: { projectId, runId }, body }));
/** Regression pairs as CSV text or a file, streamed to the server. */
export const useStreamRegression = (projectId: string, runId: string) =>
  useEvaluationMutation(projectId, runId, ({ split, name, body }: { split: "validation" | "test"; name?: string; body: string | Blob }) =>
    api.createRegressionFromPairs({ path: { projectId, runId }, query: { split, ...(name ? { name } : {}) }, body }),
  );
export const useDeleteEvaluation = (projectId: string, runId: string) =>
  useEvaluationMutation(projectId, runId, (evaluationId: string) => api.deleteEvaluation({ path: { projectId, runId, evaluationId } }));

export function useFitThresholds(projectId: string) {
  return useQuery({ queryKey: queryKeys.fitThresholds(projectId), queryFn: ({ signal }) => api.getFitThresholds({ path: { projectId }, signal }) });
}

/** New thresholds change every verdict: refresh the project's runs too. */
export function useSaveFitThresholds(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OperationArgs<"updateFitThresholds">["body"]) => api.updateFitThresholds({ path: { projectId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["project", projectId] }),
  });
}
