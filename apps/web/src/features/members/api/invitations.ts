import type { OperationArgs } from "@lifecycle/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type InviteMemberBody = OperationArgs<"createInvitation">["body"];

/** A project's pending invitations (leads). */
export function useProjectInvitations(projectId: string) {
  return useQuery({ queryKey: queryKeys.invitations(projectId), queryFn: ({ signal }) => api.listProjectInvitations({ path: { projectId }, signal }) });
}

function useInvitationMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.invitations(projectId) }) });
}

export const useInviteMember = (projectId: string) => useInvitationMutation(projectId, (body: InviteMemberBody) => api.createInvitation({ path: { projectId }, body }));
export const useRevokeInvitation = (projectId: string) => useInvitationMutation(projectId, (invitationId: string) => api.revokeInvitation({ path: { projectId, invitationId } }));
