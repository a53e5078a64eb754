import { MantineProvider, createTheme } from "@mantine/core";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createBrowserRouter, RouterProvider, type RouteObject } from "react-router";
import { createQueryClient } from "../lib/query-client";
import { AdminOnly } from "./AdminOnly";
import { SecurityLogPage } from "../features/admin/components/SecurityLogPage";
import { UsersPage } from "../features/admin/components/UsersPage";
import { SetupPage } from "../features/auth/components/SetupPage";
import { SignInPage } from "../features/auth/components/SignInPage";
import { TokensPage } from "../features/tokens/components/TokensPage";
import { Layout } from "./Layout";
import { NotFoundPage } from "./routes/NotFoundPage";
import { ComparePage } from "./routes/ComparePage";
import { RunPage } from "./routes/RunPage";
import { ModelVersionPage } from "./routes/ModelVersionPage";
import { ExperimentPage } from "./routes/ExperimentPage";
import { PortfolioPage } from "./routes/PortfolioPage";
import { ProjectPage } from "./routes/ProjectPage";

export const theme = createTheme({ primaryColor: "indigo", defaultRadius: "md" });

export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage /> },
  { path: "/setup", element: <SetupPage /> },
  {
    element: <Layout />,
    children: [
      { path: "/", element: <PortfolioPage /> },
      { path: "/projects/:projectRef", element: <ProjectPage /> },
      { path: "/projects/:projectRef/experiments/:experimentId", element: <ExperimentPage /> },
      { path: "/projects/:projectRef/experiments/:experimentId/compare", element: <ComparePage /> },
      { path: "/projects/:projectRef/runs/:runId", element: <RunPage /> },
      { path: "/projects/:projectRef/models/:modelId/versions/:version", element: <ModelVersionPage /> },
      { path: "/settings/tokens", element: <TokensPage /> },
      { path: "/admin/users", element: <AdminOnly><UsersPage /></AdminOnly> },
      { path: "/admin/security-log", element: <AdminOnly><SecurityLogPage /></AdminOnly> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: React.ReactNode }) {
  return (
    <MantineProvider theme={theme}>
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
