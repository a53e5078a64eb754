import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { CreateScoreConfigSchema, SCORE_TYPES, type CreateScoreConfigInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { numberOrNull } from "../../../lib/form-values";
import { useCreateScoreConfig } from "../api/score-config-mutations";

const FIELDS = ["name", "type", "min", "max", "options", "description"] as const;
const TYPE_LABELS = { NUMERIC: "Numeric (a range)", CATEGORICAL: "Categorical (options)", BOOLEAN: "Boolean (yes / no)", TEXT: "Text" } as const;

/** A new score config: its name, type, and range or options. */
export function ScoreConfigModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const create = useCreateScoreConfig(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateScoreConfigInput>({ resolver: zodResolver(CreateScoreConfigSchema), defaultValues: { name: "", type: "NUMERIC", min: 1, max: 5, description: "" } });
  const { errors } = form.formState;
  const type = form.watch("type");
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
    <Modal opened onClose={onClose} title="New score config">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus placeholder="e.g. helpfulness" {...form.register("name")} error={errors.name?.message} />
          <NativeSelect label="Type" data={SCORE_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }))} {...form.register("type", {
              // A range belongs to a numeric score and options to a categorical one: switching type drops the other's.
              onChange: (event: { target: { value: string } }) => {
                if (event.target.value !== "NUMERIC") {
                  form.setValue("min", null);
                  form.setValue("max", null);
                }
                if (event.target.value !== "CATEGORICAL") form.setValue("options", undefined);
              },
            })}
            error={errors.type?.message}
          />
          {type === "NUMERIC" && (
            <SimpleGrid cols={2}>
              <TextInput label="Lowest" type="number" step="any" {...form.register("min", { setValueAs: numberOrNull })} error={errors.min?.message} />
              <TextInput label="Highest" type="number" step="any" {...form.register("max", { setValueAs: numberOrNull })} error={errors.max?.message} />
            </SimpleGrid>
          )}
          {type === "CATEGORICAL" && (
            <TextInput
              label="Options"
              description="Separated by commas"
              placeholder="correct, partly, wrong"
              {...form.register("options", { setValueAs: (value: string | string[]) => (Array.isArray(value) ? value : value.split(",").map((option) => option.trim()).filter(Boolean)) })}
              error={errors.options?.message ?? errors.options?.[0]?.message}
            />
          )}
          <Textarea label="What it means" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <FormActions submitLabel="Add score config" loading={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
