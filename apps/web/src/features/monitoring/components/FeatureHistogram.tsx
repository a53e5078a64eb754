import { Box, Group, Stack, Table, Text } from "@mantine/core";
import type { OperationResult } from "@lifecycle/client";
import { describeDrift, type FeatureDriftView } from "./DriftHeatmap";

type BaselineFeature = OperationResult<"listBaselines">["items"][number]["features"][number];

/** The bins' names: value ranges for a numeric feature, categories then "other" for a categorical one. */
export function binLabels(binning: BaselineFeature["binning"]): string[] {
  if (binning.method === "top-categories") return [...binning.categories, "other"];
  const edges = binning.edges;
  const short = (value: number) => Number(value.toPrecision(4)).toString();
  return [`< ${short(edges[0]!)}`, ...edges.slice(0, -1).map((edge, index) => `${short(edge)} – ${short(edges[index + 1]!)}`), `≥ ${short(edges[edges.length - 1]!)}`];
}

const shares = (counts: readonly number[]) => {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => (total ? count / total : 0));
};

/** A feature's reference and window side by side, bin by bin, as shares (bars, and the same figures in a table). */
export function FeatureHistogram({ feature, reference, drift, windowLabel }: { feature: string; reference: BaselineFeature; drift: FeatureDriftView; windowLabel: string }) {
  const labels = binLabels(reference.binning);
  const referenceShares = shares(reference.binCounts);
  const windowShares = shares(drift.binCounts);
  const largest = Math.max(...referenceShares, ...windowShares, 0.0001);
  return (
    <Stack gap="xs" aria-label={`Histogram of ${feature}`} role="group">
      <Text size="sm" fw={500}>
        {feature} · {windowLabel} — {describeDrift(drift)}
      </Text>
      <Group gap="md">
        <Group gap={4}>
          <Box style={{ width: 12, height: 12, background: "var(--mantine-color-gray-5)" }} />
          <Text size="xs">reference ({reference.count.toLocaleString()})</Text>
        </Group>
        <Group gap={4}>
          <Box style={{ width: 12, height: 12, background: "var(--mantine-color-blue-6)" }} />
          <Text size="xs">window ({drift.windowCount.toLocaleString()})</Text>
        </Group>
      </Group>
      <Table verticalSpacing={2} aria-label={`Bins of ${feature}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Bin</Table.Th>
            <Table.Th w="45%">Share</Table.Th>
            <Table.Th ta="right">Reference</Table.Th>
            <Table.Th ta="right">Window</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {labels.map((label, index) => (
            <Table.Tr key={label + index}>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {label}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={1} aria-hidden>
                  <Box style={{ height: 6, width: `${(referenceShares[index]! / largest) * 100}%`, background: "var(--mantine-color-gray-5)" }} />
                  <Box style={{ height: 6, width: `${(windowShares[index]! / largest) * 100}%`, background: "var(--mantine-color-blue-6)" }} />
                </Stack>
              </Table.Td>
              <Table.Td ta="right">{(referenceShares[index]! * 100).toFixed(1)} %</Table.Td>
              <Table.Td ta="right">{(windowShares[index]! * 100).toFixed(1)} %</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
