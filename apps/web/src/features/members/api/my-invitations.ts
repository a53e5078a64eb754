import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** The signed-in user's pending invitations. */
export function useMyInvitations() {
  return useQuery({ queryKey: queryKeys.myInvitations(), queryFn: ({ signal }) => api.listMyInvitations({ signal }) });
}

/** Accepting adds a project to the user's list; declining only removes the invitation. */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ invitationId, accept }: { invitationId: string; accept: boolean }): Promise<void> => {
      if (accept) await api.acceptInvitation({ path: { invitationId } });
      else await api.declineInvitation({ path: { invitationId } });
    },
    onSuccess: (_result, { accept }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations() });
      if (accept) void queryClient.invalidateQueries({ queryKey: queryKeys.projectLists() });
    },
  });
}
