import { Center, Loader } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { QueryState } from "../../../components/ui/QueryState";
import { queryKeys } from "../../../lib/query-keys";
import { SESSION_ENDED_EVENT } from "../../../lib/session";
import { useMe } from "../api/auth";

/** Shows its children to signed-in users; sends everyone else to the sign-in page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    const recheck = () => void queryClient.invalidateQueries({ queryKey: queryKeys.me() });
    window.addEventListener(SESSION_ENDED_EVENT, recheck);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, recheck);
  }, [queryClient]);

  if (me.isPending) {
    return (
      <Center mih="50vh">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }
  if (me.error instanceof LifecycleApiError && me.error.status === 401) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return (
    <QueryState isPending={false} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.refetch()} label="your account">
      {children}
    </QueryState>
  );
}
