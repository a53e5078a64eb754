import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import {
  APPLICATION_AREAS,
  APPROACHES,
  LEARNING_PARADIGMS,
  MODEL_FAMILIES,
  TASK_TYPES,
  UpsertFramingSchema,
  type Framing,
  type UpsertFramingInput,
  type VocabularyEntry,
} from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { QueryState } from "../../../components/ui/QueryState";
import { applyServerErrors } from "../../../lib/form-errors";
import { useFraming, useSaveFraming } from "../api/framing";

const FIELD_LABELS: Record<string, string> = {
  mlAppropriate: "ML appropriate?",
  mlRationale: "Rationale",
  taskType: "Task type",
  learningParadigm: "Learning paradigm",
  modelFamily: "Model family",
  applicationArea: "Application area",
  approach: "Approach",
  baseModel: "Base or foundation model",
  successMetric: "Success metric",
};

const FIELDS = Object.keys(UpsertFramingSchema.shape);
const nullIfEmpty = (value: string) => (value === "" ? null : value);
const options = (entries: readonly VocabularyEntry[]) => [{ value: "", label: "— Not decided —" }, ...entries.map((entry) => ({ value: entry.value, label: entry.label }))];

function valuesOf(framing: Framing): UpsertFramingInput {
  const { projectId: _projectId, complete: _complete, missing: _missing, updatedAt: _updatedAt, ...fields } = framing;
  return fields;
}

interface FramingFormProps {
  projectId: string;
  kpiOptions: Array<{ value: string; label: string }>;
  canEdit: boolean;
}

export function FramingForm({ projectId, kpiOptions, canEdit }: FramingFormProps) {
  const framing = useFraming(projectId);
  return (
    <QueryState isPending={framing.isPending} error={framing.error} hasData={framing.data !== undefined} onRetry={() => void framing.refetch()} label="the framing">
      {framing.data && <FramingFields projectId={projectId} framing={framing.data} kpiOptions={kpiOptions} canEdit={canEdit} />}
    </QueryState>
  );
}

function FramingFields({ projectId, framing, kpiOptions, canEdit }: FramingFormProps & { framing: Framing }) {
  const saveFraming = useSaveFraming(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<UpsertFramingInput>({ resolver: zodResolver(UpsertFramingSchema), values: valuesOf(framing) });
  const { errors, isDirty } = form.formState;
  const approach = form.watch("approach");

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      await saveFraming.mutateAsync(values);
      setSaved(true);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  const select = (name: keyof UpsertFramingInput, label: string, entries: readonly VocabularyEntry[], description?: string) => (
    <NativeSelect label={label} description={description} data={options(entries)} {...form.register(name, { setValueAs: nullIfEmpty })} error={errors[name]?.message} />
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Problem framing">
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Problem framing
          </Title>
          {framing.complete ? (
            <Badge color="green">Complete</Badge>
          ) : (
            <Badge color="yellow" title={framing.missing.map((field) => FIELD_LABELS[field] ?? field).join(", ")}>
              Missing {framing.missing.length}
            </Badge>
          )}
        </Group>
        {!framing.complete && (
          <Text size="sm" c="dimmed">
            Still needed: {framing.missing.map((field) => FIELD_LABELS[field] ?? field).join(", ")}.
          </Text>
        )}
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Card withBorder radius="md">
          <Stack>
            <Title order={3} size="h5">
              Is ML appropriate?
            </Title>
            <NativeSelect
              label="Decision"
              data={[
                { value: "", label: "— Not decided —" },
                { value: "true", label: "Yes, ML is appropriate" },
                { value: "false", label: "No, ML is not appropriate" },
              ]}
              {...form.register("mlAppropriate", { setValueAs: (value: string | boolean | null) => (value === "" || value === null ? null : value === true || value === "true") })}
              error={errors.mlAppropriate?.message}
            />
            <Textarea label="Rationale" autosize minRows={2} {...form.register("mlRationale")} error={errors.mlRationale?.message} />
          </Stack>
        </Card>
        <Card withBorder radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {select("taskType", "Task type", TASK_TYPES.entries)}
            {select("learningParadigm", "Learning paradigm", LEARNING_PARADIGMS.entries)}
            {select("modelFamily", "Model family", MODEL_FAMILIES.entries)}
            {select("applicationArea", "Application area", APPLICATION_AREAS.entries)}
            {select("approach", "Approach", APPROACHES.entries, APPROACHES.entries.find((entry) => entry.value === approach)?.description)}
            <TextInput label="Base or foundation model" placeholder="e.g. Llama 3 8B, ResNet-50" {...form.register("baseModel")} error={errors.baseModel?.message} />
            <TextInput label="Success metric" placeholder="e.g. F1 on the test split" {...form.register("successMetric")} error={errors.successMetric?.message} />
            <NativeSelect
              label="KPI it serves"
              data={[{ value: "", label: "— None —" }, ...kpiOptions]}
              {...form.register("successKpiId", { setValueAs: nullIfEmpty })}
              error={errors.successKpiId?.message}
            />
          </SimpleGrid>
        </Card>
        <Card withBorder radius="md">
          <Stack>
            <Title order={3} size="h5">
              Constraints
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Latency" placeholder="p95 < 200 ms" {...form.register("latencyConstraint")} error={errors.latencyConstraint?.message} />
              <TextInput label="Cost" placeholder="< €0.01 per request" {...form.register("costConstraint")} error={errors.costConstraint?.message} />
              <TextInput label="Privacy" placeholder="No PII leaves the EU" {...form.register("privacyConstraint")} error={errors.privacyConstraint?.message} />
            </SimpleGrid>
          </Stack>
        </Card>
        <Group justify="flex-end">
          {saved && !isDirty && (
            <Text size="sm" c="green" role="status">
              Saved
            </Text>
          )}
          {canEdit && (
            <Button type="submit" loading={saveFraming.isPending}>
              Save framing
            </Button>
          )}
        </Group>
      </Stack>
      </fieldset>
    </form>
  );
}
