import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { CreateKpiSchema, type CreateKpiInput, type Kpi } from "@lifecycle/domain";
import { useState } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "../../../lib/form-errors";
import { useCreateKpi, useUpdateKpi } from "../api/kpi-mutations";
import { numberOrNull, textOrNull } from "../../../lib/form-values";

const FIELDS = ["name", "direction", "unit", "baseline", "target", "deadline", "metricKey", "description"] as const;

function valuesOf(kpi: Kpi | null): CreateKpiInput {
  return {
    name: kpi?.name ?? "",
    direction: kpi?.direction ?? "HIGHER_IS_BETTER",
    unit: kpi?.unit ?? "",
    baseline: kpi?.baseline ?? null,
    target: kpi?.target ?? null,
    deadline: kpi?.deadline ?? null,
    metricKey: kpi?.metricKey ?? null,
    description: kpi?.description ?? "",
  };
}

/** Creates a KPI, or edits one when `kpi` is given. */
export function KpiFormModal({ projectId, kpi, opened, onClose }: { projectId: string; kpi: Kpi | null; opened: boolean; onClose: () => void }) {
  const createKpi = useCreateKpi(projectId);
  const updateKpi = useUpdateKpi(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateKpiInput>({ resolver: zodResolver(CreateKpiSchema), values: valuesOf(kpi) });
  const { errors } = form.formState;

  const close = () => {
    setFormError(null);
    form.reset();
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (kpi) await updateKpi.mutateAsync({ kpiId: kpi.id, body: values });
      else await createKpi.mutateAsync(values);
      close();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={kpi ? `Edit ${kpi.name}` : "New KPI"} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus placeholder="e.g. Spam caught" {...form.register("name")} error={errors.name?.message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label="Direction"
              data={[
                { value: "HIGHER_IS_BETTER", label: "Higher is better" },
                { value: "LOWER_IS_BETTER", label: "Lower is better" },
              ]}
              {...form.register("direction")}
              error={errors.direction?.message}
            />
            <TextInput label="Unit" placeholder="%, ms, €…" {...form.register("unit")} error={errors.unit?.message} />
            <TextInput label="Baseline" type="number" step="any" {...form.register("baseline", { setValueAs: numberOrNull })} error={errors.baseline?.message} />
            <TextInput label="Target" type="number" step="any" {...form.register("target", { setValueAs: numberOrNull })} error={errors.target?.message} />
            <TextInput label="Deadline" type="date" {...form.register("deadline", { setValueAs: textOrNull })} error={errors.deadline?.message} />
            <TextInput
              label="Linked metric"
              description="Experiment metric key, e.g. f1_macro"
              {...form.register("metricKey", { setValueAs: textOrNull })}
              error={errors.metricKey?.message}
            />
          </SimpleGrid>
          <Textarea label="Description" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <FormActions submitLabel={kpi ? "Save KPI" : "Add KPI"} loading={createKpi.isPending || updateKpi.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
