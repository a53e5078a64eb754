import { Anchor, Badge, Button, Group, Modal, NumberInput, Paper, Progress, Select, Stack, Table, Text, TextInput, Textarea, Title, Tooltip } from "@mantine/core";
import { LABEL_SOURCES, LABELLINGS, DATA_KINDS, splitsProblem, type DataSet, type DataSetVersion } from "@lifecycle/domain";
import { LifecycleApiError } from "@lifecycle/client";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage, serverFieldError } from "../../../lib/form-errors";
import { formatBytes, formatDateTime, formatNumber } from "../../../lib/format";
import { useCreateDataSet, useCreateVersion, useDeleteDataSet, useDataSets, type CreateDataSetBody } from "../api/data-sets";

const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");
const SPLIT_COLORS: Record<string, string> = { train: "blue", validation: "orange", test: "grape" };
const splitColor = (name: string, index: number) => SPLIT_COLORS[name] ?? ["teal", "gray", "pink", "lime"][index % 4]!;

/** A project's data sets: what they are, their immutable versions with split bars, label distribution and lineage. */
export function DataSetsPanel({ projectId, projectRef, canEdit, canDelete }: { projectId: string; projectRef: string; canEdit: boolean; canDelete: boolean }) {
  const dataSets = useDataSets(projectId);
  const remove = useDeleteDataSet(projectId);
  const [creating, setCreating] = useState(false);
  const [versioning, setVersioning] = useState<DataSet | null>(null);
  const [deleting, setDeleting] = useState<DataSet | null>(null);
  return (
    <Stack>
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>New data set</Button>
        </Group>
      )}
      <QueryState isPending={dataSets.isPending} error={dataSets.error} hasData={dataSets.data !== undefined} onRetry={() => void dataSets.refetch()} label="data sets">
        {dataSets.data?.items.length === 0 ? (
          <EmptyHint title="No data sets yet">
            Register the data the model learns from and is tested on: the Data stage is left once a version is split into train, validation and test.
          </EmptyHint>
        ) : (
          dataSets.data?.items.map((dataSet) => (
            <Paper key={dataSet.id} withBorder p="md" radius="md" aria-label={`Data set ${dataSet.name}`} component="section">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={3} size="h4">
                    {dataSet.name}
                  </Title>
                  {dataSet.description && <Text c="dimmed">{dataSet.description}</Text>}
                  <Group gap={6} mt={4}>
                    <Badge variant="light">{dataSet.structured ? "structured" : "unstructured"}</Badge>
                    <Badge variant="light" color="gray">
                      {words(dataSet.kind)}
                    </Badge>
                    <Badge variant="light" color={dataSet.labelling === "UNLABELLED" ? "gray" : "green"}>
                      {words(dataSet.labelling)}
                      {dataSet.labelSource ? ` · ${words(dataSet.labelSource)}` : ""}
                    </Badge>
                    {dataSet.format && (
                      <Badge variant="outline" color="gray" tt="none">
                        {dataSet.format}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" mt={4}>
                    {[dataSet.sourceUri, dataSet.owner && `owner ${dataSet.owner}`].filter(Boolean).join(" · ")}
                  </Text>
                </div>
                <Group gap="xs">
                  {canEdit && (
                    <Button size="xs" variant="light" onClick={() => setVersioning(dataSet)}>
                      New version
                    </Button>
                  )}
                  {canDelete && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(dataSet)}>
                      Delete
                    </Button>
                  )}
                </Group>
              </Group>
              {dataSet.versions.length === 0 ? (
                <Text size="sm" c="dimmed" mt="sm">
                  No version yet: add one with its item count and splits.
                </Text>
              ) : (
                <Stack gap="sm" mt="sm">
                  {dataSet.versions.map((version) => (
                    <VersionCard key={version.id} version={version} projectRef={projectRef} />
                  ))}
                </Stack>
              )}
            </Paper>
          ))
        )}
      </QueryState>
      <CreateDataSetModal projectId={projectId} opened={creating} onClose={() => setCreating(false)} />
      {versioning && <CreateVersionModal projectId={projectId} dataSet={versioning} onClose={() => setVersioning(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete data set"
        message={`Delete "${deleting?.name}" and all its versions? Data sets that runs used cannot be deleted.`}
        confirmLabel="Delete data set"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
      />
      {remove.error && <FormError message={errorMessage(remove.error)} />}
    </Stack>
  );
}

function VersionCard({ version, projectRef }: { version: DataSetVersion; projectRef: string }) {
  const labels = Object.entries(version.labelDistribution).sort(([, a], [, b]) => b - a);
  const labelled = labels.reduce((sum, [, count]) => sum + count, 0);
  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-default-hover)" aria-label={`Version ${version.version}`}>
      <Group justify="space-between">
        <Group gap="xs">
          <Text fw={700}>v{version.version}</Text>
          <Text size="sm">{formatNumber(version.itemCount)} items</Text>
          {version.sizeBytes !== null && (
            <Text size="sm" c="dimmed">
              {formatBytes(version.sizeBytes)}
            </Text>
          )}
          <Tooltip label="Content fingerprint">
            <Text size="xs" ff="monospace" c="dimmed">
              {version.fingerprint}
            </Text>
          </Tooltip>
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(version.createdAt)}
        </Text>
      </Group>
      <Progress.Root size={18} mt="xs" aria-label={`Splits of version ${version.version}`}>
        {version.splits.map((split, index) => (
          <Tooltip key={split.name} label={`${split.name}: ${formatNumber(split.count)} (${Math.round((split.count / version.itemCount) * 100)} %)`}>
            <Progress.Section value={(split.count / version.itemCount) * 100} color={splitColor(split.name, index)}>
              <Progress.Label>{split.name}</Progress.Label>
            </Progress.Section>
          </Tooltip>
        ))}
      </Progress.Root>
      <Text size="xs" c="dimmed" mt={2}>
        {version.splits.map((split) => `${split.name} ${formatNumber(split.count)}`).join(" · ")}
      </Text>
      {labels.length > 0 && (
        <Stack gap={2} mt="xs" aria-label={`Label distribution of version ${version.version}`}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Labels {labelled < version.itemCount ? `(${formatNumber(version.itemCount - labelled)} unlabelled)` : ""}
          </Text>
          {labels.map(([label, count]) => (
            <Group key={label} gap="xs" wrap="nowrap">
              <Text size="xs" w={110} truncate>
                {label}
              </Text>
              <Progress value={(count / version.itemCount) * 100} size="sm" style={{ flex: 1 }} />
              <Text size="xs" w={70} ta="right">
                {formatNumber(count)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      {version.features.length > 0 && (
        <Text size="xs" mt="xs">
          <b>Features:</b> {version.features.map((feature) => `${feature.name} (${feature.type})`).join(", ")}
        </Text>
      )}
      {version.preprocessing.length > 0 && (
        <Text size="xs" mt={4} component="div">
          <b>Preparation:</b>
          <ol style={{ margin: 0, paddingLeft: 18 }}>
            {version.preprocessing.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </Text>
      )}
      {version.collectionNotes && (
        <Text size="xs" mt={4} style={{ whiteSpace: "pre-wrap" }}>
          <b>Collection:</b> {version.collectionNotes}
        </Text>
      )}
      {version.preferenceExport && (
        <Text size="xs" mt={4}>
          <b>From feedback:</b> {formatNumber(version.preferenceExport.pairs)} pairwise preferences exported for DPO by {version.preferenceExport.createdBy}
          {version.preferenceExport.ties ? ` (${formatNumber(version.preferenceExport.ties)} ties left out)` : ""} ·{" "}
          <Anchor href={`/api/v1/projects/${projectRef}/preference-exports/${version.preferenceExport.id}/content`} download size="xs">
            download the JSON lines
          </Anchor>
        </Text>
      )}
      <Text size="xs" mt="xs" fw={700} tt="uppercase" c="dimmed">
        Used by
      </Text>
      {version.usedBy.length === 0 ? (
        <Text size="xs" c="dimmed">
          No run yet.
        </Text>
      ) : (
        <Table fz="xs" aria-label={`Runs that used version ${version.version}`}>
          <Table.Tbody>
            {version.usedBy.map((use) => (
              <Table.Tr key={`${use.runId}-${use.split}-${use.purpose}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/projects/${projectRef}/runs/${use.runId}`} size="xs">
                    {use.runName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{use.purpose === "TRAINING" ? "trained on" : "evaluated on"}</Table.Td>
                <Table.Td>{use.split}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function CreateDataSetModal({ projectId, opened, onClose }: { projectId: string; opened: boolean; onClose: () => void }) {
  const create = useCreateDataSet(projectId);
  const empty: CreateDataSetBody = { name: "", kind: "TABLE", labelling: "LABELLED", labelSource: "HUMAN", description: null, sourceUri: null, format: null, owner: null };
  const [form, setForm] = useState<CreateDataSetBody>(empty);
  const set = (patch: Partial<CreateDataSetBody>) => setForm((current) => ({ ...current, ...patch }));
  const close = () => {
    create.reset();
    setForm(empty);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ...form, labelSource: form.labelling === "UNLABELLED" ? null : form.labelSource }, { onSuccess: close });
  };
  return (
    <Modal opened={opened} onClose={close} title="New data set">
      <form onSubmit={submit} noValidate aria-label="New data set">
        <Stack>
          <FormError message={create.error && !serverFieldError(create.error, "name") ? errorMessage(create.error) : null} />
          <TextInput label="Name" required data-autofocus value={form.name} onChange={(event) => set({ name: event.currentTarget.value })} error={serverFieldError(create.error, "name")} />
          <Textarea label="Description" autosize minRows={2} value={form.description ?? ""} onChange={(event) => set({ description: event.currentTarget.value })} />
          <Group grow>
            <Select label="Kind" data={DATA_KINDS.map((kind) => ({ value: kind, label: words(kind) }))} value={form.kind} onChange={(value) => value && set({ kind: value as CreateDataSetBody["kind"] })} allowDeselect={false} />
            <Select label="Labelling" data={LABELLINGS.map((value) => ({ value, label: words(value) }))} value={form.labelling} onChange={(value) => value && set({ labelling: value as CreateDataSetBody["labelling"] })} allowDeselect={false} />
          </Group>
          {form.labelling !== "UNLABELLED" && (
            <Select
              label="Labelled by"
              data={LABEL_SOURCES.map((value) => ({ value, label: value === "SELF_SUPERVISED" ? "Self-supervised (pseudo-labels)" : words(value) }))}
              value={form.labelSource ?? null}
              onChange={(value) => set({ labelSource: value as CreateDataSetBody["labelSource"] })}
            />
          )}
          <TextInput label="Source" placeholder="s3://bucket/path, a table, a URL" value={form.sourceUri ?? ""} onChange={(event) => set({ sourceUri: event.currentTarget.value })} />
          <Group grow>
            <TextInput label="Format" placeholder="CSV, Parquet, JPEG …" value={form.format ?? ""} onChange={(event) => set({ format: event.currentTarget.value })} />
            <TextInput label="Owner" value={form.owner ?? ""} onChange={(event) => set({ owner: event.currentTarget.value })} />
          </Group>
          <FormActions submitLabel="Create data set" loading={create.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}

/** "label=count" lines, or "name:type" lines, into pairs; the lines that do not parse, for an error. */
function parsePairs(text: string, separator: string): { pairs: Array<[string, string]>; invalid: string[] } {
  const pairs: Array<[string, string]> = [];
  const invalid: string[] = [];
  for (const line of text.split("\n").map((entry) => entry.trim()).filter(Boolean)) {
    const at = line.lastIndexOf(separator);
    if (at <= 0 || at === line.length - 1) invalid.push(line);
    else pairs.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return { pairs, invalid };
}

function CreateVersionModal({ projectId, dataSet, onClose }: { projectId: string; dataSet: DataSet; onClose: () => void }) {
  const create = useCreateVersion(projectId, dataSet.id);
  const [fingerprint, setFingerprint] = useState("");
  const [itemCount, setItemCount] = useState<number | string>("");
  const [splits, setSplits] = useState<Array<{ name: string; count: number | string }>>([
    { name: "train", count: "" },
    { name: "validation", count: "" },
    { name: "test", count: "" },
  ]);
  const [labels, setLabels] = useState("");
  const [features, setFeatures] = useState("");
  const [steps, setSteps] = useState("");
  const [notes, setNotes] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const total = Number(itemCount) || 0;
  const numericSplits = splits.map((split) => ({ name: split.name.trim(), count: Number(split.count) || 0 }));
  const sumProblem = total > 0 ? splitsProblem(total, numericSplits) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const labelPairs = parsePairs(labels, "=");
    const featurePairs = parsePairs(features, ":");
    const bad = [...labelPairs.invalid, ...featurePairs.invalid];
    if (bad.length) return setLocalError(`These lines do not read as label=count or name:type: ${bad.join("; ")}`);
    setLocalError(null);
    create.mutate(
      {
        fingerprint: fingerprint.trim(),
        itemCount: total,
        splits: numericSplits.filter((split) => split.name),
        ...(labelPairs.pairs.length ? { labelDistribution: Object.fromEntries(labelPairs.pairs.map(([label, count]) => [label, Number(count)])) } : {}),
        ...(featurePairs.pairs.length ? { features: featurePairs.pairs.map(([name, type]) => ({ name, type })) } : {}),
        ...(steps.trim() ? { preprocessing: steps.split("\n").map((step) => step.trim()).filter(Boolean) } : {}),
        ...(notes.trim() ? { collectionNotes: notes } : {}),
      },
      { onSuccess: onClose },
    );
  };
  const serverSplitError = create.error instanceof LifecycleApiError ? create.error.details?.find((detail) => detail.path?.startsWith("splits"))?.message : undefined;
  return (
    <Modal opened onClose={onClose} title={`New version of ${dataSet.name}`} size="lg">
      <form onSubmit={submit} noValidate aria-label="New data set version">
        <Stack>
          <FormError message={localError ?? (create.error && !serverSplitError ? errorMessage(create.error) : null)} />
          <Group grow>
            <TextInput label="Fingerprint" description="A content hash of exactly this data" required data-autofocus value={fingerprint} onChange={(event) => setFingerprint(event.currentTarget.value)} error={serverFieldError(create.error, "fingerprint")} />
            <NumberInput label="Items" description="Rows, images, documents …" required min={1} thousandSeparator="," value={itemCount} onChange={setItemCount} error={serverFieldError(create.error, "itemCount")} />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Splits
            </Text>
            {splits.map((split, index) => (
              <Group key={index} gap="xs">
                <TextInput
                  aria-label={`Split ${index + 1} name`}
                  value={split.name}
                  onChange={(event) => {
                    const name = event.currentTarget.value;
                    setSplits((current) => current.map((item, position) => (position === index ? { ...item, name } : item)));
                  }}
                  w={160}
                />
                <NumberInput
                  aria-label={`${split.name || `Split ${index + 1}`} count`}
                  min={0}
                  thousandSeparator=","
                  value={split.count}
                  onChange={(count) => setSplits((current) => current.map((item, position) => (position === index ? { ...item, count } : item)))}
                  w={160}
                />
                {splits.length > 1 && (
                  <Button variant="subtle" color="gray" size="xs" onClick={() => setSplits((current) => current.filter((_, position) => position !== index))}>
                    Remove
                  </Button>
                )}
              </Group>
            ))}
            <Group>
              <Button variant="subtle" size="xs" onClick={() => setSplits((current) => [...current, { name: "", count: "" }])}>
                Add a split
              </Button>
              <Text size="xs" c={sumProblem ? "red" : "dimmed"} role="status">
                {total > 0 ? (sumProblem ? sumProblem.message : "The splits add up.") : "The split counts must add up to the items."}
              </Text>
            </Group>
            {serverSplitError && (
              <Text size="xs" c="red">
                {serverSplitError}
              </Text>
            )}
          </Stack>
          <Textarea label="Label distribution" description="One per line: label=count" autosize minRows={2} value={labels} onChange={(event) => setLabels(event.currentTarget.value)} error={serverFieldError(create.error, "labelDistribution")} />
          <Textarea label="Features" description="One per line: name:type" autosize minRows={2} value={features} onChange={(event) => setFeatures(event.currentTarget.value)} />
          <Textarea label="Preparation steps" description="Preprocessing and feature engineering, one step per line, in order" autosize minRows={2} value={steps} onChange={(event) => setSteps(event.currentTarget.value)} />
          <Textarea label="Collection notes" autosize minRows={2} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} />
          <FormActions submitLabel="Add version" loading={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
