import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, Stack, TextInput } from "@mantine/core";
import { CreateMeasurementSchema, type Kpi, type KpiMeasurementView } from "@lifecycle/domain";
import { useState } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { applyServerErrors } from "../../../lib/form-errors";
import { newIdempotencyKey } from "../../../lib/idempotency";
import { useAddMeasurement, useUpdateMeasurement } from "../api/kpi-mutations";

// The form edits local time to the second; the API takes an ISO instant. Left empty, a new measurement is taken now,
// to the millisecond (so two entered in the same minute keep their order).
const MeasurementFormSchema = CreateMeasurementSchema.extend({ measuredAt: z.string().optional() });
type MeasurementForm = z.infer<typeof MeasurementFormSchema>;

/** An instant as a datetime-local value (local time, to the second). */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
}

function valuesOf(measurement: KpiMeasurementView | null): MeasurementForm {
  return measurement
    ? { value: measurement.value, measuredAt: toLocalInput(measurement.measuredAt), source: measurement.source ?? "", note: measurement.note ?? "" }
    : { value: undefined as unknown as number, measuredAt: "", source: "", note: "" };
}

/** Records a measurement, or corrects one when `measurement` is given. */
export function MeasurementModal({ projectId, kpi, measurement = null, onClose }: { projectId: string; kpi: Kpi; measurement?: KpiMeasurementView | null; onClose: () => void }) {
  const addMeasurement = useAddMeasurement(projectId);
  const updateMeasurement = useUpdateMeasurement(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  // One key per measurement being entered: a double submit or a retry records it once.
  const [idempotencyKey] = useState(() => newIdempotencyKey());
  const form = useForm<MeasurementForm>({ resolver: zodResolver(MeasurementFormSchema), defaultValues: valuesOf(measurement) });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async ({ measuredAt, ...values }) => {
    setFormError(null);
    const when = measuredAt ? { measuredAt: new Date(measuredAt).toISOString() } : {};
    try {
      if (measurement) {
        // Sends the time only when it was changed, so a correction of the value keeps its milliseconds.
        const moved = measuredAt !== toLocalInput(measurement.measuredAt);
        await updateMeasurement.mutateAsync({ kpiId: kpi.id, measurementId: measurement.id, body: { ...values, ...(moved ? when : {}) } });
      } else {
        await addMeasurement.mutateAsync({ kpiId: kpi.id, idempotencyKey, body: { ...values, ...when } });
      }
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["value", "measuredAt", "source", "note"]));
    }
  });

  return (
    <Modal opened onClose={onClose} title={measurement ? `Correct a measurement of ${kpi.name}` : `Measure ${kpi.name}`}>
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
          <TextInput
            label="Measured at"
            type="datetime-local"
            step={1}
            description={measurement ? undefined : "Leave empty for now"}
            {...form.register("measuredAt")}
            error={errors.measuredAt?.message}
          />
          <TextInput label="Source" placeholder="e.g. weekly report, A/B test" {...form.register("source")} error={errors.source?.message} />
          <TextInput label="Note" {...form.register("note")} error={errors.note?.message} />
          <FormActions submitLabel={measurement ? "Save" : "Record"} loading={addMeasurement.isPending || updateMeasurement.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
