import { Button, Group, NumberInput, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { FormError } from "../../../components/ui/FormParts";
import { errorMessage, serverFieldError } from "../../../lib/form-errors";
import { useFitThresholds, useSaveFitThresholds } from "../api/evaluations";

type Key = "minPoints" | "tail" | "maxGap" | "riseTolerance" | "steepImprovement";
const FIELDS: Array<{ key: Key; label: string; description: string; percent: boolean }> = [
  { key: "maxGap", label: "Largest gap", description: "Validation worse than training at the end, beyond which it is overfitting", percent: true },
  { key: "riseTolerance", label: "Rise after best", description: "How much validation may worsen after its best before it is overfitting", percent: true },
  { key: "steepImprovement", label: "Late improvement", description: "Improvement over the tail that means training stopped too early", percent: true },
  { key: "tail", label: "Tail", description: "The last share of the steps looked at for late trends", percent: true },
  { key: "minPoints", label: "Points needed", description: "Fewer points on either curve: not enough data", percent: false },
];

/** The project's fit diagnosis thresholds; leads change them, everyone sees them. */
export function FitThresholdsForm({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const thresholds = useFitThresholds(projectId);
  const save = useSaveFitThresholds(projectId);
  const [draft, setDraft] = useState<Partial<Record<Key, number | string>>>({});
  if (!thresholds.data) return null;
  const current = thresholds.data;
  const shown = (field: (typeof FIELDS)[number]) => draft[field.key] ?? (field.percent ? Math.round(current[field.key] * 1000) / 10 : current[field.key]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = Object.fromEntries(
      FIELDS.filter((field) => draft[field.key] !== undefined && draft[field.key] !== "").map((field) => [field.key, field.percent ? Number(draft[field.key]) / 100 : Number(draft[field.key])]),
    );
    save.mutate(body, { onSuccess: () => setDraft({}) });
  };
  const fieldError = (key: Key) => serverFieldError(save.error, key);
  return (
    <Paper withBorder p="sm" radius="md">
      <form onSubmit={submit} aria-label="Fit thresholds">
        <Title order={3} size="h5">
          Fit diagnosis thresholds
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          How runs of this project are judged over- or underfitting.
        </Text>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {FIELDS.map((field) => (
            <NumberInput
              key={field.key}
              label={field.label}
              description={field.description}
              suffix={field.percent ? " %" : undefined}
              value={shown(field)}
              onChange={(value) => setDraft((previous) => ({ ...previous, [field.key]: value }))}
              disabled={!canEdit}
              error={fieldError(field.key)}
              size="xs"
            />
          ))}
        </SimpleGrid>
        <FormError message={save.error && !FIELDS.some((field) => fieldError(field.key)) ? errorMessage(save.error) : null} />
        {canEdit && (
          <Group justify="flex-end" mt="xs">
            <Button size="xs" type="submit" variant="light" disabled={Object.keys(draft).length === 0} loading={save.isPending}>
              Save thresholds
            </Button>
          </Group>
        )}
      </form>
    </Paper>
  );
}
