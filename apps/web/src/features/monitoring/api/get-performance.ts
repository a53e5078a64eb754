import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { spanQuery, type SpanKey } from "./spans";

/** Production metrics per window from the predictions with actuals, and the deployed version's test figures. */
export function usePerformance(projectId: string, deploymentId: string, span: SpanKey) {
  return useQuery({
    queryKey: queryKeys.performance(projectId, deploymentId, { span }),
    queryFn: ({ signal }) => api.getPerformance({ path: { projectId, deploymentId }, query: spanQuery(span), signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
