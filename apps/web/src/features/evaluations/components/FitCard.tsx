import { Alert, Badge, Group, Paper, Select, SimpleGrid, Text, Title, Tooltip } from "@mantine/core";
import type { RunFit } from "@lifecycle/domain";
import { useState } from "react";
import { errorMessage } from "../../../lib/form-errors";
import { formatNumber } from "../../../lib/format";
import { useRunFit } from "../api/evaluations";

const VERDICTS: Record<NonNullable<RunFit["diagnosis"]>["verdict"], { label: string; color: string }> = {
  OVERFIT: { label: "Overfitting", color: "red" },
  UNDERFIT: { label: "Underfitting", color: "orange" },
  BALANCED: { label: "Balanced fit", color: "green" },
  NOT_ENOUGH_DATA: { label: "Not enough data", color: "gray" },
};

const percent = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)} %`);
const plain = (value: number | null) => (value === null ? "—" : formatNumber(value));

/** The fit diagnosis over the run's train and validation curves: the verdict, why, and the evidence. */
export function FitCard({ projectId, runId }: { projectId: string; runId: string }) {
  const [metric, setMetric] = useState<string | null>(null);
  const fit = useRunFit(projectId, runId, metric);
  if (fit.error) return <Alert color="red" title="Could not diagnose the fit">{errorMessage(fit.error)}</Alert>;
  if (!fit.data) return null;
  const { diagnosis, available } = fit.data;
  if (!diagnosis) {
    return (
      <Paper withBorder p="sm" radius="md" component="section" aria-label="Fit diagnosis">
        <Text size="sm" c="dimmed">
          Fit diagnosis needs a metric logged on both the train and the validation split (e.g. loss).
        </Text>
      </Paper>
    );
  }
  const verdict = VERDICTS[diagnosis.verdict];
  const { evidence } = diagnosis;
  const facts: Array<[string, string, string]> = [
    ["Best validation", `${plain(evidence.bestValidation)} at step ${evidence.bestStep ?? "—"}`, "The best validation value and when it came"],
    ["Final train / validation", `${plain(evidence.finalTrain)} / ${plain(evidence.finalValidation)}`, "Where the curves ended"],
    ["Gap (variance)", percent(evidence.gap), `Validation worse than training at the end, relative; over ${percent(diagnosis.thresholds.maxGap)} is overfitting`],
    ["Rise after best", percent(evidence.validationRise), `How much validation got worse after its best; over ${percent(diagnosis.thresholds.riseTolerance)} is overfitting`],
    ["Late improvement", percent(evidence.tailImprovement), `Validation improvement over the last ${percent(diagnosis.thresholds.tail)} of steps; over ${percent(diagnosis.thresholds.steepImprovement)} means training stopped early`],
    ["Bias", evidence.bias === null ? "no target" : plain(evidence.bias), "Final training value against the linked KPI's target (positive: short of it)"],
    ["Spread across runs", plain(evidence.spreadAcrossRuns), "Standard deviation of the final validation value across runs with the same hyperparameters"],
  ];
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Fit diagnosis">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h5">
            Fit
          </Title>
          <Badge color={verdict.color} variant="filled" data-verdict={diagnosis.verdict}>
            {verdict.label}
          </Badge>
        </Group>
        <Select size="xs" aria-label="Metric diagnosed" data={available} value={fit.data.metric} onChange={(value) => value && setMetric(value)} allowDeselect={false} w={180} />
      </Group>
      <Text size="sm" mb="xs">
        {diagnosis.reason}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
        {facts.map(([label, value, explanation]) => (
          <Tooltip key={label} label={explanation} multiline w={260}>
            <div>
              <Text size="xs" c="dimmed" fw={700}>
                {label}
              </Text>
              <Text size="sm">{value}</Text>
            </div>
          </Tooltip>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        {fit.data.direction === "LOWER_IS_BETTER" ? "Lower is better" : "Higher is better"} for {fit.data.metric}
        {fit.data.target !== null ? `; target ${fit.data.target}` : ""}.
      </Text>
    </Paper>
  );
}
