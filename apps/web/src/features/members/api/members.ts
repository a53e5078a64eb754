import type { OperationArgs } from "@lifecycle/client";
import type { ProjectRole } from "@lifecycle/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type AddMemberBody = OperationArgs<"addMember">["body"];

export function useMembers(projectId: string) {
  return useQuery({ queryKey: queryKeys.members(projectId), queryFn: ({ signal }) => api.listMembers({ path: { projectId }, signal }) });
}

/** Membership changes touch the member list and, for the caller, their own role in the project. */
function useMemberMutation<TArgs, TResult>(projectId: string, mutationFn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.members(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projectDetails(projectId) });
    },
  });
}

export const useAddMember = (projectId: string) => useMemberMutation(projectId, (body: AddMemberBody) => api.addMember({ path: { projectId }, body }));
export const useChangeMemberRole = (projectId: string) =>
  useMemberMutation(projectId, ({ userId, role }: { userId: string; role: ProjectRole }) => api.changeMemberRole({ path: { projectId, userId }, body: { role } }));
export const useRemoveMember = (projectId: string) => useMemberMutation(projectId, (userId: string) => api.removeMember({ path: { projectId, userId } }));
