import type { OperationArgs } from "@lifecycle/client";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type FramingBody = OperationArgs<"saveFraming">["body"];

export function getFraming(projectId: string, signal?: AbortSignal) {
  return api.getFraming({ path: { projectId }, signal });
}

export const framingQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.framing(projectId), queryFn: ({ signal }) => getFraming(projectId, signal) });

export function useFraming(projectId: string) {
  return useQuery(framingQueryOptions(projectId));
}

export function saveFraming(projectId: string, body: FramingBody) {
  return api.saveFraming({ path: { projectId }, body });
}

export function useSaveFraming(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FramingBody) => saveFraming(projectId, body),
    onSuccess: (framing) => {
      queryClient.setQueryData(queryKeys.framing(projectId), framing);
      // The framing feeds the Problem framing gate.
      void queryClient.invalidateQueries({ queryKey: queryKeys.stageBoard(projectId) });
    },
  });
}
