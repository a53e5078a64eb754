import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, Checkbox, FileInput, Group, Modal, Stack, Table, Text, TextInput } from "@mantine/core";
import { UploadBaselineQuerySchema } from "@lifecycle/domain";
import type { OperationResult } from "@lifecycle/client";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { EmptyHint } from "../../../components/ui/QueryState";
import { applyServerErrors, errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { baselineFileType, useActivateBaseline, useUploadBaseline } from "../api/baseline-mutations";

type Baseline = OperationResult<"listBaselines">["items"][number];

const UploadFormSchema = UploadBaselineQuerySchema.pick({ name: true, predictionColumn: true }).extend({
  activate: z.boolean(),
  file: z
    .custom<File>((value) => typeof value === "object" && value !== null && "name" in value && "size" in value, "Choose a CSV or JSON-lines file")
    .refine((file) => baselineFileType(file.name) !== null, "Choose a .csv, .jsonl or .ndjson file"),
});
type UploadForm = z.infer<typeof UploadFormSchema>;

/** Uploads a training split (CSV with a header line, or JSON lines) as a new baseline. */
function UploadBaselineModal({ projectId, deploymentId, onClose }: { projectId: string; deploymentId: string; onClose: () => void }) {
  const upload = useUploadBaseline(projectId, deploymentId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UploadForm>({ resolver: zodResolver(UploadFormSchema), defaultValues: { name: "", predictionColumn: undefined, activate: true, file: undefined } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const type = baselineFileType(values.file.name)!;
      await upload.mutateAsync({ name: values.name, file: values.file, type, activate: values.activate, ...(values.predictionColumn ? { predictionColumn: values.predictionColumn } : {}) });
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["name", "predictionColumn"]));
    }
  });
  return (
    <Modal opened onClose={onClose} title="Upload a baseline" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus placeholder="e.g. training split v3" {...form.register("name")} error={errors.name?.message} />
          <Controller
            control={form.control}
            name="file"
            render={({ field }) => (
              <FileInput
                label="Rows"
                description="CSV with a header line, or JSON lines (one flat object a line); up to 200,000 rows, streamed"
                required
                accept=".csv,.jsonl,.ndjson"
                value={field.value ?? null}
                onChange={(file) => field.onChange(file ?? undefined)}
                error={errors.file?.message}
              />
            )}
          />
          <TextInput
            label="Prediction column"
            description="The column holding the model's answer (or the label), for prediction drift; the others are features"
            {...form.register("predictionColumn", { setValueAs: (value: string) => value.trim() || undefined })}
            error={errors.predictionColumn?.message}
          />
          <Checkbox label="Measure drift against it from now on" {...form.register("activate")} />
          <FormActions submitLabel="Upload baseline" loading={upload.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The deployment's baselines: which one drift is measured against, where each came from, and a way to add one. */
export function BaselinesCard({ projectId, deploymentId, baselines, canEdit }: { projectId: string; deploymentId: string; baselines: Baseline[]; canEdit: boolean }) {
  const [uploading, setUploading] = useState(false);
  const activate = useActivateBaseline(projectId, deploymentId);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={500}>Baselines</Text>
        {canEdit && (
          <Button size="xs" variant="light" onClick={() => setUploading(true)}>
            Upload a baseline
          </Button>
        )}
      </Group>
      {activate.error ? (
        <Text size="sm" c="red" role="alert">
          {errorMessage(activate.error)}
        </Text>
      ) : null}
      {baselines.length === 0 ? (
        <EmptyHint title="No baseline yet">Upload the training split's features (CSV or JSON lines) — or build one from a window of production — to measure drift against it.</EmptyHint>
      ) : (
        <Table aria-label="Baselines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th ta="right">Rows</Table.Th>
              <Table.Th>Features</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {baselines.map((baseline) => (
              <Table.Tr key={baseline.id}>
                <Table.Td>
                  <Group gap="xs">
                    {baseline.name}
                    {baseline.active && (
                      <Badge size="sm" color="green" variant="light">
                        active
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{baseline.source === "PRODUCTION" ? `production ${formatDateTime(baseline.windowFrom)} – ${formatDateTime(baseline.windowTo)}` : baseline.split ? `data set split ${baseline.split}` : "uploaded rows"}</Table.Td>
                <Table.Td ta="right">{baseline.rowCount.toLocaleString()}</Table.Td>
                <Table.Td>
                  <Text size="xs">{baseline.features.map((feature) => feature.name).join(", ")}</Text>
                </Table.Td>
                <Table.Td>{formatDateTime(baseline.createdAt)}</Table.Td>
                <Table.Td>
                  {canEdit && !baseline.active && (
                    <Button size="compact-xs" variant="default" loading={activate.isPending && activate.variables === baseline.id} onClick={() => activate.mutate(baseline.id)} aria-label={`Measure drift against ${baseline.name}`}>
                      Make active
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {uploading && <UploadBaselineModal projectId={projectId} deploymentId={deploymentId} onClose={() => setUploading(false)} />}
    </Stack>
  );
}
