import { Badge, Button, Group, Modal, Pagination, SegmentedControl, Stack, Table, Text, Textarea } from "@mantine/core";
import type { OperationResult } from "@lifecycle/client";
import { useState } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { ALERTS_PAGE_SIZE, useAlerts, type AlertFilter } from "../api/get-alerts";
import { useAcknowledgeAlert, useResolveAlert } from "../api/monitor-mutations";
import { usePlannedIteration } from "../../iterations/api/get-iterations";
import { useAddTrigger } from "../../iterations/api/iteration-mutations";
import { IterationPlanModal } from "../../iterations/components/IterationPlanModal";
import { useProject } from "../../projects/api/get-project";

type Alert = OperationResult<"listAlerts">["items"][number];
type Action = { alert: Alert; kind: "acknowledge" | "resolve" };

const STATUS_COLORS = { OPEN: "red", ACKNOWLEDGED: "orange", RESOLVED: "gray" } as const;

/** Acknowledges or resolves an alert, with a note that stays with it. */
function AlertActionModal({ projectId, action, onClose }: { projectId: string; action: Action; onClose: () => void }) {
  const acknowledge = useAcknowledgeAlert(projectId);
  const resolve = useResolveAlert(projectId);
  const mutation = action.kind === "acknowledge" ? acknowledge : resolve;
  const [note, setNote] = useState("");
  const title = action.kind === "acknowledge" ? "Acknowledge the alert" : "Resolve the alert";
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate({ alertId: action.alert.id, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <FormError message={mutation.error ? errorMessage(mutation.error) : null} />
          <Text size="sm">{action.alert.message}</Text>
          <Textarea label="Note" data-autofocus autosize minRows={2} maxLength={2000} placeholder={action.kind === "acknowledge" ? "Who is on it, what is checked" : "What was done"} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <FormActions submitLabel={action.kind === "acknowledge" ? "Acknowledge" : "Resolve"} loading={mutation.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The project's alerts: those to deal with first (open, then acknowledged), or the resolved ones with who did what. */
export function AlertsCard({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const [filter, setFilter] = useState<AlertFilter>("UNRESOLVED");
  const [page, setPage] = useState(1);
  const [action, setAction] = useState<Action | null>(null);
  const [iterateFrom, setIterateFrom] = useState<Alert | null>(null);
  const alerts = useAlerts(projectId, filter, page);
  const project = useProject(projectId);
  const planned = usePlannedIteration(projectId);
  const addTrigger = useAddTrigger(projectId);
  const iterate = (alert: Alert) => {
    if (planned) addTrigger.mutate({ iterationId: planned.id, body: { kind: "ALERT", alertId: alert.id } });
    else setIterateFrom(alert);
  };
  const total = alerts.data?.total ?? 0;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={500}>Alerts</Text>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(value) => {
            setFilter(value as AlertFilter);
            setPage(1);
          }}
          data={[
            { value: "UNRESOLVED", label: "To deal with" },
            { value: "RESOLVED", label: "Resolved" },
          ]}
        />
      </Group>
      <FormError message={addTrigger.error ? errorMessage(addTrigger.error) : null} />
      <QueryState isPending={alerts.isPending} error={alerts.error} hasData={alerts.data !== undefined} onRetry={() => void alerts.refetch()} label="the alerts">
        {total === 0 ? (
          <EmptyHint title={filter === "UNRESOLVED" ? "No open alerts" : "No resolved alerts"} />
        ) : (
          <Table aria-label="Alerts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Alert</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Opened</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {alerts.data?.items.map((alert) => (
                <Table.Tr key={alert.id}>
                  <Table.Td>
                    <Text size="sm">{alert.message}</Text>
                    <Text size="xs" c="dimmed">
                      {alert.deploymentName}
                      {alert.acknowledgedBy ? ` · acknowledged by ${alert.acknowledgedBy}${alert.acknowledgeNote ? `: ${alert.acknowledgeNote}` : ""}` : ""}
                      {alert.resolvedBy ? ` · resolved by ${alert.resolvedBy} ${formatDateTime(alert.resolvedAt)}${alert.resolveNote ? `: ${alert.resolveNote}` : ""}` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[alert.status]} variant="light">
                      {alert.status.toLowerCase()}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(alert.openedAt)}</Table.Td>
                  <Table.Td>
                    {canEdit && alert.status !== "RESOLVED" && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {alert.status === "OPEN" && (
                          <Button size="compact-xs" variant="default" onClick={() => setAction({ alert, kind: "acknowledge" })} aria-label={`Acknowledge ${alert.monitorName}`}>
                            Acknowledge
                          </Button>
                        )}
                        <Button size="compact-xs" variant="light" onClick={() => setAction({ alert, kind: "resolve" })} aria-label={`Resolve ${alert.monitorName}`}>
                          Resolve
                        </Button>
                        <Button size="compact-xs" variant="light" color="grape" loading={addTrigger.isPending && addTrigger.variables?.body.alertId === alert.id} onClick={() => iterate(alert)} aria-label={`${planned ? `Add to iteration ${planned.number}` : "Open an iteration"} from ${alert.monitorName}`}>
                          {planned ? `Add to iteration ${planned.number}` : "Iterate"}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {total > ALERTS_PAGE_SIZE && <Pagination total={Math.ceil(total / ALERTS_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
      </QueryState>
      {action && <AlertActionModal projectId={projectId} action={action} onClose={() => setAction(null)} />}
      {iterateFrom && project.data && (
        <IterationPlanModal
          mode="open"
          projectId={projectId}
          number={project.data.iteration + 1}
          presets={[{ trigger: { kind: "ALERT", alertId: iterateFrom.id }, label: iterateFrom.message }]}
          onClose={() => setIterateFrom(null)}
        />
      )}
    </Stack>
  );
}
