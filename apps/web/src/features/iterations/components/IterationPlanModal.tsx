import { zodResolver } from "@hookform/resolvers/zod";
import { ActionIcon, Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { CHANGE_KINDS, CHANGE_LABELS, CreateIterationSchema, TRIGGER_LABELS, type CreateIterationInput, type TriggerInput } from "@lifecycle/domain";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useOpenIteration, useUpdateIteration } from "../api/iteration-mutations";

const FIELDS = ["hypothesis", "changes", "triggers"] as const;
type FormInput = z.input<typeof CreateIterationSchema>;

/** A trigger the modal starts with (an alert, a monitor, a KPI), with what to call it. */
export interface PresetTrigger {
  trigger: TriggerInput;
  label: string;
}

type Props = { projectId: string; onClose: () => void } & (
  | { mode: "open"; number: number; presets: PresetTrigger[] }
  | { mode: "edit"; iterationId: string; number: number; hypothesis: string | null; changes: CreateIterationInput["changes"] }
);

/**
 * Opens the next iteration from its triggers with a hypothesis and planned changes, or revises an iteration's plan.
 * A person may add the reason they see themselves: a feedback theme or a changed requirement.
 */
export function IterationPlanModal(props: Props) {
  const open = useOpenIteration(props.projectId);
  const update = useUpdateIteration(props.projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const [labels, setLabels] = useState<string[]>(props.mode === "open" ? props.presets.map((preset) => preset.label) : []);
  const [reason, setReason] = useState<{ kind: "FEEDBACK" | "REQUIREMENT"; note: string }>({ kind: "REQUIREMENT", note: "" });
  const form = useForm<FormInput, unknown, CreateIterationInput>({
    resolver: zodResolver(CreateIterationSchema),
    defaultValues: {
      hypothesis: props.mode === "edit" ? (props.hypothesis ?? "") : "",
      changes: props.mode === "edit" ? props.changes : [{ kind: "NEW_DATA", description: "" }],
      triggers: props.mode === "open" ? props.presets.map((preset) => preset.trigger) : [],
    },
  });
  const changes = useFieldArray({ control: form.control, name: "changes" });
  const triggers = useFieldArray({ control: form.control, name: "triggers" });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (props.mode === "open") await open.mutateAsync(values);
      else await update.mutateAsync({ iterationId: props.iterationId, body: { hypothesis: values.hypothesis ?? null, changes: values.changes } });
      props.onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <Modal opened onClose={props.onClose} title={props.mode === "open" ? `Open iteration ${props.number}` : `Plan of iteration ${props.number}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          {props.mode === "open" && (
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Why iterate
              </Text>
              {triggers.fields.length === 0 && (
                <Text size="sm" c="dimmed">
                  No reason yet: add the feedback theme or the changed requirement below.
                </Text>
              )}
              {triggers.fields.map((field, index) => (
                <Group key={field.id} gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    {TRIGGER_LABELS[field.kind]}: {labels[index]}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove ${labels[index]}`}
                    onClick={() => {
                      triggers.remove(index);
                      setLabels(labels.filter((_, at) => at !== index));
                    }}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group align="flex-end" wrap="nowrap">
                <NativeSelect
                  label="Reason you see"
                  value={reason.kind}
                  onChange={(event) => setReason({ ...reason, kind: event.currentTarget.value as typeof reason.kind })}
                  data={[
                    { value: "REQUIREMENT", label: "Changed requirement" },
                    { value: "FEEDBACK", label: "Feedback theme" },
                  ]}
                />
                <TextInput style={{ flex: 1 }} label="What" placeholder="e.g. Legal asks for cited sources" value={reason.note} onChange={(event) => setReason({ ...reason, note: event.currentTarget.value })} />
                <Button
                  variant="default"
                  disabled={!reason.note.trim()}
                  onClick={() => {
                    triggers.append({ kind: reason.kind, note: reason.note.trim() });
                    setLabels([...labels, reason.note.trim()]);
                    setReason({ ...reason, note: "" });
                  }}
                >
                  Add reason
                </Button>
              </Group>
              {errors.triggers?.message && (
                <Text size="xs" c="red">
                  {errors.triggers.message}
                </Text>
              )}
            </Stack>
          )}
          <Textarea label="Hypothesis" data-autofocus autosize minRows={2} placeholder="What you expect the changes to fix, and how you will know" {...form.register("hypothesis")} error={errors.hypothesis?.message} />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Planned changes
            </Text>
            {changes.fields.map((field, index) => (
              <Group key={field.id} align="flex-start" wrap="nowrap">
                <NativeSelect aria-label={`Kind of change ${index + 1}`} data={CHANGE_KINDS.map((kind) => ({ value: kind, label: CHANGE_LABELS[kind] }))} {...form.register(`changes.${index}.kind`)} />
                <TextInput style={{ flex: 1 }} aria-label={`Change ${index + 1}`} placeholder="e.g. Add November's labelled transactions" {...form.register(`changes.${index}.description`)} error={errors.changes?.[index]?.description?.message} />
                <ActionIcon variant="subtle" color="gray" mt={6} aria-label={`Remove change ${index + 1}`} onClick={() => changes.remove(index)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="subtle" size="compact-sm" onClick={() => changes.append({ kind: "HYPERPARAMETERS", description: "" })}>
                Add a change
              </Button>
            </Group>
          </Stack>
          <FormActions submitLabel={props.mode === "open" ? "Open iteration" : "Save plan"} loading={open.isPending || update.isPending} onCancel={props.onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
