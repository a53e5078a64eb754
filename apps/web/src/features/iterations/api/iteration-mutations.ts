import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type OpenIterationBody = OperationArgs<"openIteration">["body"];
export type TriggerBody = OperationArgs<"addIterationTrigger">["body"];

/** An iteration's change touches the timeline and the stage gates that read it (Monitoring, Iteration). */
function useIterationMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.iterations(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
    },
  });
}

export const useOpenIteration = (projectId: string) => useIterationMutation(projectId, (body: OpenIterationBody) => api.openIteration({ path: { projectId }, body }));
export const useUpdateIteration = (projectId: string) =>
  useIterationMutation(projectId, ({ iterationId, body }: { iterationId: string; body: OperationArgs<"updateIteration">["body"] }) => api.updateIteration({ path: { projectId, iterationId }, body }));
export const useAddTrigger = (projectId: string) =>
  useIterationMutation(projectId, ({ iterationId, body }: { iterationId: string; body: TriggerBody }) => api.addIterationTrigger({ path: { projectId, iterationId }, body }));
export const useCloseIteration = (projectId: string) =>
  useIterationMutation(projectId, ({ iterationId, note }: { iterationId: string; note?: string }) => api.closeIteration({ path: { projectId, iterationId }, body: note ? { note } : {} }));
