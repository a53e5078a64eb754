import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, TextInput, Textarea } from "@mantine/core";
import { Link } from "react-router";
import type { Experiment } from "@lifecycle/domain";
import { useState } from "react";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useCreateExperiment, useDeleteExperiment, useExperiments, useRestoreExperiment } from "../api/experiments";

/** "team=nlp" lines into tags; the lines that are not key=value, for an error. */
export function parseTagLines(text: string): { tags: Record<string, string>; invalid: string[] } {
  const tags: Record<string, string> = {};
  const invalid: string[] = [];
  for (const line of text.split("\n").map((entry) => entry.trim()).filter(Boolean)) {
    const separator = line.indexOf("=");
    if (separator <= 0) invalid.push(line);
    else tags[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
  }
  return { tags, invalid };
}

/** A project's experiments: where its runs will be logged. */
export function ExperimentsPanel({ projectId, canEdit, canDelete }: { projectId: string; canEdit: boolean; canDelete: boolean }) {
  const experiments = useExperiments(projectId);
  const deleteExperiment = useDeleteExperiment(projectId);
  const restoreExperiment = useRestoreExperiment(projectId);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Experiment | null>(null);

  return (
    <Stack>
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>New experiment</Button>
        </Group>
      )}
      <QueryState isPending={experiments.isPending} error={experiments.error} hasData={experiments.data !== undefined} onRetry={() => void experiments.refetch()} label="experiments">
        {experiments.data?.items.length === 0 ? (
          <EmptyHint title="No experiments yet">An experiment groups the runs that try one idea: a model family, a data version, an approach.</EmptyHint>
        ) : (
          <Table aria-label="Experiments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th>Tags</Table.Th>
                <Table.Th>Created</Table.Th>
                {(canDelete || canEdit) && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {experiments.data?.items.map((experiment) => (
                <Table.Tr key={experiment.id} opacity={experiment.deletedAt ? 0.6 : 1}>
                  <Table.Td fw={500}>
                    <Group gap="xs" wrap="nowrap">
                      <Anchor component={Link} to={`/projects/${projectId}/experiments/${experiment.id}`}>
                        {experiment.name}
                      </Anchor>
                      {experiment.deletedAt && (
                        <Badge size="sm" color="orange" variant="light" title={`Deleted through MLflow on ${formatDateTime(experiment.deletedAt)}, with its runs`}>
                          deleted
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{experiment.description ?? <Text c="dimmed">—</Text>}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {Object.entries(experiment.tags).map(([key, value]) => (
                        <Badge key={key} variant="light" color="gray" tt="none">
                          {key}={value}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDateTime(experiment.createdAt)}</Table.Td>
                  {(canDelete || canEdit) && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        {canEdit && experiment.deletedAt && (
                          <Button size="xs" variant="subtle" loading={restoreExperiment.isPending && restoreExperiment.variables === experiment.id} onClick={() => restoreExperiment.mutate(experiment.id)} aria-label={`Restore ${experiment.name}`}>
                            Restore
                          </Button>
                        )}
                        {canDelete && (
                          <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(experiment)}>
                            Delete
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <FormError message={restoreExperiment.error ? errorMessage(restoreExperiment.error) : null} />
      <CreateExperimentModal projectId={projectId} opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={deleting !== null}
        title="Delete experiment"
        message={deleting ? `Delete "${deleting.name}" and everything logged in it? This cannot be undone.` : ""}
        confirmLabel="Delete experiment"
        loading={deleteExperiment.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && deleteExperiment.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </Stack>
  );
}

function CreateExperimentModal({ projectId, opened, onClose }: { projectId: string; opened: boolean; onClose: () => void }) {
  const createExperiment = useCreateExperiment(projectId);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [tagText, setTagText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setName("");
    setDescription("");
    setTagText("");
    setError(null);
    onClose();
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const { tags, invalid } = parseTagLines(tagText);
    if (!name.trim()) return setError("Give the experiment a name.");
    if (invalid.length) return setError(`Write each tag as key=value: ${invalid.join(", ")}`);
    setError(null);
    try {
      await createExperiment.mutateAsync({ name: name.trim(), ...(description.trim() ? { description } : {}), tags });
      close();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <Modal opened={opened} onClose={close} title="New experiment">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <FormError message={error} />
          <TextInput label="Name" required data-autofocus value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={200} />
          <Textarea label="Description" autosize minRows={2} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
          <Textarea label="Tags" description="One per line: key=value" autosize minRows={2} value={tagText} onChange={(event) => setTagText(event.currentTarget.value)} />
          <FormActions submitLabel="Create experiment" loading={createExperiment.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
