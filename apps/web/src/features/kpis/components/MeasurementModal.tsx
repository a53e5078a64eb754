import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, Stack, TextInput } from "@mantine/core";
import { CreateMeasurementSchema, type Kpi } from "@lifecycle/domain";
import { useState } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyServerErrors } from "../../../lib/form-errors";
import { newIdempotencyKey } from "../../../lib/idempotency";
import { useAddMeasurement } from "../api/kpi-mutations";

// The form edits local time; the API takes an ISO instant.
const MeasurementFormSchema = CreateMeasurementSchema.extend({ measuredAt: z.string().optional() });
type MeasurementForm = z.infer<typeof MeasurementFormSchema>;

function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function MeasurementModal({ projectId, kpi, opened, onClose }: { projectId: string; kpi: Kpi; opened: boolean; onClose: () => void }) {
  const addMeasurement = useAddMeasurement(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  // One key per measurement being entered: a double submit or a retry records it once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => newIdempotencyKey());
  const form = useForm<MeasurementForm>({ resolver: zodResolver(MeasurementFormSchema), defaultValues: { measuredAt: localNow() } });
  const { errors } = form.formState;

  const close = () => {
    setFormError(null);
    form.reset({ measuredAt: localNow() });
    onClose();
  };

  const submit = form.handleSubmit(async ({ measuredAt, ...values }) => {
    setFormError(null);
    try {
      await addMeasurement.mutateAsync({
        kpiId: kpi.id,
        idempotencyKey,
        body: { ...values, ...(measuredAt ? { measuredAt: new Date(measuredAt).toISOString() } : {}) },
      });
      setIdempotencyKey(newIdempotencyKey());
      close();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["value", "measuredAt", "source", "note"]));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={`Measure ${kpi.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label={`Value${kpi.unit ? ` (${kpi.unit})` : ""}`}
            type="number"
            step="any"
            required
            data-autofocus
            {...form.register("value", { setValueAs: (value: string) => (value === "" ? undefined : Number(value)) })}
            error={errors.value?.message}
          />
          <TextInput label="Measured at" type="datetime-local" {...form.register("measuredAt")} error={errors.measuredAt?.message} />
          <TextInput label="Source" placeholder="e.g. weekly report, A/B test" {...form.register("source")} error={errors.source?.message} />
          <TextInput label="Note" {...form.register("note")} error={errors.note?.message} />
          <FormActions submitLabel="Record" loading={addMeasurement.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
