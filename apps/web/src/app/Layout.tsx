import { AppShell, Anchor, Group, Text, TextInput } from "@mantine/core";
import { Link, Outlet } from "react-router";
import { useActor } from "../lib/actor";

export function Layout() {
  const [actor, setActor] = useActor();
  return (
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
          <Group gap="xs">
            <Text size="sm" c="dimmed" component="label" htmlFor="actor">
              Acting as
            </Text>
            <TextInput id="actor" size="xs" placeholder="Your name" value={actor} onChange={(event) => setActor(event.currentTarget.value)} w={160} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
