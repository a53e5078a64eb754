import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from "@mantine/core";
import type { ChecklistItem, Stage } from "@lifecycle/domain";
import { useState } from "react";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { useAddChecklistItem, useDeleteChecklistItem, useUpdateChecklistItem } from "../api/checklist";

export function Checklist({ projectId, stage, items, canEdit }: { projectId: string; stage: Stage; items: ChecklistItem[]; canEdit: boolean }) {
  const addItem = useAddChecklistItem(projectId);
  const updateItem = useUpdateChecklistItem(projectId);
  const deleteItem = useDeleteChecklistItem(projectId);
  const [label, setLabel] = useState("");
  const [removing, setRemoving] = useState<ChecklistItem | null>(null);
  const done = items.filter((item) => item.done).length;

  const add = async () => {
    if (!label.trim()) return;
    await addItem.mutateAsync({ stage, label: label.trim() });
    setLabel("");
  };

  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {done} of {items.length} done
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          No checklist items.
        </Text>
      )}
      {items.map((item) => (
        <Group key={item.id} justify="space-between" wrap="nowrap" gap="xs">
          <Checkbox
            label={item.label}
            checked={item.done}
            disabled={!canEdit}
            onChange={(event) => updateItem.mutate({ itemId: item.id, done: event.currentTarget.checked })}
          />
          {canEdit && (
            <ActionIcon variant="subtle" color="gray" aria-label={`Remove "${item.label}"`} onClick={() => setRemoving(item)}>
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      <form
        hidden={!canEdit}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Group gap="xs" align="flex-start">
          <TextInput
            placeholder="Add an item"
            aria-label="New checklist item"
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
            style={{ flex: 1 }}
            maxLength={300}
            error={addItem.error ? addItem.error.message : undefined}
          />
          <Button type="submit" variant="light" loading={addItem.isPending} disabled={!label.trim()}>
            Add
          </Button>
        </Group>
      </form>
      <ConfirmModal
        opened={removing !== null}
        title="Remove checklist item"
        message={removing ? `Remove "${removing.label}" from the checklist?` : ""}
        confirmLabel="Remove"
        loading={deleteItem.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && deleteItem.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      />
    </Stack>
  );
}
