import { Alert, Button, Center, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { errorMessage } from "../../lib/form-errors";

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  onRetry?: () => void;
  label: string;
  children: ReactNode;
}

/** Loading and error states for a query, so every view shows them the same way. */
export function QueryState({ isPending, error, onRetry, label, children }: QueryStateProps) {
  if (isPending) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" aria-label={`Loading ${label}`} />
      </Center>
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
