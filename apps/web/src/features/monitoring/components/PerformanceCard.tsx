import { Group, Stack, Table, Text } from "@mantine/core";
import type { OperationResult } from "@lifecycle/client";
import { EmptyHint } from "../../../components/ui/QueryState";
import { formatNumber } from "../../../lib/format";

type Report = OperationResult<"getPerformance">;
type Outcome = NonNullable<Report["total"]>;

/** The figures of one outcome report a row shows, by the names offline evaluations use. */
function figures(outcome: Outcome): Array<[string, number | null]> {
  if (outcome.kind === "classification") {
    return [
      ["accuracy", outcome.report.accuracy],
      ["f1_macro", outcome.report.macro.f1],
      ["precision_macro", outcome.report.macro.precision],
      ["recall_macro", outcome.report.macro.recall],
    ];
  }
  return [
    ["mae", outcome.metrics.mae],
    ["rmse", outcome.metrics.rmse],
    ["r2", outcome.metrics.r2],
    ["mape", outcome.metrics.mape],
  ];
}

const show = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatNumber(Number(value.toPrecision(4))));

/**
 * Production metrics against the test evaluation: each figure over the span and the deployed version's test value
 * (when it has one by that name), then the windows with labelled predictions, newest first, with the confusion matrix.
 */
export function PerformanceCard({ report }: { report: Report }) {
  const total = report.total;
  if (!total) {
    return (
      <EmptyHint title="No actuals yet">
        Send the true labels or values as they become known to POST …/deployments/{"{id}"}/actuals by prediction id: production accuracy, F1 or RMSE then show here beside the test evaluation.
      </EmptyHint>
    );
  }
  const reference = report.reference?.testMetrics ?? {};
  const labelled = report.windows.filter((window) => window.report).reverse();
  return (
    <Stack>
      <Table aria-label="Production against test" withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Figure</Table.Th>
            <Table.Th>Production</Table.Th>
            <Table.Th>{report.reference ? `Test (${report.reference.modelVersion})` : "Test"}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {figures(total).map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>{show(value)}</Table.Td>
              <Table.Td>{show(reference[name] ?? (name === "f1_macro" ? reference.f1 : undefined))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total.kind === "classification" && (
        <Table aria-label="Production confusion matrix" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>actual ↓ predicted →</Table.Th>
              {total.labels.map((label) => (
                <Table.Th key={label}>{label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {total.matrix.map((row, index) => (
              <Table.Tr key={total.labels[index]}>
                <Table.Th>{total.labels[index]}</Table.Th>
                {row.map((count, column) => (
                  <Table.Td key={column} fw={column === index ? 600 : undefined}>
                    {formatNumber(count)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Table aria-label="Production metrics by window">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Window</Table.Th>
            <Table.Th>Labelled</Table.Th>
            {figures(total).map(([name]) => (
              <Table.Th key={name}>{name}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {labelled.map((window) => (
            <Table.Tr key={window.from}>
              <Table.Td>{new Date(window.from).toLocaleString()}</Table.Td>
              <Table.Td>{formatNumber(window.labelled)}</Table.Td>
              {figures(window.report!).map(([name, value]) => (
                <Table.Td key={name}>{show(value)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Text size="xs" c="dimmed">
          Computed as offline evaluations are (rows the actual class, columns the predicted one; a ratio with nothing to divide by is 0).
        </Text>
      </Group>
    </Stack>
  );
}
