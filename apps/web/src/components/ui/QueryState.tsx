import { Alert, Button, Center, Group, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { errorMessage } from "../../lib/form-errors";

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  onRetry?: () => void;
  label: string;
  /** What was loaded before the error: it stays on screen (with a note) instead of being replaced by the error. */
  hasData?: boolean;
  children: ReactNode;
}

/**
 * Loading and error states for a query, so every view shows them the same way. A refresh that fails (the server
 * stopped, the network blinked) keeps what was loaded, and any form in it with what was typed, under a note.
 */
export function QueryState({ isPending, error, onRetry, label, hasData = false, children }: QueryStateProps) {
  if (isPending) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" aria-label={`Loading ${label}`} />
      </Center>
    );
  }
  if (error && hasData) {
    return (
      <>
        <Alert color="orange" variant="light" role="status" py={6} title={`Could not refresh ${label}`}>
          <Group gap="xs">
            <Text size="sm">{errorMessage(error)}. Showing what was loaded.</Text>
            {onRetry && (
              <Button size="compact-xs" variant="light" color="orange" onClick={onRetry}>
                Try again
              </Button>
            )}
          </Group>
        </Alert>
        {children}
      </>
    );
  }
  if (error) {
    return (
      <Alert color="red" title={`Could not load ${label}`} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(error)}</Text>
          {onRetry && (
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              Try again
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return <>{children}</>;
}

export function EmptyHint({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={4} py="lg" c="dimmed">
      <Text fw={500}>{title}</Text>
      {children && <Text size="sm">{children}</Text>}
    </Stack>
  );
}
