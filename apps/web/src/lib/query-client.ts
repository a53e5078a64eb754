import { LifecycleApiError } from "@lifecycle/client";
import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
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
