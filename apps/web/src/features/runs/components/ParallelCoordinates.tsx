import { Group, Select, Stack, Text } from "@mantine/core";
import type { MetricValue, ParamValue, RunComparison } from "@lifecycle/domain";
import { useState } from "react";
import { seriesColor } from "../lib/series";

interface Axis {
  label: string;
  /** Each run's position on the axis, 0 (bottom) to 1 (top), or null where it has no value. */
  positions: Array<number | null>;
  ticks: Array<{ at: number; text: string }>;
}

const short = (value: number) => (Math.abs(value) >= 1000 || (Math.abs(value) < 0.01 && value !== 0) ? value.toExponential(1) : String(Number(value.toPrecision(3))));

/** Numbers on a linear scale; anything else as evenly spaced categories, in the order first met. */
function axisOf(label: string, values: Array<ParamValue | MetricValue | null>): Axis {
  const numbers = values.filter((value): value is number => typeof value === "number" && Number.isFinite(value));
  const allNumbers = values.every((value) => value === null || (typeof value === "number" && Number.isFinite(value)));
  if (allNumbers && numbers.length > 0) {
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const span = max - min;
    return {
      label,
      positions: values.map((value) => (typeof value === "number" ? (span ? (value - min) / span : 0.5) : null)),
      ticks: span ? [{ at: 0, text: short(min) }, { at: 1, text: short(max) }] : [{ at: 0.5, text: short(min) }],
    };
  }
  const categories = [...new Set(values.filter((value) => value !== null).map(String))];
  const at = (index: number) => (categories.length === 1 ? 0.5 : index / (categories.length - 1));
  return {
    label,
    positions: values.map((value) => (value === null ? null : at(categories.indexOf(String(value))))),
    ticks: categories.map((text, index) => ({ at: at(index), text })),
  };
}

const WIDTH = 880;
const HEIGHT = 300;
const PAD = { top: 24, bottom: 36, side: 60 };

/**
 * Parallel coordinates: one axis per param that differs between the runs, the
 * chosen metric last; one line per run, so which settings lead where shows at a glance.
 */
export function ParallelCoordinates({ comparison }: { comparison: RunComparison }) {
  const metricOptions = comparison.metrics.map((metric) => ({ value: `${metric.key}\u0000${metric.split ?? ""}`, label: metric.split ? `${metric.key} (${metric.split})` : metric.key }));
  const [chosen, setChosen] = useState<string | null>(null);
  const metricId = chosen ?? metricOptions[0]?.value ?? null;
  const metric = comparison.metrics.find((item) => `${item.key}\u0000${item.split ?? ""}` === metricId);
  const params = comparison.params.filter((param) => param.differs);
  if (params.length === 0) return <Text size="sm" c="dimmed">The runs share every param: there is nothing to spread along axes.</Text>;

  const axes = [...params.map((param) => axisOf(param.key, param.values)), ...(metric ? [axisOf(metricOptions.find((option) => option.value === metricId)!.label, metric.values)] : [])];
  const x = (index: number) => PAD.side + (axes.length === 1 ? 0 : (index * (WIDTH - 2 * PAD.side)) / (axes.length - 1));
  const y = (position: number) => PAD.top + (1 - position) * (HEIGHT - PAD.top - PAD.bottom);

  return (
    <Stack gap="xs">
      <Group>
        <Select
          label="Colour and last axis"
          data={metricOptions}
          value={metricId}
          onChange={setChosen}
          placeholder={metricOptions.length ? undefined : "No metrics logged"}
          disabled={metricOptions.length === 0}
          w={260}
          allowDeselect={false}
        />
      </Group>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`Parallel coordinates of ${axes.map((axis) => axis.label).join(", ")}`}>
        {axes.map((axis, index) => (
          <g key={axis.label}>
            <line x1={x(index)} x2={x(index)} y1={y(0)} y2={y(1)} stroke="var(--mantine-color-gray-5)" />
            <text x={x(index)} y={HEIGHT - 12} textAnchor="middle" fontSize={12} fontWeight={600} fill="currentColor">
              {axis.label}
            </text>
            {axis.ticks.map((tick) => (
              <text key={tick.text} x={x(index) + 5} y={y(tick.at) + 4} fontSize={10} fill="var(--mantine-color-dimmed)">
                {tick.text}
              </text>
            ))}
          </g>
        ))}
        {comparison.runs.map((run, runIndex) => {
          const points = axes.flatMap((axis, index) => (axis.positions[runIndex] === null ? [] : [`${x(index)},${y(axis.positions[runIndex]!)}`]));
          return (
            <polyline key={run.id} points={points.join(" ")} fill="none" stroke={seriesColor(runIndex)} strokeWidth={2} strokeOpacity={0.85}>
              <title>{run.name}</title>
            </polyline>
          );
        })}
      </svg>
      <Group gap="sm">
        {comparison.runs.map((run, runIndex) => (
          <Group key={run.id} gap={4}>
            <svg width={14} height={4} aria-hidden>
              <rect width={14} height={4} fill={seriesColor(runIndex)} />
            </svg>
            <Text size="xs">{run.name}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
