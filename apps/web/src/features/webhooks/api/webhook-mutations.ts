import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateWebhookBody = OperationArgs<"createWebhook">["body"];
export type UpdateWebhookBody = OperationArgs<"updateWebhook">["body"];

/** Every webhook change (and every delivery sent from the page) touches the project's webhooks and their logs only. */
function useWebhookMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(projectId) }) });
}

export const useCreateWebhook = (projectId: string) => useWebhookMutation(projectId, (body: CreateWebhookBody) => api.createWebhook({ path: { projectId }, body }));
export const useUpdateWebhook = (projectId: string) =>
  useWebhookMutation(projectId, ({ webhookId, body }: { webhookId: string; body: UpdateWebhookBody }) => api.updateWebhook({ path: { projectId, webhookId }, body }));
export const useDeleteWebhook = (projectId: string) => useWebhookMutation(projectId, (webhookId: string) => api.deleteWebhook({ path: { projectId, webhookId } }));
export const useRotateWebhookSecret = (projectId: string) => useWebhookMutation(projectId, (webhookId: string) => api.rotateWebhookSecret({ path: { projectId, webhookId } }));
export const useSendWebhookTest = (projectId: string) => useWebhookMutation(projectId, (webhookId: string) => api.sendWebhookTest({ path: { projectId, webhookId } }));
export const useRedeliver = (projectId: string) =>
  useWebhookMutation(projectId, ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) => api.redeliverWebhookDelivery({ path: { projectId, webhookId, deliveryId } }));
