import type { ReactNode } from "react";
import { useMe } from "../features/auth/api/auth";
import { NotFoundPage } from "./routes/NotFoundPage";

/** Admin pages are not there for anyone else. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const me = useMe().data;
  return me?.isAdmin ? <>{children}</> : <NotFoundPage />;
}
