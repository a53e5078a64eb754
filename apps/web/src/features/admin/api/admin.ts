import type { OperationArgs } from "@lifecycle/client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export type CreateUserBody = OperationArgs<"createUser">["body"];
export type SecurityEventFilters = NonNullable<OperationArgs<"listSecurityEvents">["query"]>;

export function useUsers() {
  return useQuery({ queryKey: queryKeys.users(), queryFn: ({ signal }) => api.listUsers({ signal }) });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: CreateUserBody) => api.createUser({ body }), onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users() }) });
}

export function useSecurityEvents(filters: SecurityEventFilters) {
  return useQuery({
    queryKey: queryKeys.securityEvents(filters),
    queryFn: ({ signal }) => api.listSecurityEvents({ query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A change to one user's access touches the user list only. */
function useUserMutation<TResult>(mutationFn: (userId: string) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.users() }) });
}

export const useDeactivateUser = () => useUserMutation((userId) => api.deactivateUser({ path: { userId } }));
export const useReactivateUser = () => useUserMutation((userId) => api.reactivateUser({ path: { userId } }));
export const useUnlockUser = () => useUserMutation((userId) => api.unlockUser({ path: { userId } }));
export const usePasswordResetLink = () => useMutation({ mutationFn: (userId: string) => api.createPasswordReset({ path: { userId } }) });
