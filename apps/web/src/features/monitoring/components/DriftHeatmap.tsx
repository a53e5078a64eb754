import { Box, Group, ScrollArea, Table, Text, UnstyledButton } from "@mantine/core";
import type { OperationResult } from "@lifecycle/client";

export type DriftReport = OperationResult<"getDrift">;
export type DriftWindow = DriftReport["windows"][number];
export type FeatureDriftView = DriftWindow["features"][string];

export interface Cell {
  feature: string;
  window: number;
}

const METHOD_LABELS = { ks: "Kolmogorov–Smirnov p", wasserstein: "Wasserstein / std", "chi-square": "chi-square p", "jensen-shannon": "Jensen–Shannon" } as const;

/** What a cell says, in words: the window, the verdict and the figures behind it. */
export function describeDrift(drift: Pick<FeatureDriftView, "method" | "score" | "drifted" | "psi" | "psiBand" | "windowCount" | "note">): string {
  if (drift.score === null || drift.method === null) return drift.note ?? "no figure";
  const figure = `${METHOD_LABELS[drift.method]} ${drift.score.toPrecision(3)}`;
  const psi = drift.psi === null ? "" : `, PSI ${drift.psi.toFixed(3)} (${drift.psiBand})`;
  return `${drift.drifted ? "drifted" : "no drift"}: ${figure}${psi}, ${drift.windowCount.toLocaleString()} values`;
}

function cellColor(drift: FeatureDriftView | null): string {
  if (!drift || drift.score === null) return "var(--mantine-color-gray-1)";
  if (drift.drifted) return drift.psiBand === "stable" ? "var(--mantine-color-orange-3)" : "var(--mantine-color-red-5)";
  return drift.psiBand === "moderate" ? "var(--mantine-color-yellow-2)" : drift.psiBand === "significant" ? "var(--mantine-color-orange-2)" : "var(--mantine-color-green-2)";
}

const timeLabel = (iso: string, daily: boolean) => new Date(iso).toLocaleString(undefined, daily ? { month: "short", day: "numeric" } : { weekday: "short", hour: "2-digit", minute: "2-digit" });

/**
 * Features × windows: each cell coloured by its verdict (green no drift, yellow or orange a PSI band worth a look,
 * red drifted, grey no values) and a button that opens the feature's histograms for that window. The last row is
 * the data set's verdict.
 */
export function DriftHeatmap({ report, selected, onSelect, daily }: { report: DriftReport; selected: Cell | null; onSelect: (cell: Cell) => void; daily: boolean }) {
  const features = Object.keys(report.windows[0]?.features ?? {});
  const rows = [...features, ...(report.windows[0]?.prediction ? ["prediction"] : [])];
  const driftOf = (window: DriftWindow, feature: string) => (feature === "prediction" ? window.prediction : window.features[feature]) ?? null;
  return (
    <Box>
      <ScrollArea type="auto">
        <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={2} aria-label="Drift of each feature by window" style={{ width: "max-content" }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Feature</Table.Th>
              {report.windows.map((window, index) => (
                <Table.Th key={window.from} style={{ writingMode: "vertical-rl", transform: "rotate(180deg)", fontWeight: 400, fontSize: 11, height: 70 }}>
                  {index % Math.ceil(report.windows.length / 24) === 0 ? timeLabel(window.from, daily) : ""}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((feature) => (
              <Table.Tr key={feature}>
                <Table.Th scope="row" style={{ fontWeight: feature === "prediction" ? 600 : 400, whiteSpace: "nowrap" }}>
                  {feature}
                </Table.Th>
                {report.windows.map((window, index) => {
                  const drift = driftOf(window, feature);
                  const isSelected = selected?.feature === feature && selected.window === index;
                  const label = `${feature}, ${timeLabel(window.from, daily)}: ${drift ? describeDrift(drift) : "no figure"}`;
                  return (
                    <Table.Td key={window.from} p={1}>
                      <UnstyledButton
                        aria-label={label}
                        title={label}
                        aria-pressed={isSelected}
                        onClick={() => onSelect({ feature, window: index })}
                        style={{ display: "block", width: 18, height: 18, borderRadius: 3, background: cellColor(drift), outline: isSelected ? "2px solid var(--mantine-color-blue-7)" : undefined }}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" style={{ fontWeight: 600 }}>
                data set
              </Table.Th>
              {report.windows.map((window) => (
                <Table.Td key={window.from} p={1}>
                  <Box
                    role="img"
                    aria-label={`data set, ${timeLabel(window.from, daily)}: ${window.dataset.features === 0 ? "no figures" : `${window.dataset.drifted} of ${window.dataset.features} features drifted${window.dataset.datasetDrifted ? " — data set drift" : ""}`}`}
                    style={{ width: 18, height: 18, borderRadius: 3, background: window.dataset.features === 0 ? "var(--mantine-color-gray-1)" : window.dataset.datasetDrifted ? "var(--mantine-color-red-7)" : "var(--mantine-color-green-4)" }}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group gap="md" mt={4}>
        {[
          ["var(--mantine-color-green-2)", "no drift"],
          ["var(--mantine-color-yellow-2)", "PSI moderate"],
          ["var(--mantine-color-red-5)", "drifted"],
          ["var(--mantine-color-gray-1)", "no values"],
        ].map(([color, text]) => (
          <Group key={text} gap={4}>
            <Box style={{ width: 12, height: 12, borderRadius: 2, background: color }} />
            <Text size="xs" c="dimmed">
              {text}
            </Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
