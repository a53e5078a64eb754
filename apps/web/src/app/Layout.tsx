import { AppShell, Anchor, Group } from "@mantine/core";
import { Link, Outlet } from "react-router";
import { RequireAuth } from "../features/auth/components/RequireAuth";
import { UserMenu } from "../features/auth/components/UserMenu";

export function Layout() {
  return (
    <RequireAuth>
      <AppShell header={{ height: 56 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="lg">
              <Anchor component={Link} to="/" underline="never" fw={700} size="lg">
                Lifecycle
              </Anchor>
              <Anchor href="/api/docs" size="sm" c="dimmed">
                API docs
              </Anchor>
            </Group>
            <UserMenu />
          </Group>
        </AppShell.Header>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </RequireAuth>
  );
}
