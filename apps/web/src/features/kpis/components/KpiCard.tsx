import { Anchor, Button, Card, Group, Menu, Progress, Stack, Text, ActionIcon } from "@mantine/core";
import type { Kpi } from "@lifecycle/domain";
import { Sparkline } from "../../../components/ui/Sparkline";
import { KpiStatusBadge } from "../../../components/ui/StatusBadges";
import { Link } from "react-router";
import { formatNumber, formatPercent } from "../../../lib/format";

interface KpiCardProps {
  kpi: Kpi;
  canEdit: boolean;
  onMeasure: () => void;
  onList: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function KpiCard({ kpi, canEdit, onMeasure, onList, onEdit, onDelete }: KpiCardProps) {
  const { assessment } = kpi;
  return (
    <Card withBorder radius="md" padding="md" data-testid="kpi-card" aria-label={`KPI ${kpi.name}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{kpi.name}</Text>
          <Group gap={4} wrap="nowrap">
            <KpiStatusBadge status={assessment.status} />
            {canEdit && (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${kpi.name}`}>
                  ⋯
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={onEdit}>Edit</Menu.Item>
                <Menu.Item color="red" onClick={onDelete}>
                  Delete
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            )}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {kpi.direction === "HIGHER_IS_BETTER" ? "Higher is better" : "Lower is better"}
          {kpi.metricKey ? ` · metric ${kpi.metricKey} on test` : ""}
        </Text>
        {kpi.evidence && (
          <Text size="xs" data-testid="kpi-evidence">
            {kpi.evidence.runsEvaluated === 0 ? (
              "No run has a test evaluation with this metric yet."
            ) : (
              <>
                {kpi.evidence.runsMeeting} of {kpi.evidence.runsEvaluated} evaluated run{kpi.evidence.runsEvaluated === 1 ? "" : "s"} meet it
                {kpi.evidence.best && (
                  <>
                    {" · best "}
                    <Anchor component={Link} to={`/projects/${kpi.projectId}/runs/${kpi.evidence.best.runId}`} size="xs">
                      {kpi.evidence.best.runName}
                    </Anchor>{" "}
                    ({formatNumber(kpi.unit === "%" ? kpi.evidence.best.value * 100 : kpi.evidence.best.value, kpi.unit)})
                  </>
                )}
              </>
            )}
          </Text>
        )}
        <Group gap="lg">
          {[
            { label: "Current", value: assessment.current, strong: true },
            { label: "Target", value: kpi.target, strong: false },
            { label: "Baseline", value: kpi.baseline, strong: false },
          ].map(({ label, value, strong }) => (
            <div key={label}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text fw={strong ? 700 : 500} size={strong ? "lg" : undefined}>
                {formatNumber(value, kpi.unit)}
              </Text>
            </div>
          ))}
        </Group>
        {assessment.progress !== null && (
          <Progress value={assessment.progress * 100} color={assessment.met ? "green" : assessment.onTrack === false ? "red" : "blue"} aria-label={`Progress ${formatPercent(assessment.progress)}`} />
        )}
        <Group justify="space-between" align="flex-end">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {assessment.progress !== null ? `${formatPercent(assessment.progress)} of the way` : "Set a baseline and target to see progress"}
            </Text>
            <Text size="xs" c="dimmed">
              {kpi.deadline ? `Due ${kpi.deadline}` : "No deadline"}
              {assessment.projectedAtDeadline !== null ? ` · trend reaches ${formatNumber(assessment.projectedAtDeadline, kpi.unit)}` : ""}
            </Text>
            <Anchor component="button" type="button" size="xs" onClick={onList} ta="left">
              {kpi.measurementCount} measurement{kpi.measurementCount === 1 ? "" : "s"}
            </Anchor>
          </Stack>
          <Sparkline values={kpi.trend.map((point) => point.value)} target={kpi.target} label={`${kpi.name} trend`} />
        </Group>
        {canEdit && (
          <Button variant="light" size="xs" onClick={onMeasure}>
            Add measurement
          </Button>
        )}
      </Stack>
    </Card>
  );
}
