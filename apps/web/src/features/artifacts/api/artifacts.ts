import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function useArtifacts(projectId: string, runId: string, path: string) {
  return useQuery({
    queryKey: queryKeys.runArtifacts(projectId, runId, path),
    queryFn: ({ signal }) => api.listArtifacts({ path: { projectId, runId }, query: path ? { path } : {}, signal }),
  });
}

/** Where the browser downloads a file from (or shows it, with `inline`): a plain link, so big files stream to disk. */
export function artifactUrl(projectId: string, runId: string, path: string, inline = false): string {
  const query = new URLSearchParams({ path, ...(inline ? { inline: "true" } : {}) });
  return `/api/v1/projects/${encodeURIComponent(projectId)}/runs/${encodeURIComponent(runId)}/artifacts/content?${query.toString()}`;
}

/** A text file's start, for the preview (the typed client reads JSON; this is the file itself). */
export function useArtifactText(projectId: string, runId: string, path: string | null) {
  return useQuery({
    queryKey: [...queryKeys.runArtifacts(projectId, runId, path ?? ""), "text"],
    enabled: path !== null,
    queryFn: async ({ signal }) => {
      const response = await fetch(`${window.location.origin}${artifactUrl(projectId, runId, path ?? "", true)}`, { signal, credentials: "same-origin" });
      if (!response.ok) throw new Error(`The file could not be read (${response.status}).`);
      return response.text();
    },
  });
}

function useArtifactMutation<TArgs, TResult>(projectId: string, runId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ["project", projectId, "runs", runId, "artifacts"] }) });
}

export const useUploadArtifact = (projectId: string, runId: string) =>
  useArtifactMutation(projectId, runId, ({ path, file }: { path: string; file: Blob }) => api.saveArtifact({ path: { projectId, runId }, query: { path }, body: file, headers: { "content-type": "application/octet-stream" } }));
export const useDeleteArtifact = (projectId: string, runId: string) =>
  useArtifactMutation(projectId, runId, (path: string) => api.deleteArtifact({ path: { projectId, runId }, query: { path } }));
