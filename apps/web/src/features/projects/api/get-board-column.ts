import type { Stage } from "@lifecycle/domain";
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import type { ProjectFilters } from "./get-projects";

export const BOARD_COLUMN_PAGE = 10;
export type BoardQuery = Omit<ProjectFilters, "stage" | "page" | "pageSize" | "sort" | "order" | "perStage">;
const ORDER = { sort: "stageEnteredAt", order: "asc" } as const;

/** The board's first screen in one request: the first page of every column (longest in the stage first) and every stage's count. */
export function useBoard(filters: BoardQuery) {
  return useQuery({
    queryKey: [...queryKeys.projectLists(), "board", filters],
    queryFn: ({ signal }) => api.listProjects({ query: { ...filters, ...ORDER, perStage: BOARD_COLUMN_PAGE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A column's further pages (2, 3, …), asked for when the user wants more of that stage. */
export function useMoreOfColumn(filters: BoardQuery, stage: Stage, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.projectLists(), "board", filters, stage],
    queryFn: ({ pageParam, signal }) => api.listProjects({ query: { ...filters, ...ORDER, stage, page: pageParam, pageSize: BOARD_COLUMN_PAGE }, signal }),
    initialPageParam: 2,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled,
  });
}
