import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const DELIVERIES_PAGE_SIZE = 20;
export type DeliveryFilter = "ALL" | "PENDING" | "DELIVERED" | "FAILED";

/** One webhook's delivery log, newest first; refreshed while retries are pending. */
export function useDeliveries(projectId: string, webhookId: string, status: DeliveryFilter, page: number) {
  return useQuery({
    queryKey: queryKeys.webhookDeliveries(projectId, webhookId, { status, page }),
    queryFn: ({ signal }) => api.listWebhookDeliveries({ path: { projectId, webhookId }, query: { page, pageSize: DELIVERIES_PAGE_SIZE, ...(status === "ALL" ? {} : { status }) }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((item) => item.status === "PENDING") ? 10_000 : false),
  });
}
