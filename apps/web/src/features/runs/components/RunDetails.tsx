import { Badge, Button, CloseButton, Group, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title, Tooltip } from "@mantine/core";
import { WELL_KNOWN_PARAMS, type Run } from "@lifecycle/domain";
import { useState } from "react";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormError } from "../../../components/ui/FormParts";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { errorMessage, serverFieldError } from "../../../lib/form-errors";
import { useDeleteRun, useDeleteRunTag, useRestoreRun, useSaveRunTag, useUpdateRun } from "../api/runs";
import { formatDuration, formatMetric } from "./run-parts";


const WELL_KNOWN = new Map<string, (typeof WELL_KNOWN_PARAMS)[number]>(WELL_KNOWN_PARAMS.map((param) => [param.key, param]));

/** Start, end, duration, iteration and provenance at a glance. */
export function RunFacts({ run }: { run: Run }) {
  const facts: Array<[string, string]> = [
    ["Started", formatDateTime(run.startTime)],
    ["Ended", run.endTime ? formatDateTime(run.endTime) : run.status === "RUNNING" ? "still running" : "—"],
    ["Duration", formatDuration(run.durationMs)],
    ["Iteration", String(run.iteration)],
    ["Source", run.source ?? "—"],
    ["Approach", run.approach?.replaceAll("_", " ") ?? "—"],
    ["Base model", run.baseModel ?? "—"],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {label}
          </Text>
          <Text size="sm" style={{ wordBreak: "break-word" }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** Params with the well-known ones first (the API's order), typed, with what a well-known key means. */
export function RunParams({ run }: { run: Run }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5" mb="xs">
        Hyperparameters
      </Title>
      {run.params.length === 0 ? (
        <Text size="sm" c="dimmed">
          No params logged.
        </Text>
      ) : (
        <Table aria-label="Params" striped>
          <Table.Tbody>
            {run.params.map((param) => {
              const known = WELL_KNOWN.get(param.key);
              return (
                <Table.Tr key={param.key}>
                  <Table.Td fw={known ? 600 : 400}>
                    {known ? (
                      <Tooltip label={known.description} multiline w={260}>
                        <span>{param.key}</span>
                      </Tooltip>
                    ) : (
                      param.key
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{param.text}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {param.type}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** Tags: key=value labels a run can be filtered by; set one (replacing its value) or remove it. */
export function RunTags({ projectId, run }: { projectId: string; run: Run }) {
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const save = useSaveRunTag(projectId, run.id);
  const remove = useDeleteRunTag(projectId, run.id);
  const tags = Object.entries(run.tags);
  const failure = save.error ?? remove.error;
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5" mb="xs">
        Tags
      </Title>
      {tags.length === 0 ? (
        <Text size="sm" c="dimmed">
          No tags.
        </Text>
      ) : (
        <Group gap={6}>
          {tags.map(([name, text]) => (
            <Badge
              key={name}
              variant="light"
              color="gray"
              tt="none"
              rightSection={
                !run.deletedAt && (
                  <CloseButton size="xs" aria-label={`Remove tag ${name}`} onClick={() => remove.mutate(name)} disabled={remove.isPending} />
                )
              }
            >
              {name}={text}
            </Badge>
          ))}
        </Group>
      )}
      {!run.deletedAt && (
        <form
          aria-label="Set a tag"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ key: key.trim(), value }, { onSuccess: () => (setKey(""), setValue("")) });
          }}
        >
          <Group mt="xs" gap="xs" align="flex-end">
            <TextInput size="xs" label="Tag" placeholder="e.g. dataset" value={key} onChange={(event) => setKey(event.currentTarget.value)} error={serverFieldError(save.error, "key")} />
            <TextInput size="xs" label="Value" value={value} onChange={(event) => setValue(event.currentTarget.value)} error={serverFieldError(save.error, "value")} />
            <Button size="xs" type="submit" variant="light" disabled={!key.trim()} loading={save.isPending}>
              Set tag
            </Button>
          </Group>
        </form>
      )}
      <FormError message={failure && !serverFieldError(failure, "key") && !serverFieldError(failure, "value") ? errorMessage(failure) : null} />
    </Paper>
  );
}

/** Every series' latest, lowest and highest value and how many points it has. */
export function RunMetricSummaries({ run }: { run: Run }) {
  if (run.metrics.length === 0) return null;
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5" mb="xs">
        Metrics
      </Title>
      <Table aria-label="Metric summaries" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Metric</Table.Th>
            <Table.Th>Split</Table.Th>
            <Table.Th>Latest</Table.Th>
            <Table.Th>Step</Table.Th>
            <Table.Th>Min</Table.Th>
            <Table.Th>Max</Table.Th>
            <Table.Th>Points</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {run.metrics.map((metric) => (
            <Table.Tr key={`${metric.key}-${metric.split ?? ""}`}>
              <Table.Td fw={500}>{metric.key}</Table.Td>
              <Table.Td>{metric.split ?? "—"}</Table.Td>
              <Table.Td>{formatMetric(metric.latest)}</Table.Td>
              <Table.Td>{metric.latestStep.toLocaleString()}</Table.Td>
              <Table.Td>{formatMetric(metric.min)}</Table.Td>
              <Table.Td>{formatMetric(metric.max)}</Table.Td>
              <Table.Td>{formatNumber(metric.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Free-text notes on what the run tried and what it showed, saved with the run. */
export function RunNotes({ projectId, run }: { projectId: string; run: Run }) {
  const [draft, setDraft] = useState<string | null>(null);
  const update = useUpdateRun(projectId, run.id);
  const value = draft ?? run.notes ?? "";
  return (
    <Paper withBorder p="sm" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ notes: value.trim() ? value : null }, { onSuccess: () => setDraft(null) });
        }}
      >
        <Textarea label="Notes" placeholder="What this run tried, and what it showed" autosize minRows={2} maxRows={10} value={value} onChange={(event) => setDraft(event.currentTarget.value)} />
        <FormError message={update.error ? errorMessage(update.error) : null} />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" size="xs" variant="light" disabled={draft === null} loading={update.isPending}>
            Save notes
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

/** End a running run, or delete (softly) and restore. */
export function RunActions({ projectId, run }: { projectId: string; run: Run }) {
  const update = useUpdateRun(projectId, run.id);
  const remove = useDeleteRun(projectId);
  const restore = useRestoreRun(projectId);
  const [confirming, setConfirming] = useState(false);
  const failure = [update.error, remove.error, restore.error].find(Boolean);
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        {run.status === "RUNNING" && (
          <>
            <Button size="xs" variant="light" loading={update.isPending} onClick={() => update.mutate({ status: "FINISHED" })}>
              Mark finished
            </Button>
            <Button size="xs" variant="light" color="orange" loading={update.isPending} onClick={() => update.mutate({ status: "KILLED" })}>
              Mark killed
            </Button>
          </>
        )}
        {run.deletedAt ? (
          <Button size="xs" variant="light" loading={restore.isPending} onClick={() => restore.mutate(run.id)}>
            Restore
          </Button>
        ) : (
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
            Delete
          </Button>
        )}
      </Group>
      <FormError message={failure ? errorMessage(failure) : null} />
      <ConfirmModal
        opened={confirming}
        title="Delete run"
        message={`Delete "${run.name}"? It is hidden from lists and searches and takes no new data; its params, metrics and artifacts are kept, and the experiment's table can show and restore it.`}
        confirmLabel="Delete run"
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(run.id, { onSuccess: () => setConfirming(false) })}
      />
    </Stack>
  );
}
