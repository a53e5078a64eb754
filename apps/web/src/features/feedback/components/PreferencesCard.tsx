import { Anchor, Badge, Button, Group, NativeSelect, Pagination, Paper, Progress, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { SCORE_SOURCE_LABELS, SCORE_SOURCES, type Preference } from "@lifecycle/domain";
import { useState } from "react";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { formatBytes, formatDateTime, formatNumber, formatPercent } from "../../../lib/format";
import { PREFERENCES_PAGE_SIZE, usePreferenceExports, usePreferences, useWinRates } from "../api/get-preferences";
import { DpoExportModal } from "./DpoExportModal";

const CHOICE_LABELS = { A: "A", B: "B", TIE: "Tie" } as const;

/** Per version: comparisons, wins / losses / ties, and the win rate with its 95 % interval drawn as a bar. */
function WinRatesTable({ projectId }: { projectId: string }) {
  const [source, setSource] = useState<string | null>(null);
  const rates = useWinRates(projectId, source);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Win rates {rates.data ? `(${formatNumber(rates.data.preferences)} preferences)` : ""}
        </Text>
        <NativeSelect aria-label="Judged by" size="xs" value={source ?? ""} onChange={(event) => setSource(event.currentTarget.value || null)} data={[{ value: "", label: "Everyone" }, ...SCORE_SOURCES.map((value) => ({ value, label: SCORE_SOURCE_LABELS[value] }))]} />
      </Group>
      <QueryState isPending={rates.isPending} error={rates.error} hasData={rates.data !== undefined} onRetry={() => void rates.refetch()} label="the win rates">
        {rates.data?.variants.length === 0 ? (
          <EmptyHint title="No comparisons yet">Send pairs to POST …/preferences, or review them in a pairs queue below.</EmptyHint>
        ) : (
          <Table aria-label="Win rates per version">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Compared</Table.Th>
                <Table.Th>Won · lost · tied</Table.Th>
                <Table.Th w="35%">Win rate (95 % interval)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.data?.variants.map((variant) => (
                <Table.Tr key={variant.variant}>
                  <Table.Td>{variant.version}</Table.Td>
                  <Table.Td>{formatNumber(variant.comparisons)}</Table.Td>
                  <Table.Td>
                    {formatNumber(variant.wins)} · {formatNumber(variant.losses)} · {formatNumber(variant.ties)}
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={`${formatPercent(variant.low)} – ${formatPercent(variant.high)}`}>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" w={44}>
                          {formatPercent(variant.winRate)}
                        </Text>
                        <Progress.Root flex={1} size="lg" aria-label={`${variant.version}: ${formatPercent(variant.winRate)}, between ${formatPercent(variant.low)} and ${formatPercent(variant.high)}`}>
                          <Progress.Section value={variant.low * 100} color="indigo" />
                          <Progress.Section value={(variant.high - variant.low) * 100} color="indigo.2" />
                        </Progress.Root>
                      </Group>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}

function Side({ label, side, chosen }: { label: string; side: Preference["a"]; chosen: boolean }) {
  return (
    <Text size="xs" lineClamp={2} c={chosen ? undefined : "dimmed"}>
      <Text span fw={chosen ? 700 : 400} size="xs">
        {label} · {side.version}
        {chosen ? " ✓" : ""}:
      </Text>{" "}
      {side.response}
    </Text>
  );
}

/** Pairwise preferences: the win rates per version, the latest pairs, and their DPO exports. */
export function PreferencesCard({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const preferences = usePreferences(projectId, page);
  const exports = usePreferenceExports(projectId);
  const total = preferences.data?.total ?? 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Pairwise preferences">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Pairwise preferences
        </Title>
        {canEdit && total > 0 && <Button onClick={() => setExporting(true)}>Export for DPO</Button>}
      </Group>
      <Stack>
        <WinRatesTable projectId={projectId} />
        <QueryState isPending={preferences.isPending} error={preferences.error} hasData={preferences.data !== undefined} onRetry={() => void preferences.refetch()} label="the preferences">
          {total > 0 && (
            <Table aria-label="Latest preferences">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Prompt and answers</Table.Th>
                  <Table.Th>Choice</Table.Th>
                  <Table.Th>By</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preferences.data?.items.map((preference) => (
                  <Table.Tr key={preference.id}>
                    <Table.Td>{formatDateTime(preference.timestamp)}</Table.Td>
                    <Table.Td maw={480}>
                      <Text size="sm" lineClamp={2}>
                        {preference.prompt}
                      </Text>
                      <Side label="A" side={preference.a} chosen={preference.choice === "A"} />
                      <Side label="B" side={preference.b} chosen={preference.choice === "B"} />
                      {preference.reason && (
                        <Text size="xs" fs="italic">
                          “{preference.reason}”
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={preference.choice === "TIE" ? "gray" : "indigo"}>
                        {CHOICE_LABELS[preference.choice]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{preference.author}</Text>
                      <Text size="xs" c="dimmed">
                        {SCORE_SOURCE_LABELS[preference.source]}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {total > PREFERENCES_PAGE_SIZE && <Pagination total={Math.ceil(total / PREFERENCES_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
        </QueryState>
        {(exports.data?.items.length ?? 0) > 0 && (
          <Stack gap={4} aria-label="DPO exports">
            <Text size="sm" fw={500}>
              DPO exports
            </Text>
            {exports.data?.items.map((item) => (
              <Text size="sm" key={item.id}>
                <Anchor href={`/api/v1/projects/${projectId}/preference-exports/${item.id}/content`} download>
                  {item.dataSetName} v{item.version}
                </Anchor>{" "}
                · {formatNumber(item.pairs)} pairs · {formatBytes(item.sizeBytes)} · {item.createdBy}, {formatDateTime(item.createdAt)}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
      {exporting && <DpoExportModal projectId={projectId} onClose={() => setExporting(false)} />}
    </Paper>
  );
}
