import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Anchor, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { CreateDpoExportSchema, SCORE_SOURCE_LABELS, SCORE_SOURCES, type CreateDpoExportInput, type DpoExport } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { formatBytes, formatNumber } from "../../../lib/format";
import { useDataSets } from "../../data-sets/api/data-sets";
import { useExportPreferences } from "../api/preference-mutations";

const FIELDS = ["dataSetId", "dataSetName", "from", "to", "source", "note"] as const;
/** An emptied field sends nothing. */
const orUndefined = (value: string) => (value === "" ? undefined : value);
/** A day picked in a date field, as the instant it starts (UTC). */
const dayStart = (value: string) => (value ? `${value}T00:00:00Z` : undefined);

/** Exports the preferences (a window, a source) as DPO JSON lines, pinned as a new version of a data set. */
export function DpoExportModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const dataSets = useDataSets(projectId);
  const exportPreferences = useExportPreferences(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<DpoExport | null>(null);
  const form = useForm<CreateDpoExportInput>({ resolver: zodResolver(CreateDpoExportSchema), defaultValues: { dataSetName: "preference-pairs" } });
  const { errors } = form.formState;
  const intoExisting = Boolean(form.watch("dataSetId"));
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      setDone(await exportPreferences.mutateAsync(values));
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  if (done) {
    return (
      <Modal opened onClose={onClose} title="Exported for DPO">
        <Stack>
          <Alert color="green" title={`${done.dataSetName} v${done.version}`}>
            {formatNumber(done.pairs)} pairs ({formatBytes(done.sizeBytes)}){done.ties ? `; ${formatNumber(done.ties)} ties left out` : ""}. Train on this version and log it as the run&apos;s data: its lineage leads back to these preferences.
          </Alert>
          <Text size="xs" c="dimmed" ff="monospace">
            {done.fingerprint}
          </Text>
          <Anchor href={`/api/v1/projects/${projectId}/preference-exports/${done.id}/content`} download>
            Download the JSON lines
          </Anchor>
        </Stack>
      </Modal>
    );
  }
  return (
    <Modal opened onClose={onClose} title="Export preferences for DPO">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Each preference with a choice becomes a line {"{ prompt, chosen, rejected }"}; ties prefer nothing and are left out.
          </Text>
          <FormError message={formError} />
          <NativeSelect
            label="Data set"
            data={[{ value: "", label: "A new data set" }, ...(dataSets.data?.items ?? []).map((dataSet) => ({ value: dataSet.id, label: `${dataSet.name} (a new version)` }))]}
            {...form.register("dataSetId", { setValueAs: orUndefined })}
            error={errors.dataSetId?.message}
          />
          {!intoExisting && <TextInput label="New data set's name" required data-autofocus {...form.register("dataSetName", { setValueAs: orUndefined })} error={errors.dataSetName?.message} />}
          <SimpleGrid cols={2}>
            <TextInput label="Judged from" type="date" {...form.register("from", { setValueAs: dayStart })} error={errors.from?.message} />
            <TextInput label="Until (before)" type="date" {...form.register("to", { setValueAs: dayStart })} error={errors.to?.message} />
          </SimpleGrid>
          <NativeSelect label="From" data={[{ value: "", label: "Everyone" }, ...SCORE_SOURCES.map((value) => ({ value, label: SCORE_SOURCE_LABELS[value] }))]} {...form.register("source", { setValueAs: orUndefined })} error={errors.source?.message} />
          <Textarea label="Note" description="Kept in the version's collection notes" autosize minRows={2} {...form.register("note", { setValueAs: orUndefined })} error={errors.note?.message} />
          <FormActions submitLabel="Export" loading={exportPreferences.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
