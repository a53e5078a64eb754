import { Badge, Button, Card, Group, List, Modal, Stack, Table, Text, Textarea, Timeline } from "@mantine/core";
import { CHANGE_LABELS, kpiChange, TRIGGER_LABELS, type Iteration, type KpiSnapshot } from "@lifecycle/domain";
import { useState } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useIterations } from "../api/get-iterations";
import { useCloseIteration } from "../api/iteration-mutations";
import { IterationPlanModal } from "./IterationPlanModal";

const STATUS_COLORS = { PLANNED: "blue", STARTED: "orange", CLOSED: "green" } as const;
const CHANGE_COLORS = { IMPROVED: "green", WORSE: "red", UNCHANGED: "gray", UNKNOWN: "gray" } as const;
const CHANGE_WORDS = { IMPROVED: "improved", WORSE: "worse", UNCHANGED: "unchanged", UNKNOWN: "–" } as const;

/** The KPIs when the iteration opened and when it closed (or now, while it runs), and which way each moved. */
function KpiBeforeAfter({ before, after }: { before: KpiSnapshot[]; after: KpiSnapshot[] | null }) {
  if (before.length === 0) return null;
  return (
    <Table aria-label="KPIs before and after" withRowBorders={false} verticalSpacing={2}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>KPI</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {before.map((kpi) => {
          const later = after?.find((item) => item.kpiId === kpi.kpiId);
          const change = kpiChange(kpi, later);
          return (
            <Table.Tr key={kpi.kpiId}>
              <Table.Td>{kpi.name}</Table.Td>
              <Table.Td>{formatNumber(kpi.value, kpi.unit)}</Table.Td>
              <Table.Td>{after ? formatNumber(later?.value ?? null, kpi.unit) : "when it closes"}</Table.Td>
              <Table.Td>
                {after && (
                  <Badge size="sm" variant="light" color={CHANGE_COLORS[change]}>
                    {CHANGE_WORDS[change]}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Closes a started iteration with a note, or says what it still needs (a new version live). */
function CloseModal({ projectId, iteration, onClose }: { projectId: string; iteration: Iteration; onClose: () => void }) {
  const close = useCloseIteration(projectId);
  const [note, setNote] = useState("");
  return (
    <Modal opened onClose={onClose} title={`Close iteration ${iteration.number}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          close.mutate({ iterationId: iteration.id, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <FormError message={close.error ? errorMessage(close.error) : null} />
          <Text size="sm">Closing records the KPIs and the triggering monitors as they are now, beside their values when the iteration opened.</Text>
          <Textarea label="What it changed" data-autofocus autosize minRows={2} maxLength={4000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <FormActions submitLabel="Close iteration" loading={close.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function IterationCard({ projectId, iteration, canEdit }: { projectId: string; iteration: Iteration; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>Iteration {iteration.number}</Text>
            <Badge color={STATUS_COLORS[iteration.status]} variant="light">
              {iteration.status.toLowerCase()}
            </Badge>
            <Text size="xs" c="dimmed">
              opened by {iteration.openedBy} {formatDateTime(iteration.openedAt)}
              {iteration.startedAt ? ` · looped back to ${iteration.loopedTo === "DATA" ? "Data" : "Model development"} ${formatDateTime(iteration.startedAt)}` : ""}
              {iteration.closedAt ? ` · closed ${formatDateTime(iteration.closedAt)}` : ""}
            </Text>
          </Group>
          {canEdit && iteration.status !== "CLOSED" && (
            <Group gap="xs">
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                Edit plan
              </Button>
              {iteration.status === "STARTED" && (
                <Button size="compact-sm" onClick={() => setClosing(true)}>
                  Close
                </Button>
              )}
            </Group>
          )}
        </Group>
        <div>
          <Text size="sm" fw={500}>
            Triggered by
          </Text>
          {iteration.triggers.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing recorded (the gate was overridden).
            </Text>
          ) : (
            <List size="sm">
              {iteration.triggers.map((trigger) => (
                <List.Item key={trigger.id}>
                  {TRIGGER_LABELS[trigger.kind]} — {trigger.summary}
                  {trigger.valueAfter !== null && trigger.valueBefore !== null ? ` (${formatNumber(trigger.valueBefore)} → ${formatNumber(trigger.valueAfter)})` : ""}
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Text size="sm" fw={500}>
            Hypothesis
          </Text>
          <Text size="sm" c={iteration.hypothesis ? undefined : "dimmed"}>
            {iteration.hypothesis ?? "None yet."}
          </Text>
        </div>
        {iteration.changes.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              What changes
            </Text>
            <List size="sm">
              {iteration.changes.map((change, index) => (
                <List.Item key={index}>
                  {CHANGE_LABELS[change.kind]}: {change.description}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <KpiBeforeAfter before={iteration.kpisBefore} after={iteration.kpisAfter} />
        {iteration.outcome && (
          <Text size="sm">
            Live: {iteration.outcome}
            {iteration.closeNote ? ` — ${iteration.closeNote}` : ""}
          </Text>
        )}
      </Stack>
      {editing && <IterationPlanModal mode="edit" projectId={projectId} iterationId={iteration.id} number={iteration.number} hypothesis={iteration.hypothesis} changes={iteration.changes} onClose={() => setEditing(false)} />}
      {closing && <CloseModal projectId={projectId} iteration={iteration} onClose={() => setClosing(false)} />}
    </Card>
  );
}

/** The project's passes round the loop, newest first down to iteration 1: what triggered each, what changed, the KPIs before and after. */
export function IterationTimeline({ projectId, currentIteration, canEdit }: { projectId: string; currentIteration: number; canEdit: boolean }) {
  const iterations = useIterations(projectId);
  const [opening, setOpening] = useState(false);
  const planned = iterations.data?.items.some((iteration) => iteration.status === "PLANNED") ?? false;
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Text fw={500}>Iterations</Text>
          <Text size="sm" c="dimmed">
            Each pass round the loop: opened from alerts, drift, KPIs at risk, feedback or a changed requirement; started by looping back; closed when a new version is live.
          </Text>
        </div>
        {canEdit && !planned && <Button onClick={() => setOpening(true)}>Open iteration {currentIteration + 1}</Button>}
      </Group>
      <QueryState isPending={iterations.isPending} error={iterations.error} hasData={iterations.data !== undefined} onRetry={() => void iterations.refetch()} label="the iterations">
        <Timeline active={0} bulletSize={18} lineWidth={2}>
          {iterations.data?.items.map((iteration) => (
            <Timeline.Item key={iteration.id}>
              <IterationCard projectId={projectId} iteration={iteration} canEdit={canEdit} />
            </Timeline.Item>
          ))}
          <Timeline.Item title="Iteration 1">
            <Text size="sm" c="dimmed">
              The first pass: from the business goal to the first model in production.
            </Text>
          </Timeline.Item>
        </Timeline>
      </QueryState>
      {opening && <IterationPlanModal mode="open" projectId={projectId} number={currentIteration + 1} presets={[]} onClose={() => setOpening(false)} />}
    </Stack>
  );
}
