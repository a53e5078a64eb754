import { Alert, Group, Loader, SimpleGrid, Slider, Stack, Text } from "@mantine/core";
import type { Run } from "@lifecycle/domain";
import { useQueries } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { EmptyHint } from "../../../components/ui/QueryState";
import { sampledMetricsQueryOptions, type MetricSplit } from "../api/runs";
import { seriesColor } from "../lib/series";
import { MetricChart, type ChartSeries } from "./MetricChart";

/** One chart per metric key; its splits (train, validation, test) drawn together. */
export interface ChartedMetric {
  key: string;
  splits: MetricSplit[];
}

/** Each metric key once, with the splits it was logged under. */
function chartedMetrics(runs: Run[]): ChartedMetric[] {
  const splits = new Map<string, Set<MetricSplit>>();
  for (const metric of runs.flatMap((run) => run.metrics)) {
    if (!splits.has(metric.key)) splits.set(metric.key, new Set());
    splits.get(metric.key)!.add((metric.split ?? "") as MetricSplit);
  }
  return [...splits.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, set]) => ({ key, splits: [...set].sort() }));
}

const MAX_POINTS = 1000;
const SPLIT_COLORS: Record<MetricSplit, string> = { "": "#1c7ed6", train: "#2f9e44", validation: "#e8590c", test: "#7048e8" };

/**
 * Metric charts over the server's sampled history for one or many runs, with
 * a shared smoothing control; each chart zooms on its own.
 */
export function RunCharts({ projectId, runs, live }: { projectId: string; runs: Run[]; live: boolean }) {
  const [smoothing, setSmoothing] = useState(0);
  const metrics = useMemo(() => chartedMetrics(runs), [runs]);
  if (metrics.length === 0) return <EmptyHint title="No metrics logged yet">Metrics sent with a batch or the client's logMetric show up here as charts.</EmptyHint>;
  return (
    <Stack>
      <Group gap="md" align="center">
        <Text size="sm" fw={500} id="smoothing-label">
          Smoothing
        </Text>
        <Slider
          aria-labelledby="smoothing-label"
          w={220}
          min={0}
          max={0.99}
          step={0.01}
          value={smoothing}
          onChange={setSmoothing}
          label={(value) => value.toFixed(2)}
        />
        <Text size="xs" c="dimmed">
          {smoothing > 0 ? `moving average, weight ${smoothing.toFixed(2)}; raw lines faded` : "raw values"}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {metrics.map((metric) => (
          <MetricPanel key={metric.key} projectId={projectId} runs={runs} metric={metric} smoothing={smoothing} live={live} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function MetricPanel({ projectId, runs, metric, smoothing, live }: { projectId: string; runs: Run[]; metric: ChartedMetric; smoothing: number; live: boolean }) {
  const [range, setRange] = useState<[number, number] | null>(null);
  const runIds = runs.map((run) => run.id);
  const results = useQueries({
    queries: metric.splits.map((split) => sampledMetricsQueryOptions(projectId, { runIds, keys: [metric.key], split, range, maxPoints: MAX_POINTS, live })),
  });
  const failed = results.find((result) => result.error)?.error;
  const data = results.map((result) => result.data);
  const series = useMemo<ChartSeries[]>(
    () =>
      metric.splits.flatMap((split, splitIndex) =>
        runs.flatMap((run, runIndex) => {
          const found = data[splitIndex]?.series.find((item) => item.runId === run.id);
          if (!found) return [];
          const label = [runs.length > 1 ? run.name : null, split || (metric.splits.length > 1 ? "all" : null)].filter(Boolean).join(" · ") || metric.key;
          return [{ label, color: runs.length > 1 ? seriesColor(runIndex) : SPLIT_COLORS[split], points: found.points }];
        }),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [...data, runs, metric],
  );
  const sampled = data.some((result) => result?.series.some((item) => item.sampled));
  if (failed) return <Alert color="red" title={`Could not load ${metric.key}`}>{failed.message}</Alert>;
  if (results.some((result) => result.isPending)) {
    return (
      <Group justify="center" p="xl">
        <Loader size="sm" aria-label={`Loading ${metric.key}`} />
      </Group>
    );
  }
  return <MetricChart title={metric.key} series={series} smoothing={smoothing} sampled={sampled} range={range} onRangeChange={setRange} />;
}
