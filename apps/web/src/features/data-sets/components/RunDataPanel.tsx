import { Button, CloseButton, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { FormError } from "../../../components/ui/FormParts";
import { errorMessage } from "../../../lib/form-errors";
import { useAddRunData, useDataSets, useRemoveRunData, useRunData, useRunInputs } from "../api/data-sets";

/** Lineage on the run's side: which data set version and split it trained or was evaluated on. */
export function RunDataPanel({ projectId, runId, canEdit }: { projectId: string; runId: string; canEdit: boolean }) {
  const uses = useRunData(projectId, runId);
  const inputs = useRunInputs(projectId, runId);
  const dataSets = useDataSets(projectId);
  const add = useAddRunData(projectId, runId);
  const remove = useRemoveRunData(projectId, runId);
  const [versionId, setVersionId] = useState<string | null>(null);
  const [split, setSplit] = useState<string | null>(null);
  const [purpose, setPurpose] = useState<"TRAINING" | "EVALUATION">("TRAINING");
  const versions = (dataSets.data?.items ?? []).flatMap((dataSet) => dataSet.versions.map((version) => ({ value: version.id, label: `${dataSet.name} v${version.version}`, splits: version.splits })));
  const chosen = versions.find((version) => version.value === versionId);
  const failure = add.error ?? remove.error;
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5" mb="xs">
        Data
      </Title>
      {uses.data?.items.length ? (
        <Table aria-label="Run data" fz="sm">
          <Table.Tbody>
            {uses.data.items.map((use) => (
              <Table.Tr key={use.id}>
                <Table.Td>{use.purpose === "TRAINING" ? "Trained on" : "Evaluated on"}</Table.Td>
                <Table.Td fw={500}>
                  {use.dataSetName} v{use.version}
                </Table.Td>
                <Table.Td>{use.split}</Table.Td>
                {canEdit && (
                  <Table.Td w={30}>
                    <CloseButton size="sm" aria-label={`Remove ${use.dataSetName} v${use.version} ${use.split}`} onClick={() => remove.mutate(use.id)} disabled={remove.isPending} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {uses.isPending ? "Loading…" : "No data recorded for this run."}
        </Text>
      )}
      {inputs.data?.items.length ? (
        <Table aria-label="Inputs logged through MLflow" fz="sm" mt="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Logged input (MLflow)</Table.Th>
              <Table.Th>Context</Table.Th>
              <Table.Th>Source</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inputs.data.items.map((input) => (
              <Table.Tr key={input.id}>
                <Table.Td fw={500} title={`digest ${input.digest}`}>
                  {input.name}
                </Table.Td>
                <Table.Td>{input.context ?? "—"}</Table.Td>
                <Table.Td title={input.source}>
                  <Text size="sm" lineClamp={1}>
                    {input.sourceType}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {canEdit && (
        <form
          aria-label="Record data used"
          onSubmit={(event) => {
            event.preventDefault();
            if (versionId && split) add.mutate({ versionId, split, purpose }, { onSuccess: () => setSplit(null) });
          }}
        >
          <Stack gap="xs" mt="sm">
            <SegmentedControl size="xs" value={purpose} onChange={(value) => setPurpose(value as typeof purpose)} data={[{ value: "TRAINING", label: "Trained on" }, { value: "EVALUATION", label: "Evaluated on" }]} />
            <Group gap="xs" align="flex-end">
              <Select
                size="xs"
                label="Data set version"
                placeholder={versions.length ? "Pick a version" : "No data set versions yet"}
                data={versions.map(({ value, label }) => ({ value, label }))}
                value={versionId}
                onChange={(value) => {
                  setVersionId(value);
                  setSplit(null);
                }}
                disabled={versions.length === 0}
                w={220}
              />
              <Select size="xs" label="Split" data={chosen?.splits.map((item) => item.name) ?? []} value={split} onChange={setSplit} disabled={!chosen} w={140} />
              <Button size="xs" type="submit" variant="light" disabled={!versionId || !split} loading={add.isPending}>
                Record
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <FormError message={failure ? errorMessage(failure) : null} />
    </Paper>
  );
}
