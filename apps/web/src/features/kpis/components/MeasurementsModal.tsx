import { Button, Group, Modal, Pagination, ScrollArea, Stack, Table, Text } from "@mantine/core";
import type { Kpi, KpiMeasurementView } from "@lifecycle/domain";
import { useState } from "react";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { MEASUREMENTS_PAGE_SIZE, useMeasurements } from "../api/get-measurements";
import { useDeleteMeasurement } from "../api/kpi-mutations";
import { MeasurementModal } from "./MeasurementModal";

const fullTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });

/** Every measurement of a KPI, newest first, each exactly as entered, with correction and deletion. */
export function MeasurementsModal({ projectId, kpi, canEdit, onClose }: { projectId: string; kpi: Kpi; canEdit: boolean; onClose: () => void }) {
  const [page, setPage] = useState(1);
  const measurements = useMeasurements(projectId, kpi.id, page);
  const remove = useDeleteMeasurement(projectId);
  const [editing, setEditing] = useState<KpiMeasurementView | null>(null);
  const [deleting, setDeleting] = useState<KpiMeasurementView | null>(null);
  const total = measurements.data?.total ?? 0;
  return (
    <Modal opened onClose={onClose} title={`Measurements of ${kpi.name}`} size="xl">
      <QueryState isPending={measurements.isPending} error={measurements.error} hasData={measurements.data !== undefined} onRetry={() => void measurements.refetch()} label="the measurements">
        {total === 0 ? (
          <EmptyHint title="No measurements yet">Record one with "Add measurement" on the KPI's card.</EmptyHint>
        ) : (
          <Stack>
            <ScrollArea>
              <Table striped aria-label={`Measurements of ${kpi.name}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Measured at</Table.Th>
                    <Table.Th ta="right">Value{kpi.unit ? ` (${kpi.unit})` : ""}</Table.Th>
                    <Table.Th>Source</Table.Th>
                    <Table.Th>Note</Table.Th>
                    {canEdit && <Table.Th aria-label="Actions" />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {measurements.data?.items.map((measurement) => (
                    <Table.Tr key={measurement.id}>
                      <Table.Td title={measurement.measuredAt}>{fullTime(measurement.measuredAt)}</Table.Td>
                      <Table.Td ta="right" ff="monospace">
                        {String(measurement.value)}
                      </Table.Td>
                      <Table.Td>{measurement.source ?? "—"}</Table.Td>
                      <Table.Td>{measurement.note ?? "—"}</Table.Td>
                      {canEdit && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap" justify="flex-end">
                            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(measurement)} aria-label={`Correct the measurement of ${fullTime(measurement.measuredAt)}`}>
                              Correct
                            </Button>
                            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(measurement)} aria-label={`Delete the measurement of ${fullTime(measurement.measuredAt)}`}>
                              Delete
                            </Button>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {total} measurement{total === 1 ? "" : "s"}
              </Text>
              {total > MEASUREMENTS_PAGE_SIZE && <Pagination total={Math.ceil(total / MEASUREMENTS_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
            </Group>
          </Stack>
        )}
      </QueryState>
      {remove.error && <FormError message={errorMessage(remove.error)} />}
      {editing && <MeasurementModal projectId={projectId} kpi={kpi} measurement={editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete measurement"
        message={deleting ? `Delete the measurement ${deleting.value} of ${fullTime(deleting.measuredAt)}? The KPI's status and trend are worked out again without it.` : ""}
        confirmLabel="Delete measurement"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ kpiId: kpi.id, measurementId: deleting.id }, { onSuccess: () => setDeleting(null) })}
      />
    </Modal>
  );
}
