import { UsersPage } from "../../features/admin/components/UsersPage";
import { useMe } from "../../features/auth/api/auth";

/** The users page, told who is looking (an admin does not deactivate themselves). */
export function UsersRoute() {
  return <UsersPage myUserId={useMe().data?.user?.id ?? null} />;
}
