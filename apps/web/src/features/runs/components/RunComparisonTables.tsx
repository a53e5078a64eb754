import { Anchor, Badge, Paper, Switch, Table, Text, Title } from "@mantine/core";
import type { RunComparison } from "@lifecycle/domain";
import { useState } from "react";
import { Link } from "react-router";
import { seriesColor } from "../lib/series";
import { FitBadge, formatMetric, RunStatusBadge } from "./run-parts";

/** Params side by side, differing rows marked; the runs' latest metric values under them. */
export function RunComparisonTables({ comparison, projectRef }: { comparison: RunComparison; projectRef: string }) {
  const [onlyDifferent, setOnlyDifferent] = useState(false);
  const params = onlyDifferent ? comparison.params.filter((param) => param.differs) : comparison.params;
  const differing = comparison.params.filter((param) => param.differs).length;
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5" mb="xs">
        Params and metrics
      </Title>
      <Switch
        mb="xs"
        label={`Only the ${differing} param${differing === 1 ? "" : "s"} that differ`}
        checked={onlyDifferent}
        onChange={(event) => setOnlyDifferent(event.currentTarget.checked)}
      />
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label="Run comparison" withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {comparison.runs.map((run, index) => (
                <Table.Th key={run.id}>
                  <Anchor component={Link} to={`/projects/${projectRef}/runs/${run.id}`} c={seriesColor(index)} fw={700}>
                    {run.name}
                  </Anchor>
                  <div>
                    <RunStatusBadge status={run.status} />
                  </div>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {params.map((param) => (
              <Table.Tr key={param.key} bg={param.differs ? "var(--mantine-color-yellow-light)" : undefined} data-differs={param.differs || undefined}>
                <Table.Td fw={600}>
                  {param.key}{" "}
                  {param.differs && (
                    <Badge size="xs" color="yellow" variant="filled">
                      differs
                    </Badge>
                  )}
                </Table.Td>
                {param.values.map((value, index) => (
                  <Table.Td key={comparison.runs[index]!.id} ff="monospace">
                    {value === null ? <Text c="dimmed">—</Text> : String(value)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td fw={600}>fit</Table.Td>
              {comparison.runs.map((run) => (
                <Table.Td key={run.id}>
                  <FitBadge verdict={run.fitVerdict} />
                </Table.Td>
              ))}
            </Table.Tr>
            {comparison.metrics.map((metric) => (
              <Table.Tr key={`${metric.key}-${metric.split ?? ""}`}>
                <Table.Td fw={600} c="indigo">
                  {metric.key}
                  {metric.split ? ` (${metric.split})` : ""}
                </Table.Td>
                {metric.values.map((value, index) => (
                  <Table.Td key={comparison.runs[index]!.id}>{formatMetric(value)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
