import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { spanQuery, type SpanKey } from "./spans";

/** Each window's drift of every feature and of the prediction from the active baseline. */
export function useDrift(projectId: string, deploymentId: string, span: SpanKey) {
  return useQuery({
    queryKey: queryKeys.drift(projectId, deploymentId, { span }),
    queryFn: ({ signal }) => api.getDrift({ path: { projectId, deploymentId }, query: spanQuery(span), signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
