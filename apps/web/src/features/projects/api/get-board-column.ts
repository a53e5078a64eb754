import type { Stage } from "@lifecycle/domain";
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import type { ProjectFilters } from "./get-projects";

export const BOARD_COLUMN_PAGE = 25;
export type BoardQuery = Omit<ProjectFilters, "stage" | "page" | "pageSize" | "sort" | "order">;

/** One board column: the projects in a stage under the board's filters, longest in the stage first, a page at a time. */
export const boardColumnQueryOptions = (filters: BoardQuery, stage: Stage) =>
  infiniteQueryOptions({
    queryKey: [...queryKeys.projectLists(), "board", filters, stage],
    queryFn: ({ pageParam, signal }) => api.listProjects({ query: { ...filters, stage, sort: "stageEnteredAt", order: "asc", page: pageParam, pageSize: BOARD_COLUMN_PAGE }, signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });

export function useBoardColumn(filters: BoardQuery, stage: Stage) {
  return useInfiniteQuery(boardColumnQueryOptions(filters, stage));
}
