import { MantineProvider, createTheme } from "@mantine/core";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createBrowserRouter, RouterProvider, type RouteObject } from "react-router";
import { createQueryClient } from "../lib/query-client";
import { Layout } from "./Layout";
import { NotFoundPage } from "./routes/NotFoundPage";
import { PortfolioPage } from "./routes/PortfolioPage";
import { ProjectPage } from "./routes/ProjectPage";

export const theme = createTheme({ primaryColor: "indigo", defaultRadius: "md" });

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: "/", element: <PortfolioPage /> },
      { path: "/projects/:projectRef", element: <ProjectPage /> },
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
