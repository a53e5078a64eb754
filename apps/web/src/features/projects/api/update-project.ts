import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type UpdateProjectBody = OperationArgs<"updateProject">["body"];

export function updateProject(projectId: string, body: UpdateProjectBody) {
  return api.updateProject({ path: { projectId }, body });
}

export function useUpdateProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProjectBody) => updateProject(projectId, body),
    onSuccess: (project) => {
      queryClient.setQueryData(queryKeys.projectDetails(projectId), project);
      // The business goal feeds the Goals gate.
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
    },
  });
}
