import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateTokenBody = OperationArgs<"createToken">["body"];

export function useTokens() {
  return useQuery({ queryKey: queryKeys.tokens(), queryFn: ({ signal }) => api.listTokens({ signal }) });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: CreateTokenBody) => api.createToken({ body }), onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens() }) });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (tokenId: string) => api.revokeToken({ path: { tokenId } }), onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tokens() }) });
}

/** The projects a token can be made for: the user's own, by name. */
const TOKEN_PROJECTS = { pageSize: 200, sort: "name", order: "asc" } as const;
export function useTokenProjects() {
  return useQuery({ queryKey: queryKeys.projectList(TOKEN_PROJECTS), queryFn: ({ signal }) => api.listProjects({ query: TOKEN_PROJECTS, signal }) });
}
