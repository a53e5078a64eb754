import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Which version an alias pointed to at an instant, with every period it pointed somewhere. */
export function useAliasAt(projectId: string, modelId: string, alias: string, at: string | null) {
  return useQuery({
    queryKey: [...queryKeys.model(projectId, modelId), "alias-at", alias, at],
    queryFn: ({ signal }) => api.getModelAlias({ path: { projectId, modelId, alias }, query: at ? { at } : {}, signal }),
    enabled: alias !== "" && at !== null,
  });
}
