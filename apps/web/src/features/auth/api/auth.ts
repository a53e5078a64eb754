import type { OperationArgs } from "@lifecycle/client";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { setCsrfToken } from "../../../lib/session";

export async function getMe(signal?: AbortSignal) {
  const me = await api.getMe({ signal });
  setCsrfToken(me.csrfToken);
  return me;
}

export const meQueryOptions = () => queryOptions({ queryKey: queryKeys.me(), queryFn: ({ signal }) => getMe(signal), staleTime: 60_000, retry: false });

export function useMe() {
  return useQuery(meQueryOptions());
}

export function useAuthStatus() {
  return useQuery({ queryKey: queryKeys.authStatus(), queryFn: ({ signal }) => api.getAuthStatus({ signal }) });
}

export type SignInBody = OperationArgs<"signIn">["body"];
export type SetupBody = OperationArgs<"setupFirstAdmin">["body"];
export type ChangePasswordBody = OperationArgs<"changePassword">["body"];

/** After signing in or out, everything cached belonged to someone else: start again. */
function useSessionChange<TArgs>(call: (args: TArgs) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      queryClient.removeQueries();
      setCsrfToken(null);
      await queryClient.prefetchQuery(meQueryOptions());
    },
  });
}

export const useSignIn = () => useSessionChange((body: SignInBody) => api.signIn({ body }));
export const useSetupFirstAdmin = () => useSessionChange((body: SetupBody) => api.setupFirstAdmin({ body }));
export const useSignOut = () => useSessionChange(() => api.signOut({}));

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => api.changePassword({ body }) });
}

export type ResetPasswordBody = OperationArgs<"resetPassword">["body"];

/** Sets a new password with an admin's one-time link (no session needed). */
export function useResetPassword() {
  return useMutation({ mutationFn: (body: ResetPasswordBody) => api.resetPassword({ body }) });
}
