import { Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from "@mantine/core";
import type { AnnotationQueue } from "@lifecycle/domain";
import { useState } from "react";
import { Link } from "react-router";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { formatNumber } from "../../../lib/format";
import { useAnnotationQueues, useDeleteAnnotationQueue } from "../api/annotation-queues";
import { AddItemsModal, NewQueueModal } from "./AnnotationQueueModals";

function QueueRow({ projectId, queue, canEdit, onAdd, onDelete }: { projectId: string; queue: AnnotationQueue; canEdit: boolean; onAdd: () => void; onDelete: () => void }) {
  const { total, done, skipped, pending } = queue.progress;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {queue.name}
        </Text>
        <Text size="xs" c="dimmed">
          {queue.kind === "PAIRS" ? "Pairs: pick the better answer" : `Scores: ${queue.scoreConfigs.map((config) => config.name).join(", ")}`}
          {queue.description ? ` · ${queue.description}` : ""}
        </Text>
      </Table.Td>
      <Table.Td w="28%">
        <Progress.Root size="lg" aria-label={`${queue.name}: ${done} of ${total} done`}>
          <Progress.Section value={total ? (done / total) * 100 : 0} color="teal" />
          <Progress.Section value={total ? (skipped / total) * 100 : 0} color="gray.4" />
        </Progress.Root>
        <Text size="xs" c="dimmed" mt={2}>
          {formatNumber(done)} of {formatNumber(total)} done{skipped ? ` · ${formatNumber(skipped)} skipped` : ""}
        </Text>
      </Table.Td>
      <Table.Td>
        {queue.reviewers.length === 0 ? (
          <Text size="xs" c="dimmed">
            Anyone
          </Text>
        ) : (
          queue.reviewers.map((reviewer) => (
            <Text size="xs" key={reviewer.userId}>
              {reviewer.name}: {reviewer.done} done, {reviewer.pending} to go
            </Text>
          ))
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {canEdit && pending > 0 && (
            <Button size="xs" component={Link} to={`/projects/${projectId}/annotation-queues/${queue.id}`}>
              Review
            </Button>
          )}
          {pending === 0 && total > 0 && (
            <Badge color="teal" variant="light">
              Done
            </Badge>
          )}
          {canEdit && queue.kind === "PREDICTIONS" && (
            <Button size="xs" variant="default" onClick={onAdd}>
              Add predictions
            </Button>
          )}
          {canEdit && (
            <Button size="xs" variant="subtle" color="red" onClick={onDelete} aria-label={`Delete ${queue.name}`}>
              Delete
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The project's annotation queues: what experts have to review, how far they got, and the way into the review screen. */
export function AnnotationQueuesCard({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const queues = useAnnotationQueues(projectId);
  const remove = useDeleteAnnotationQueue(projectId);
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<AnnotationQueue | null>(null);
  const [deleting, setDeleting] = useState<AnnotationQueue | null>(null);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Annotation queues">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Annotation queues
        </Title>
        {canEdit && <Button onClick={() => setCreating(true)}>New queue</Button>}
      </Group>
      <QueryState isPending={queues.isPending} error={queues.error} hasData={queues.data !== undefined} onRetry={() => void queues.refetch()} label="the annotation queues">
        {queues.data?.items.length === 0 ? (
          <EmptyHint title="No queues yet">A queue hands experts a deployment&apos;s predictions to score, or pairs of answers to choose between, one at a time from the keyboard.</EmptyHint>
        ) : (
          <Stack>
            <Table aria-label="Annotation queues">
              <Table.Tbody>
                {queues.data?.items.map((queue) => (
                  <QueueRow key={queue.id} projectId={projectId} queue={queue} canEdit={canEdit} onAdd={() => setAdding(queue)} onDelete={() => setDeleting(queue)} />
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </QueryState>
      {creating && <NewQueueModal projectId={projectId} onClose={() => setCreating(false)} />}
      {adding && <AddItemsModal projectId={projectId} queue={adding} onClose={() => setAdding(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? "the queue"}?`}
        message="Its items go; the scores and preferences already given stay."
        confirmLabel="Delete queue"
        loading={remove.isPending}
        onConfirm={() => void remove.mutateAsync(deleting!.id).then(() => setDeleting(null))}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
