import { Badge, Button, Group, Paper, Text, Tooltip } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { alignSeries, plottable, smooth, type SeriesPoint } from "../lib/series";

export interface ChartSeries {
  label: string;
  color: string;
  points: SeriesPoint[];
}

interface MetricChartProps {
  title: string;
  series: ChartSeries[];
  /** 0 (none) to 0.99: the weight of the moving average drawn over the raw line. */
  smoothing: number;
  /** Whether the server thinned any of the series. */
  sampled: boolean;
  /** The zoomed step range, or null for all of it. */
  range: [number, number] | null;
  onRangeChange: (range: [number, number] | null) => void;
  height?: number;
}

let canvasSupport: boolean | undefined;
const canDraw = () => (canvasSupport ??= typeof document !== "undefined" && document.createElement("canvas").getContext("2d") !== null);

const fade = (hex: string) => `${hex}40`;

/**
 * One metric's series on a canvas (uPlot: smooth with 20 series of 10,000
 * points). Drag across the chart to zoom: the parent asks the server for that
 * range at full detail; double-click or "Reset zoom" goes back.
 */
export function MetricChart({ title, series, smoothing, sampled, range, onRangeChange, height = 240 }: MetricChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const widthRef = useRef(width);
  const chartRef = useRef<uPlot | null>(null);
  const onRange = useRef(onRangeChange);
  onRange.current = onRangeChange;

  const prepared = useMemo(() => {
    const raw = series.map((item) => item.points.map((point) => ({ step: point.step, value: plottable(point.value) })));
    const hidden = raw.reduce((count, points) => count + points.filter((point) => point.value === null).length, 0);
    const { steps, columns } = alignSeries(raw);
    const smoothed = smoothing > 0 ? columns.map((column) => smooth(column, smoothing)) : [];
    return { steps, columns, smoothed, hidden, points: raw.reduce((count, points) => count + points.length, 0) };
  }, [series, smoothing]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && entry.contentRect.width > 0 && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Made again only when the data changes; a resize just resizes it, so a drag in progress is never cut short.
  useEffect(() => {
    const element = container.current;
    if (!element || !canDraw() || prepared.steps.length === 0) return;
    const smoothing = prepared.smoothed.length > 0;
    const options: uPlot.Options = {
      width: widthRef.current,
      height,
      scales: { x: { time: false } },
      axes: [{ label: "step" }, {}],
      legend: { live: true },
      cursor: { drag: { x: true, y: false, setScale: false } },
      series: [
        { label: "step" },
        ...series.map((item) => ({ label: smoothing ? `${item.label} (raw)` : item.label, stroke: smoothing ? fade(item.color) : item.color, width: 1.25, spanGaps: true, points: { show: false } })),
        ...(smoothing ? series.map((item) => ({ label: item.label, stroke: item.color, width: 1.5, spanGaps: true, points: { show: false } })) : []),
      ],
      hooks: {
        setSelect: [
          (chart) => {
            if (chart.select.width < 3) return;
            const from = chart.posToVal(chart.select.left, "x");
            const to = chart.posToVal(chart.select.left + chart.select.width, "x");
            chart.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            onRange.current([Math.max(0, Math.floor(from)), Math.ceil(to)]);
          },
        ],
      },
    };
    const chart = new uPlot(options, [prepared.steps, ...prepared.columns, ...prepared.smoothed] as uPlot.AlignedData, element);
    chartRef.current = chart;
    const reset = () => onRange.current(null);
    chart.over.addEventListener("dblclick", reset);
    return () => {
      chart.over.removeEventListener("dblclick", reset);
      chart.destroy();
      chartRef.current = null;
    };
  }, [prepared, series, height]);

  useEffect(() => {
    widthRef.current = width;
    chartRef.current?.setSize({ width, height });
  }, [width, height]);

  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Group gap={6} wrap="nowrap">
          {sampled && (
            <Tooltip label="Too many points to draw each: every bucket of steps shows its lowest and highest point, so spikes stay. Zoom in for full detail." multiline w={260}>
              <Badge variant="light" color="yellow" size="sm">
                sampled
              </Badge>
            </Tooltip>
          )}
          {prepared.hidden > 0 && (
            <Tooltip label="NaN and infinite values cannot be drawn; the run page's summaries list them.">
              <Badge variant="light" color="gray" size="sm">
                {prepared.hidden} not finite
              </Badge>
            </Tooltip>
          )}
          {range && (
            <Button size="compact-xs" variant="default" onClick={() => onRangeChange(null)}>
              Reset zoom
            </Button>
          )}
        </Group>
      </Group>
      {range && (
        <Text size="xs" c="dimmed">
          Steps {range[0].toLocaleString()}–{range[1].toLocaleString()}
        </Text>
      )}
      <div ref={container} role="img" aria-label={`${title}: ${prepared.points.toLocaleString()} points${sampled ? ", sampled" : ""}`} style={{ minHeight: height }}>
        {prepared.steps.length === 0 && (
          <Text size="sm" c="dimmed" py="lg" ta="center">
            No points in this range.
          </Text>
        )}
        {prepared.steps.length > 0 && !canDraw() && (
          <Text size="sm" c="dimmed" py="lg" ta="center">
            This browser cannot draw charts (no canvas); {prepared.points.toLocaleString()} points loaded.
          </Text>
        )}
      </div>
      <Text size="xs" c="dimmed">
        Drag to zoom; double-click to reset.
      </Text>
    </Paper>
  );
}
