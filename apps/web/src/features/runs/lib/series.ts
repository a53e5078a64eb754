import type { MetricValue } from "@lifecycle/domain";

export interface SeriesPoint {
  step: number;
  value: MetricValue;
}

/** Twenty colours that stay apart on white, one per compared run. */
export const SERIES_COLORS = [
  "#1c7ed6", "#e8590c", "#2f9e44", "#c2255c", "#7048e8", "#0c8599", "#f08c00", "#5c940d", "#d6336c", "#1864ab",
  "#a61e4d", "#087f5b", "#5f3dc4", "#e67700", "#364fc7", "#c92a2a", "#0b7285", "#862e9c", "#66a80f", "#495057",
];
export const seriesColor = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length]!;

/** A plottable number, or null for NaN and the infinities (a chart has no place for them). */
export const plottable = (value: MetricValue): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/**
 * Exponential moving average with TensorBoard's debiasing, so the first points
 * are not dragged towards zero; weight 0 leaves the series as it is. Points
 * that cannot be plotted are skipped and stay null.
 */
export function smooth(values: ReadonlyArray<number | null>, weight: number): Array<number | null> {
  if (weight <= 0) return [...values];
  let last = 0;
  let seen = 0;
  return values.map((value) => {
    if (value === null) return null;
    last = last * weight + (1 - weight) * value;
    seen += 1;
    return last / (1 - weight ** seen);
  });
}

/**
 * uPlot wants one x array shared by every series: the union of their steps,
 * with null where a series has no point.
 */
export function alignSeries(series: ReadonlyArray<ReadonlyArray<{ step: number; value: number | null }>>): { steps: number[]; columns: Array<Array<number | null>> } {
  const steps = [...new Set(series.flatMap((points) => points.map((point) => point.step)))].sort((a, b) => a - b);
  const index = new Map(steps.map((step, position) => [step, position]));
  const columns = series.map((points) => {
    const column: Array<number | null> = new Array(steps.length).fill(null);
    for (const point of points) column[index.get(point.step)!] = point.value;
    return column;
  });
  return { steps, columns };
}
