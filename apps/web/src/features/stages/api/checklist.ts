import type { Stage } from "@lifecycle/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function addChecklistItem(projectId: string, stage: Stage, label: string) {
  return api.addChecklistItem({ path: { projectId, stage }, body: { label } });
}

export function updateChecklistItem(projectId: string, itemId: string, body: { label?: string; done?: boolean }) {
  return api.updateChecklistItem({ path: { projectId, itemId }, body });
}

export function deleteChecklistItem(projectId: string, itemId: string) {
  return api.deleteChecklistItem({ path: { projectId, itemId } });
}

/** Checklist changes only touch the stage board. */
function useChecklistMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) }) });
}

export function useAddChecklistItem(projectId: string) {
  return useChecklistMutation(projectId, ({ stage, label }: { stage: Stage; label: string }) => addChecklistItem(projectId, stage, label));
}

export function useUpdateChecklistItem(projectId: string) {
  return useChecklistMutation(projectId, ({ itemId, done }: { itemId: string; done: boolean }) => updateChecklistItem(projectId, itemId, { done }));
}

export function useDeleteChecklistItem(projectId: string) {
  return useChecklistMutation(projectId, (itemId: string) => deleteChecklistItem(projectId, itemId));
}
