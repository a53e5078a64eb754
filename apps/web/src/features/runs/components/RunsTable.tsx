import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput, UnstyledButton } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { compareParamKeys, type Run } from "@lifecycle/domain";
import { useState } from "react";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useRuns, type RunSearch } from "../api/runs";

const STATUS_COLORS: Record<Run["status"], string> = { SCHEDULED: "gray", RUNNING: "blue", FINISHED: "green", FAILED: "red", KILLED: "orange" };

function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

const metricValue = (run: Run, key: string) => {
  const value = run.metrics.find((metric) => metric.key === key && metric.split === null)?.latest;
  return typeof value === "number" ? formatNumber(value) : (value ?? "—");
};

/** An experiment's runs: the filter language, server-side sorting by a metric or param, more pages on demand. */
export function RunsTable({ projectId, experimentId }: { projectId: string; experimentId: string }) {
  const [draft, setDraft] = useState("");
  const [search, setSearch] = useState<RunSearch>({ filter: "", orderBy: "" });
  const runs = useRuns(projectId, experimentId, search);
  const items = runs.data?.pages.flatMap((page) => page.items) ?? [];
  const metricKeys = [...new Set(items.flatMap((run) => run.metrics.filter((metric) => metric.split === null).map((metric) => metric.key)))].sort().slice(0, 6);
  const paramKeys = [...new Set(items.flatMap((run) => run.params.map((param) => param.key)))].sort(compareParamKeys).slice(0, 6);
  const filterError = runs.error instanceof LifecycleApiError && runs.error.status === 400 ? runs.error.fieldMessage("filter") ?? runs.error.message : null;

  const sortBy = (field: string) =>
    setSearch((current) => ({ ...current, orderBy: current.orderBy === `${field} DESC` ? `${field} ASC` : `${field} DESC` }));
  const arrow = (field: string) => (search.orderBy === `${field} DESC` ? " ↓" : search.orderBy === `${field} ASC` ? " ↑" : "");

  return (
    <Stack>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSearch((current) => ({ ...current, filter: draft }));
        }}
        aria-label="Filter runs"
      >
        <Group align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            label="Filter"
            placeholder="metrics.loss < 0.5 AND params.optimizer = 'adam'"
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            error={filterError}
            styles={{ input: { fontFamily: "monospace" } }}
          />
          <Button type="submit" mt={25} variant="light">
            Apply
          </Button>
        </Group>
      </form>
      <QueryState isPending={runs.isPending} error={filterError ? null : runs.error} onRetry={() => void runs.refetch()} label="runs">
        {items.length === 0 ? (
          <EmptyHint title={search.filter ? "No run matches this filter" : "No runs yet"}>Runs logged through the API or the client appear here.</EmptyHint>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover aria-label="Runs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Run</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Started</Table.Th>
                  <Table.Th>Duration</Table.Th>
                  {paramKeys.map((key) => (
                    <Table.Th key={`param-${key}`}>
                      <UnstyledButton onClick={() => sortBy(`params.\`${key}\``)} fw={600} fz="sm">
                        {key}
                        {arrow(`params.\`${key}\``)}
                      </UnstyledButton>
                    </Table.Th>
                  ))}
                  {metricKeys.map((key) => (
                    <Table.Th key={`metric-${key}`}>
                      <UnstyledButton onClick={() => sortBy(`metrics.\`${key}\``)} fw={600} fz="sm" c="indigo">
                        {key}
                        {arrow(`metrics.\`${key}\``)}
                      </UnstyledButton>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td fw={500}>{run.name}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[run.status]} variant="light" size="sm">
                        {run.status.toLowerCase()}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(run.startTime)}</Table.Td>
                    <Table.Td>{formatDuration(run.durationMs)}</Table.Td>
                    {paramKeys.map((key) => {
                      const param = run.params.find((entry) => entry.key === key);
                      return <Table.Td key={`param-${key}`}>{param ? String(param.value) : "—"}</Table.Td>;
                    })}
                    {metricKeys.map((key) => (
                      <Table.Td key={`metric-${key}`}>{metricValue(run, key)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {runs.hasNextPage && (
          <Group justify="center">
            <Button variant="default" loading={runs.isFetchingNextPage} onClick={() => void runs.fetchNextPage()}>
              Load more runs
            </Button>
          </Group>
        )}
        {items.length > 0 && (
          <Text size="xs" c="dimmed">
            {items.length} run{items.length === 1 ? "" : "s"} shown{runs.hasNextPage ? "; more to load" : ""}.
          </Text>
        )}
      </QueryState>
      {filterError && (
        <Alert color="red" variant="light" role="alert">
          The filter was not applied: {filterError}
        </Alert>
      )}
    </Stack>
  );
}
