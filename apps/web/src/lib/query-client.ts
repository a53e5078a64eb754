import { LifecycleApiError } from "@lifecycle/client";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { queryKeys } from "./query-keys";
import { SESSION_ENDED_EVENT } from "./session";

function noticeEndedSession(error: unknown): void {
  if (error instanceof LifecycleApiError && error.status === 401) window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A 401 on any query but "who am I" means the session ended; "who am I" answers that itself.
    queryCache: new QueryCache({ onError: (error, query) => query.queryKey[0] !== queryKeys.me()[0] && noticeEndedSession(error) }),
    mutationCache: new MutationCache({ onError: noticeEndedSession }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        // Client errors will not change by retrying.
        retry: (failures, error) => !(error instanceof LifecycleApiError && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
