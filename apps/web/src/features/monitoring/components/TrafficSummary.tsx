import { Box, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import type { OperationResult } from "@lifecycle/client";
import { formatNumber } from "../../../lib/format";

type TrafficReport = OperationResult<"getTraffic">;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  );
}

/** The span's volume per window as bars, and its totals: records, error rate, latency, cost. */
export function TrafficSummary({ report }: { report: TrafficReport }) {
  const windows = report.windows;
  const records = windows.reduce((sum, window) => sum + window.count, 0);
  const errors = windows.reduce((sum, window) => sum + window.errors, 0);
  const costed = windows.some((window) => window.costPerRequest !== null);
  const cost = windows.reduce((sum, window) => sum + window.cost, 0);
  const latest = [...windows].reverse().find((window) => window.latencyP95Ms !== null);
  const most = Math.max(1, ...windows.map((window) => window.count));
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label="Records" value={records.toLocaleString()} />
        <Figure label="Error rate" value={records ? `${((errors / records) * 100).toFixed(2)} %` : "—"} />
        <Figure label="Latency p50 / p95 (latest window)" value={latest ? `${formatNumber(latest.latencyP50Ms)} / ${formatNumber(latest.latencyP95Ms)} ms` : "—"} />
        <Figure label="Cost" value={costed ? formatNumber(cost) : "—"} />
      </SimpleGrid>
      <Group gap={2} align="flex-end" h={48} role="img" aria-label={`Records per window: ${windows.map((window) => window.count).join(", ")}`}>
        {windows.map((window) => (
          <Box
            key={window.from}
            title={`${new Date(window.from).toLocaleString()}: ${window.count.toLocaleString()} records, ${window.errors} errors`}
            style={{ flex: 1, minWidth: 2, height: `${Math.max(window.count ? 4 : 1, (window.count / most) * 100)}%`, background: window.errors ? "var(--mantine-color-orange-5)" : "var(--mantine-color-blue-4)", borderRadius: 1 }}
          />
        ))}
      </Group>
    </Stack>
  );
}
