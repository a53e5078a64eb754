import { Badge, Group, Tooltip } from "@mantine/core";
import type { MetricValue, Run } from "@lifecycle/domain";
import { formatNumber } from "../../../lib/format";

const STATUS_COLORS: Record<Run["status"], string> = { SCHEDULED: "gray", RUNNING: "blue", FINISHED: "green", FAILED: "red", KILLED: "orange" };

export function RunStatusBadge({ status }: { status: Run["status"] }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === "RUNNING" ? "dot" : "light"} size="sm">
      {status.toLowerCase()}
    </Badge>
  );
}

const FIT: Record<NonNullable<Run["fitVerdict"]>, [string, string]> = { OVERFIT: ["overfit", "red"], UNDERFIT: ["underfit", "orange"], BALANCED: ["balanced", "green"], NOT_ENOUGH_DATA: ["too few points", "gray"] };

/** The run's latest fit diagnosis, or a dash before its first. */
export function FitBadge({ verdict }: { verdict: Run["fitVerdict"] }) {
  if (!verdict) return <>—</>;
  const [label, color] = FIT[verdict];
  return (
    <Badge color={color} variant="light" size="sm">
      {label}
    </Badge>
  );
}

/**
 * Which metric-linked KPIs the run's test evaluation meets. A run with no test figure for any of them was not
 * evaluated on test, which is not the same as failing: it says so, and a KPI without a figure shows no ✗.
 */
export function KpiResults({ results }: { results: Run["kpis"] }) {
  if (results.length === 0) return <>—</>;
  if (results.every((result) => result.value === null)) {
    return (
      <Tooltip label="No test evaluation with these KPIs' metrics yet">
        <Badge size="sm" variant="outline" color="gray" tt="none">
          not evaluated
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      {results.map((result) =>
        result.value === null ? (
          <Tooltip key={result.kpiId} label={`${result.name}: no test figure`}>
            <Badge size="sm" variant="outline" color="gray" aria-label={`${result.name}: no test figure`}>
              – {result.name}
            </Badge>
          </Tooltip>
        ) : (
          <Tooltip key={result.kpiId} label={`${result.name}: ${formatNumber(result.value)}`}>
            <Badge size="sm" variant="light" color={result.met ? "green" : "gray"} aria-label={`${result.name} ${result.met ? "met" : "not met"}`}>
              {result.met ? "✓" : "✗"} {result.name}
            </Badge>
          </Tooltip>
        ),
      )}
    </Group>
  );
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** A metric value as text: numbers rounded for reading, NaN and the infinities as they are. */
export const formatMetric = (value: MetricValue | null | undefined): string => (typeof value === "number" ? formatNumber(value) : (value ?? "—"));

/** The run's series of a key without a split (the one the table, filter and sort use). */
export const metricOf = (run: Run, key: string, split: string | null = null) => run.metrics.find((metric) => metric.key === key && metric.split === split);
/** A metric column's name, as the filter language writes the series: loss, or loss[validation] for a split. */
export const seriesLabel = (key: string, split: string | null) => (split ? `${key}[${split}]` : key);
/** The key and split a column name stands for (the reverse of seriesLabel). */
export function seriesOfLabel(label: string): { key: string; split: string | null } {
  const match = /^(.*)\[([^\]]+)\]$/.exec(label);
  return match ? { key: match[1]!, split: match[2]! } : { key: label, split: null };
}
/** A param as it was logged (its text: 1.0 stays 1.0). */
export const paramOf = (run: Run, key: string) => run.params.find((param) => param.key === key)?.text;
