import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { spanQuery, type SpanKey } from "./spans";

/** Each window's volume, errors, latency, tokens and cost. */
export function useTraffic(projectId: string, deploymentId: string, span: SpanKey) {
  return useQuery({
    queryKey: queryKeys.traffic(projectId, deploymentId, { span }),
    queryFn: ({ signal }) => api.getTraffic({ path: { projectId, deploymentId }, query: spanQuery(span), signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
