import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { spanQuery, type SpanKey } from "../../monitoring/api/spans";

export const SCORES_PAGE_SIZE = 25;

/** A deployment's scores, newest first, optionally of one config. */
export function useScores(projectId: string, deploymentId: string, config: string | null, page: number) {
  return useQuery({
    queryKey: queryKeys.scores(projectId, deploymentId, { config, page }),
    queryFn: ({ signal }) => api.listScores({ path: { projectId, deploymentId }, query: { page, pageSize: SCORES_PAGE_SIZE, ...(config ? { config } : {}) }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** One config's scores over the span: count, mean and option counts per window. */
export function useScoreSummary(projectId: string, deploymentId: string, config: string, span: SpanKey) {
  return useQuery({
    queryKey: queryKeys.scores(projectId, deploymentId, { summary: config, span }),
    queryFn: ({ signal }) => api.getScoreSummary({ path: { projectId, deploymentId }, query: { ...spanQuery(span), config }, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
