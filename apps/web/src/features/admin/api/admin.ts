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
