import type { Project } from "@lifecycle/domain";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function getProject(projectId: string, signal?: AbortSignal) {
  return api.getProject({ path: { projectId }, signal });
}

export const projectQueryOptions = (projectId: string) =>
  queryOptions({ queryKey: queryKeys.projectDetails(projectId), queryFn: ({ signal }) => getProject(projectId, signal) });

/** A project by id or slug; `initialData` saves a second request when the other key already has it. */
export function useProject(projectId: string, initialData?: Project) {
  return useQuery({ ...projectQueryOptions(projectId), initialData });
}
