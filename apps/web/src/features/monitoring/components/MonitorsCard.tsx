import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { CreateMonitorSchema, MONITOR_FIGURES, MONITOR_OPERATORS, type CreateMonitorInput, type MonitorState } from "@lifecycle/domain";
import type { OperationResult } from "@lifecycle/client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { EmptyHint } from "../../../components/ui/QueryState";
import { applyServerErrors, errorMessage } from "../../../lib/form-errors";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { numberOrNull, textOrNull } from "../../../lib/form-values";
import { useKpis } from "../../kpis/api/get-kpis";
import { useCreateMonitor, useDeleteMonitor, useEvaluateMonitor } from "../api/monitor-mutations";

type Monitor = OperationResult<"listMonitors">["items"][number];

const STATE_COLORS: Record<MonitorState, string> = { OK: "green", WARNING: "yellow", ALERT: "red", NO_DATA: "gray" };
const WINDOWS = [
  { value: "1h", label: "1 hour" },
  { value: "6h", label: "6 hours" },
  { value: "1d", label: "1 day" },
];
const FIELDS = ["name", "figure", "feature", "operator", "warning", "alert", "window", "cadence", "noData", "kpiId"] as const;

/** "latency p95 > 300 (warning 100), 1 hour windows every hour". */
export function monitorRule(monitor: Pick<Monitor, "figure" | "feature" | "operator" | "warning" | "alert" | "window" | "cadence">): string {
  const what = monitor.figure === "feature_psi" ? `PSI of ${monitor.feature}` : monitor.figure === "feedback_mean" ? `mean ${monitor.feature} score` : MONITOR_FIGURES[monitor.figure];
  const warning = monitor.warning === null ? "" : ` (warning ${monitor.warning})`;
  return `${what} ${MONITOR_OPERATORS[monitor.operator]} ${monitor.alert}${warning} · ${monitor.window} windows every ${monitor.cadence}`;
}

function NewMonitorModal({ projectId, deploymentId, features, onClose }: { projectId: string; deploymentId: string; features: string[]; onClose: () => void }) {
  const create = useCreateMonitor(projectId, deploymentId);
  const kpis = useKpis(projectId);
  const kpiOptions = (kpis.data?.items ?? []).map((kpi) => ({ value: kpi.id, label: kpi.name }));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof CreateMonitorSchema>, unknown, CreateMonitorInput>({
    resolver: zodResolver(CreateMonitorSchema),
    defaultValues: { name: "", figure: "dataset_drift_share", operator: "gte", warning: 0.3, alert: 0.5, window: "1h", cadence: "1h", noData: "NO_DATA" },
  });
  const { errors } = form.formState;
  const figure = form.watch("figure");
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await create.mutateAsync(values);
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  return (
    <Modal opened onClose={onClose} title="New monitor" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus placeholder="e.g. Data set drift" {...form.register("name")} error={errors.name?.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label="Figure" data={Object.entries(MONITOR_FIGURES).map(([value, label]) => ({ value, label }))} {...form.register("figure")} error={errors.figure?.message} />
            {figure === "feature_psi" ? (
              <NativeSelect label="Feature" data={[{ value: "", label: "Choose a feature" }, ...features.map((name) => ({ value: name, label: name }))]} {...form.register("feature", { setValueAs: (value: string) => value || undefined })} error={errors.feature?.message} />
            ) : figure === "feedback_mean" ? (
              <TextInput label="Score config" placeholder="e.g. helpfulness" {...form.register("feature", { setValueAs: (value: string) => value || undefined })} error={errors.feature?.message} />
            ) : (
              <div />
            )}
            <NativeSelect label="Alert when the figure is" data={Object.entries(MONITOR_OPERATORS).map(([value, label]) => ({ value, label }))} {...form.register("operator")} error={errors.operator?.message} />
            <TextInput label="Alert threshold" required type="number" step="any" {...form.register("alert", { valueAsNumber: true })} error={errors.alert?.message} />
            <TextInput label="Warning threshold" type="number" step="any" {...form.register("warning", { setValueAs: numberOrNull })} error={errors.warning?.message} />
            <NativeSelect
              label="A window without data"
              data={[
                { value: "NO_DATA", label: "says no data" },
                { value: "OK", label: "is OK" },
                { value: "ALERT", label: "alerts" },
              ]}
              {...form.register("noData", { setValueAs: textOrNull })}
              error={errors.noData?.message}
            />
            <NativeSelect label="Window" data={WINDOWS} {...form.register("window")} error={errors.window?.message} />
            <NativeSelect label="Evaluated every" data={WINDOWS} {...form.register("cadence")} error={errors.cadence?.message} />
          </SimpleGrid>
          <NativeSelect
            label="Feeds the KPI"
            description="Each evaluated window's figure becomes a measurement of it, so the KPI reflects production"
            data={[{ value: "", label: "No KPI" }, ...kpiOptions]}
            {...form.register("kpiId", { setValueAs: (value: string) => value || null })}
            error={errors.kpiId?.message}
          />
          <FormActions submitLabel="Create monitor" loading={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The deployment's monitors: what each watches, its state and last figure, and a way to add, check and remove them. */
export function MonitorsCard({ projectId, deploymentId, monitors, features, canEdit }: { projectId: string; deploymentId: string; monitors: Monitor[]; features: string[]; canEdit: boolean }) {
  const [creating, setCreating] = useState(false);
  const evaluate = useEvaluateMonitor(projectId, deploymentId);
  const remove = useDeleteMonitor(projectId, deploymentId);
  const failure = evaluate.error ?? remove.error;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={500}>Monitors</Text>
        {canEdit && (
          <Button size="xs" variant="light" onClick={() => setCreating(true)}>
            New monitor
          </Button>
        )}
      </Group>
      {failure ? (
        <Text size="sm" c="red" role="alert">
          {errorMessage(failure)}
        </Text>
      ) : null}
      {monitors.length === 0 ? (
        <EmptyHint title="No monitors yet">Watch drift, latency, errors, volume or cost window by window; an alert opens when a monitor enters ALERT.</EmptyHint>
      ) : (
        <Table aria-label="Monitors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Monitor</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th ta="right">Last figure</Table.Th>
              <Table.Th>Last window</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monitors.map((monitor) => (
              <Table.Tr key={monitor.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {monitor.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {monitorRule(monitor)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {monitor.state ? (
                    <Badge color={STATE_COLORS[monitor.state]} variant="light">
                      {monitor.state.replace("_", " ").toLowerCase()}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      not evaluated yet
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(monitor.lastValue)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{monitor.lastWindowTo ? `to ${formatDateTime(monitor.lastWindowTo)}` : "—"}</Text>
                </Table.Td>
                <Table.Td>
                  {canEdit && (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-xs" variant="default" loading={evaluate.isPending && evaluate.variables === monitor.id} onClick={() => evaluate.mutate(monitor.id)} aria-label={`Evaluate ${monitor.name} now`}>
                        Evaluate now
                      </Button>
                      <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending && remove.variables === monitor.id} onClick={() => remove.mutate(monitor.id)} aria-label={`Delete ${monitor.name}`}>
                        Delete
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <NewMonitorModal projectId={projectId} deploymentId={deploymentId} features={features} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
