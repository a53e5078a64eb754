import type { OperationArgs } from "@lifecycle/client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateAnnotationQueueBody = OperationArgs<"createAnnotationQueue">["body"];
export type AddAnnotationItemsBody = OperationArgs<"addAnnotationItems">["body"];
export type AnnotateBody = OperationArgs<"annotateAnnotationItem">["body"];
export const ITEMS_PAGE_SIZE = 20;

export function useAnnotationQueues(projectId: string) {
  return useQuery({ queryKey: queryKeys.annotationQueues(projectId), queryFn: ({ signal }) => api.listAnnotationQueues({ path: { projectId }, signal }) });
}

export function useAnnotationQueue(projectId: string, queueId: string) {
  return useQuery({ queryKey: queryKeys.annotationQueue(projectId, queueId), queryFn: ({ signal }) => api.getAnnotationQueue({ path: { projectId, queueId }, signal }) });
}

/** A queue's items in order, optionally by status. */
export function useAnnotationItems(projectId: string, queueId: string, status: "PENDING" | "DONE" | "SKIPPED" | null, page: number) {
  return useQuery({
    queryKey: queryKeys.annotationItems(projectId, queueId, { status, page }),
    queryFn: ({ signal }) => api.listAnnotationItems({ path: { projectId, queueId }, query: { page, pageSize: ITEMS_PAGE_SIZE, ...(status ? { status } : {}) }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A change to a queue's items touches the project's queues (their progress) and nothing else. */
function useQueueMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.annotationQueues(projectId) }) });
}

export const useCreateAnnotationQueue = (projectId: string) => useQueueMutation(projectId, (body: CreateAnnotationQueueBody) => api.createAnnotationQueue({ path: { projectId }, body }));
export const useDeleteAnnotationQueue = (projectId: string) => useQueueMutation(projectId, (queueId: string) => api.deleteAnnotationQueue({ path: { projectId, queueId } }));
export const useAddAnnotationItems = (projectId: string, queueId: string) => useQueueMutation(projectId, (body: AddAnnotationItemsBody) => api.addAnnotationItems({ path: { projectId, queueId }, body }));
export const useClaimAnnotationItem = (projectId: string, queueId: string) => useQueueMutation(projectId, () => api.claimAnnotationItem({ path: { projectId, queueId } }));
export const useSkipAnnotationItem = (projectId: string, queueId: string) => useQueueMutation(projectId, (itemId: string) => api.updateAnnotationItem({ path: { projectId, queueId, itemId }, body: { status: "SKIPPED" } }));

/** An answer is feedback: besides the queues, the scores or the preferences it lands in change. */
export function useAnnotate(projectId: string, queueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: AnnotateBody }) => api.annotateAnnotationItem({ path: { projectId, queueId, itemId }, body }),
    onSuccess: (item) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.annotationQueues(projectId) });
      if (item.pair) void queryClient.invalidateQueries({ queryKey: queryKeys.preferenceData(projectId) });
      else if (item.deploymentId) void queryClient.invalidateQueries({ queryKey: queryKeys.deploymentScores(projectId, item.deploymentId) });
    },
  });
}
