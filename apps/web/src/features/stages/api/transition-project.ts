import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type TransitionBody = OperationArgs<"transitionProject">["body"];

export function transitionProject(projectId: string, body: TransitionBody) {
  return api.transitionProject({ path: { projectId }, body });
}

export function useTransitionProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => transitionProject(projectId, body),
    onSuccess: ({ project }) => {
      queryClient.setQueryData(queryKeys.projectDetails(projectId), project);
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
      void queryClient.invalidateQueries({ queryKey: ["project", projectId, "transitions"] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects() });
    },
  });
}
