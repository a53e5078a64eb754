import { Modal, ScrollArea, Table, Text } from "@mantine/core";
import type { ModelVersion } from "@lifecycle/domain";

interface Row {
  section: string;
  label: string;
  values: [string, string];
}

const text = (value: string | null | undefined) => value ?? "—";

/** Every evidence field of two versions, one row each; the rows where they differ stand out. */
export function evidenceRows([a, b]: [ModelVersion, ModelVersion]): Row[] {
  const rows: Row[] = [
    { section: "Approval", label: "Status", values: [a.approval.status, b.approval.status] },
    { section: "Lineage", label: "Run", values: [text(a.evidence.runName), text(b.evidence.runName)] },
    { section: "Lineage", label: "Experiment", values: [text(a.evidence.experimentName), text(b.evidence.experimentName)] },
    {
      section: "Lineage",
      label: "Trained on",
      values: [a, b].map((version) => (version.dataSetVersion ? `${version.dataSetVersion.dataSetName} v${version.dataSetVersion.version}` : "—")) as [string, string],
    },
    { section: "Lineage", label: "Approach", values: [text(a.approach), text(b.approach)] },
    { section: "Lineage", label: "Base model", values: [text(a.baseModel), text(b.baseModel)] },
    { section: "Fit", label: "Verdict", values: [text(a.evidence.fitVerdict), text(b.evidence.fitVerdict)] },
  ];
  const union = (pick: (version: ModelVersion) => Record<string, unknown>) => [...new Set([...Object.keys(pick(a)), ...Object.keys(pick(b))])].sort();
  for (const key of union((version) => version.evidence.testMetrics)) {
    // Exact, as logged: a comparison is where 0.9234 and 0.92341 must not both read 0.9234.
    const value = (version: ModelVersion) => (key in version.evidence.testMetrics ? String(version.evidence.testMetrics[key] ?? "—") : "—");
    rows.push({ section: "Test figures", label: key, values: [value(a), value(b)] });
  }
  for (const key of union((version) => version.evidence.params)) rows.push({ section: "Params", label: key, values: [text(a.evidence.params[key]), text(b.evidence.params[key])] });
  return rows;
}

export function CompareVersionsModal({ versions, onClose }: { versions: [ModelVersion, ModelVersion]; onClose: () => void }) {
  const [a, b] = [...versions].sort((x, y) => x.version - y.version) as [ModelVersion, ModelVersion];
  const rows = evidenceRows([a, b]);
  return (
    <Modal opened onClose={onClose} title={`${a.modelName}: v${a.version} and v${b.version} compared`} size="xl">
      <ScrollArea>
        <Table aria-label="Evidence compared">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>v{a.version}</Table.Th>
              <Table.Th>v{b.version}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const differs = row.values[0] !== row.values[1];
              return (
                <Table.Tr key={`${row.section}:${row.label}`} bg={differs ? "var(--mantine-color-yellow-light)" : undefined} data-differs={differs || undefined}>
                  <Table.Td>
                    {(index === 0 || rows[index - 1]!.section !== row.section) && (
                      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                        {row.section}
                      </Text>
                    )}
                    <Text size="sm">{row.label}</Text>
                  </Table.Td>
                  <Table.Td ff="monospace">{row.values[0]}</Table.Td>
                  <Table.Td ff="monospace">{row.values[1]}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Modal>
  );
}
