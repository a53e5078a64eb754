import type { OperationArgs } from "@lifecycle/client";
import type { Stage } from "@lifecycle/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type UpdateStageBody = OperationArgs<"updateStage">["body"];

export function updateStage(projectId: string, stage: Stage, body: UpdateStageBody) {
  return api.updateStage({ path: { projectId, stage }, body });
}

export function useUpdateStage(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stage, body }: { stage: Stage; body: UpdateStageBody }) => updateStage(projectId, stage, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) }),
  });
}
