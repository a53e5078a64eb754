import { Alert, Button, Group } from "@mantine/core";

/** The message of a failed submit that no field shows. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}

/** Cancel and submit, right-aligned at the foot of a form. */
export function FormActions({ submitLabel, loading, onCancel }: { submitLabel: string; loading: boolean; onCancel: () => void }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
