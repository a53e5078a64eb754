import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateDpoExportBody = OperationArgs<"exportPreferences">["body"];

/** An export adds a version to a data set (perhaps a new one): the exports and the data sets change, nothing else. */
export function useExportPreferences(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDpoExportBody) => api.exportPreferences({ path: { projectId }, body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.preferences(projectId, { exports: true }) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.dataSets(projectId) });
    },
  });
}
