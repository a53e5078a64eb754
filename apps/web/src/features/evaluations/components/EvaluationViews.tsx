import { Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import type { Evaluation } from "@lifecycle/domain";
import { useState } from "react";
import { formatNumber } from "../../../lib/format";

type Classification = NonNullable<Evaluation["classification"]>;
type Regression = NonNullable<Evaluation["regression"]>;

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const fixed = (value: number | null) => (value === null ? "—" : formatNumber(value));

/** Counts or row shares as a heatmap: the diagonal is what the model got right. */
export function ConfusionMatrix({ classification }: { classification: Classification }) {
  const [mode, setMode] = useState<"counts" | "normalised">("counts");
  const { labels, matrix } = classification;
  const rowSums = matrix.map((row) => row.reduce((sum, count) => sum + count, 0));
  const compact = labels.length > 12;
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        w={240}
        value={mode}
        onChange={(value) => setMode(value as typeof mode)}
        data={[
          { value: "counts", label: "Counts" },
          { value: "normalised", label: "Row-normalised" },
        ]}
      />
      <div style={{ overflowX: "auto" }}>
        <table aria-label="Confusion matrix" style={{ borderCollapse: "collapse", fontSize: compact ? 9 : 12 }}>
          <thead>
            <tr>
              <th style={{ padding: 4, textAlign: "left" }}>
                <Text size="xs" c="dimmed">
                  actual ↓ predicted →
                </Text>
              </th>
              {labels.map((label) => (
                <th key={label} scope="col" style={{ padding: 4, fontWeight: 600 }}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, rowIndex) => (
              <tr key={labels[rowIndex]}>
                <th scope="row" style={{ padding: 4, textAlign: "right", fontWeight: 600 }}>
                  {labels[rowIndex]}
                </th>
                {row.map((count, columnIndex) => {
                  const share = rowSums[rowIndex] ? count / rowSums[rowIndex]! : 0;
                  const hue = rowIndex === columnIndex ? "34, 139, 230" : "250, 82, 82";
                  return (
                    <td
                      key={columnIndex}
                      title={`${labels[rowIndex]} predicted as ${labels[columnIndex]}: ${count} (${pct(share)} of the row)`}
                      data-cell={`${rowIndex}-${columnIndex}`}
                      style={{ padding: compact ? 2 : 6, minWidth: compact ? 14 : 48, textAlign: "center", background: `rgba(${hue}, ${0.08 + share * 0.8})`, border: "1px solid white" }}
                    >
                      {compact ? "" : mode === "counts" ? count.toLocaleString() : pct(share)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}

export function ClassReport({ classification }: { classification: Classification }) {
  return (
    <Table aria-label="Per-class metrics" fz="xs" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Class</Table.Th>
          <Table.Th>Precision</Table.Th>
          <Table.Th>Recall</Table.Th>
          <Table.Th>F1</Table.Th>
          <Table.Th>Support</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {classification.perClass.map((item) => (
          <Table.Tr key={item.label}>
            <Table.Td fw={500}>{item.label}</Table.Td>
            <Table.Td>{item.precision.toFixed(3)}</Table.Td>
            <Table.Td>{item.recall.toFixed(3)}</Table.Td>
            <Table.Td>{item.f1.toFixed(3)}</Table.Td>
            <Table.Td>{item.support.toLocaleString()}</Table.Td>
          </Table.Tr>
        ))}
        {(["macro", "weighted"] as const).map((kind) => (
          <Table.Tr key={kind} fw={600}>
            <Table.Td>{kind} avg</Table.Td>
            <Table.Td>{classification[kind].precision.toFixed(3)}</Table.Td>
            <Table.Td>{classification[kind].recall.toFixed(3)}</Table.Td>
            <Table.Td>{classification[kind].f1.toFixed(3)}</Table.Td>
            <Table.Td>{classification.total.toLocaleString()}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const SIZE = 220;
const PAD = 28;

/** A small x–y plot on [0, 1] × [0, 1] (or given bounds), as lines or dots. */
function Plot({ label, points, kind, bounds, xLabel, yLabel, diagonal }: { label: string; points: Array<[number, number]>; kind: "line" | "dots"; bounds?: [number, number, number, number]; xLabel: string; yLabel: string; diagonal?: boolean }) {
  const [x0, x1, y0, y1] = bounds ?? [0, 1, 0, 1];
  const x = (value: number) => PAD + ((value - x0) / (x1 - x0 || 1)) * (SIZE - PAD - 6);
  const y = (value: number) => SIZE - PAD - ((value - y0) / (y1 - y0 || 1)) * (SIZE - PAD - 6);
  return (
    <svg width={SIZE} height={SIZE} role="img" aria-label={label}>
      <rect x={PAD} y={6} width={SIZE - PAD - 6} height={SIZE - PAD - 6} fill="none" stroke="var(--mantine-color-gray-4)" />
      {diagonal && <line x1={x(x0)} y1={y(y0)} x2={x(x1)} y2={y(y1)} stroke="var(--mantine-color-gray-5)" strokeDasharray="4 3" />}
      {kind === "line" ? (
        <polyline points={points.map(([px, py]) => `${x(px)},${y(py)}`).join(" ")} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
      ) : (
        points.map(([px, py], index) => <circle key={index} cx={x(px)} cy={y(py)} r={1.6} fill="var(--mantine-color-blue-6)" fillOpacity={0.5} />)
      )}
      <text x={SIZE / 2 + PAD / 2} y={SIZE - 6} fontSize={10} textAnchor="middle" fill="currentColor">
        {xLabel}
      </text>
      <text x={10} y={SIZE / 2} fontSize={10} textAnchor="middle" fill="currentColor" transform={`rotate(-90 10 ${SIZE / 2})`}>
        {yLabel}
      </text>
    </svg>
  );
}

export function BinaryCurves({ curves }: { curves: NonNullable<Classification["curves"]> }) {
  return (
    <Group gap="xl" align="flex-start">
      <Stack gap={2} align="center">
        <Plot label={`ROC curve, AUC ${curves.rocAuc.toFixed(3)}`} points={curves.roc.map((point) => [point.x, point.y])} kind="line" xLabel="false-positive rate" yLabel="true-positive rate" diagonal />
        <Text size="xs">ROC AUC {curves.rocAuc.toFixed(3)}</Text>
      </Stack>
      <Stack gap={2} align="center">
        <Plot label={`Precision-recall curve, AP ${curves.averagePrecision.toFixed(3)}`} points={curves.pr.map((point) => [point.x, point.y])} kind="line" xLabel="recall" yLabel="precision" />
        <Text size="xs">Average precision {curves.averagePrecision.toFixed(3)}</Text>
      </Stack>
    </Group>
  );
}

export function RegressionView({ regression }: { regression: Regression }) {
  const values = regression.sample.flat();
  const low = values.length ? Math.min(...values) : 0;
  const high = values.length ? Math.max(...values) : 1;
  const histogram = regression.residuals;
  const tallest = histogram ? Math.max(...histogram.counts, 1) : 1;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs">
        {(
          [
            ["Pairs", regression.count === null ? "—" : regression.count.toLocaleString()],
            ["MAE", fixed(regression.mae)],
            ["MSE", fixed(regression.mse)],
            ["RMSE", fixed(regression.rmse)],
            ["R²", fixed(regression.r2)],
            ["MAPE", regression.mape === null ? "—" : pct(regression.mape)],
          ] as const
        ).map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" fw={700}>
              {label}
            </Text>
            <Text fw={600}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      {regression.mapeExcluded ? (
        <Text size="xs" c="dimmed">
          MAPE leaves out the {regression.mapeExcluded.toLocaleString()} pairs whose actual value is 0.
        </Text>
      ) : null}
      <Group gap="xl" align="flex-start">
        {regression.sample.length > 0 && (
          <Stack gap={2} align="center">
            <Plot label={`True against predicted, ${regression.sample.length} pairs`} points={regression.sample} kind="dots" bounds={[low, high, low, high]} xLabel="actual" yLabel="predicted" diagonal />
            <Text size="xs">{regression.sample.length.toLocaleString()} pairs shown</Text>
          </Stack>
        )}
        {histogram && histogram.counts.length > 0 && (
          <Stack gap={2} align="center">
            <svg width={SIZE} height={SIZE} role="img" aria-label="Residual histogram">
              {histogram.counts.map((count, index) => {
                const width = (SIZE - 12) / histogram.counts.length;
                const height = (count / tallest) * (SIZE - 40);
                return (
                  <rect key={index} x={6 + index * width} y={SIZE - 24 - height} width={Math.max(1, width - 1)} height={height} fill="var(--mantine-color-orange-5)">
                    <title>{`${histogram.edges[index]!.toPrecision(3)} to ${histogram.edges[index + 1]!.toPrecision(3)}: ${count}`}</title>
                  </rect>
                );
              })}
              <text x={SIZE / 2} y={SIZE - 6} fontSize={10} textAnchor="middle" fill="currentColor">
                residual (predicted − actual)
              </text>
            </svg>
            <Text size="xs">
              {histogram.edges[0]!.toPrecision(3)} … {histogram.edges[histogram.edges.length - 1]!.toPrecision(3)}
            </Text>
          </Stack>
        )}
      </Group>
    </Stack>
  );
}

export function GenerationView({ generation }: { generation: NonNullable<Evaluation["generation"]> }) {
  return (
    <Table aria-label="Generation scores" fz="sm" w="auto">
      <Table.Tbody>
        {Object.entries(generation.scores).map(([name, score]) => (
          <Table.Tr key={name}>
            <Table.Td fw={500}>{name}</Table.Td>
            <Table.Td>{formatNumber(score)}</Table.Td>
          </Table.Tr>
        ))}
        {generation.humanRatings && (
          <Table.Tr>
            <Table.Td fw={500}>human rating</Table.Td>
            <Table.Td>
              {formatNumber(generation.humanRatings.mean)}
              {generation.humanRatings.scaleMax ? ` / ${generation.humanRatings.scaleMax}` : ""} from {generation.humanRatings.count} ratings
            </Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}
