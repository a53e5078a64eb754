import { Center, Loader, MantineProvider, createTheme } from "@mantine/core";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState, type ComponentType } from "react";
import { createBrowserRouter, RouterProvider, type RouteObject } from "react-router";
import { createQueryClient } from "../lib/query-client";
import { AdminOnly } from "./AdminOnly";
import { SetupPage } from "../features/auth/components/SetupPage";
import { SignInPage } from "../features/auth/components/SignInPage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./routes/NotFoundPage";
import { PortfolioPage } from "./routes/PortfolioPage";

/** A page loaded on first visit, in its own chunk: the board does not wait for the charts' code. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Page: ComponentType = lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
  return (
    <Suspense fallback={<Center py="xl"><Loader size="sm" aria-label="Loading the page" /></Center>}>
      <Page />
    </Suspense>
  );
}

export const theme = createTheme({ primaryColor: "indigo", defaultRadius: "md" });

export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage /> },
  { path: "/setup", element: <SetupPage /> },
  { path: "/reset-password", element: page(() => import("../features/auth/components/ResetPasswordPage"), "ResetPasswordPage") },
  {
    element: <Layout />,
    children: [
      { path: "/", element: <PortfolioPage /> },
      { path: "/projects/:projectRef", element: page(() => import("./routes/ProjectPage"), "ProjectPage") },
      { path: "/projects/:projectRef/experiments/:experimentId", element: page(() => import("./routes/ExperimentPage"), "ExperimentPage") },
      { path: "/projects/:projectRef/experiments/:experimentId/compare", element: page(() => import("./routes/ComparePage"), "ComparePage") },
      { path: "/projects/:projectRef/runs/:runId", element: page(() => import("./routes/RunPage"), "RunPage") },
      { path: "/projects/:projectRef/models/:modelId/versions/:version", element: page(() => import("./routes/ModelVersionPage"), "ModelVersionPage") },
      { path: "/projects/:projectRef/annotation-queues/:queueId", element: page(() => import("./routes/ReviewPage"), "ReviewPage") },
      { path: "/settings/tokens", element: page(() => import("../features/tokens/components/TokensPage"), "TokensPage") },
      { path: "/admin/users", element: <AdminOnly>{page(() => import("./routes/UsersRoute"), "UsersRoute")}</AdminOnly> },
      { path: "/admin/security-log", element: <AdminOnly>{page(() => import("../features/admin/components/SecurityLogPage"), "SecurityLogPage")}</AdminOnly> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: React.ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
