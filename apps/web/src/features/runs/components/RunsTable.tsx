import { Anchor, Badge, Button, Checkbox, Group, Popover, ScrollArea, SimpleGrid, Stack, Switch, Table, Text, TextInput, UnstyledButton } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { compareParamKeys, type Run } from "@lifecycle/domain";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowSelectionState } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useQueryClient } from "@tanstack/react-query";
import { runsQueryOptions, useRestoreRun, useRuns, type RunSearch } from "../api/runs";
import { LogIntoExperiment } from "./LogIntoExperiment";
import { FitBadge, KpiResults, formatDuration, formatMetric, metricOf, paramOf, RunStatusBadge, seriesLabel, seriesOfLabel } from "./run-parts";

const MAX_COMPARED = 20;
const DEFAULT_COLUMNS = 5;

/** Field names as the filter language writes them; backquotes let any key (and split) through. */
const field = (scope: "params" | "metrics", key: string, split: string | null = null) => `${scope}.\`${key}\`${split ? `[\`${split}\`]` : ""}`;

interface FilterProblem {
  filter: string;
  message: string;
  /** Where in the filter it goes wrong, when the server says. */
  position?: number;
}

function filterProblemOf(error: LifecycleApiError, filter: string): FilterProblem {
  const detail = error.details.find((item) => item.path === "filter");
  const position = /^position:(\d+)$/.exec(detail?.code ?? "")?.[1];
  return { filter, message: detail?.message ?? error.message, ...(position !== undefined ? { position: Math.min(Number(position), filter.length) } : {}) };
}

interface ChosenColumns {
  params: string[];
  metrics: string[];
}

/** Sets or drops URL parameters, keeping the others (the project's tab, the compare selection…). */
function withParams(current: URLSearchParams, values: Record<string, string | readonly string[] | null>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(values)) {
    next.delete(key);
    if (typeof value === "string") next.set(key, value);
    else if (value) (value.length ? value : [""]).forEach((item) => next.append(key, item));
  }
  return next;
}

/**
 * The columns shown: from the URL when it names them (a pasted link shows the same table), else the ones last
 * chosen for this experiment on this browser. Choosing writes both.
 */
function useChosenColumns(experimentId: string, params: URLSearchParams, setParams: ReturnType<typeof useSearchParams>[1]) {
  const storageKey = `lifecycle.runs.columns.${experimentId}`;
  const fromUrl: ChosenColumns | null =
    params.has("params") || params.has("metrics") ? { params: params.getAll("params").filter(Boolean), metrics: params.getAll("metrics").filter(Boolean) } : null;
  const [stored] = useState<ChosenColumns | null>(() => {
    try {
      const saved = localStorage.getItem(storageKey);
      return saved ? (JSON.parse(saved) as ChosenColumns) : null;
    } catch {
      return null;
    }
  });
  const choose = (next: ChosenColumns) => {
    localStorage.setItem(storageKey, JSON.stringify(next));
    setParams((current) => withParams(current, { params: next.params, metrics: next.metrics }), { replace: true });
  };
  return [fromUrl ?? stored, choose] as const;
}

/**
 * An experiment's runs: the filter language with the server's errors inline,
 * server-side sorting on any column, a column chooser for params and metrics,
 * multi-select for comparison, more pages on demand and a live refresh while
 * runs are RUNNING.
 */
export function RunsTable({ projectId, projectRef, experimentId, experimentName }: { projectId: string; projectRef: string; experimentId: string; experimentName?: string }) {
  const navigate = useNavigate();
  // The view lives in the URL: ?filter=…&sort=…&deleted=1&params=…&metrics=…
  const [params, setParams] = useSearchParams();
  const search: RunSearch = { filter: params.get("filter") ?? "", orderBy: params.get("sort") ?? "", includeDeleted: params.get("deleted") === "1" };
  const setSearch = (change: RunSearch | ((current: RunSearch) => RunSearch)) => {
    const next = typeof change === "function" ? change(search) : change;
    setParams((current) => withParams(current, { filter: next.filter || null, sort: next.orderBy || null, deleted: next.includeDeleted ? "1" : null }), { replace: true });
  };
  const [draft, setDraft] = useState(search.filter);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [chosen, choose] = useChosenColumns(experimentId, params, setParams);
  const runs = useRuns(projectId, experimentId, search);
  const restore = useRestoreRun(projectId);
  const items = useMemo(() => runs.data?.pages.flatMap((page) => page.items) ?? [], [runs.data]);

  const available = useMemo(
    () => ({
      params: [...new Set(items.flatMap((run) => run.params.map((param) => param.key)))].sort(compareParamKeys),
      // Each series is a column of its own: loss, and loss[train] / loss[validation] when logged with splits.
      metrics: [...new Set(items.flatMap((run) => run.metrics.map((metric) => seriesLabel(metric.key, metric.split))))].sort(),
    }),
    [items],
  );
  const shown = chosen ?? { params: available.params.slice(0, DEFAULT_COLUMNS), metrics: available.metrics.slice(0, DEFAULT_COLUMNS) };
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<FilterProblem | null>(null);
  const [applying, setApplying] = useState(false);
  // A filter is tried before it replaces the one shown: a wrong one leaves the last good results and columns in
  // place, and its error is said once, under the filter, pointing at where it is wrong.
  const applyFilter = async (filter: string) => {
    const attempt = { ...search, filter };
    setApplying(true);
    try {
      await queryClient.fetchInfiniteQuery(runsQueryOptions(projectId, experimentId, attempt));
      setProblem(null);
      setSearch(attempt);
    } catch (error) {
      if (error instanceof LifecycleApiError && error.status === 400) setProblem(filterProblemOf(error, filter));
      else setSearch(attempt);
    } finally {
      setApplying(false);
    }
  };

  const sortBy = (name: string) => setSearch((current) => ({ ...current, orderBy: current.orderBy === `${name} DESC` ? `${name} ASC` : `${name} DESC` }));
  const sortHeader = (name: string, label: string, color?: string) => {
    const direction = search.orderBy === `${name} DESC` ? "descending" : search.orderBy === `${name} ASC` ? "ascending" : undefined;
    return (
      <UnstyledButton onClick={() => sortBy(name)} fw={600} fz="sm" c={color} aria-label={`Sort by ${label}${direction ? `, now ${direction}` : ""}`}>
        {label}
        {direction === "descending" ? " ↓" : direction === "ascending" ? " ↑" : ""}
      </UnstyledButton>
    );
  };

  const columns = useMemo<Array<ColumnDef<Run>>>(
    () => [
      {
        id: "select",
        header: ({ table }) => (
          <Checkbox
            aria-label="Select every run shown"
            checked={table.getIsAllRowsSelected()}
            indeterminate={table.getIsSomeRowsSelected()}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => <Checkbox aria-label={`Select ${row.original.name}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />,
      },
      {
        id: "name",
        header: () => sortHeader("name", "Run"),
        cell: ({ row }) => (
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={`/projects/${projectRef}/runs/${row.original.id}`} fw={500} c={row.original.deletedAt ? "dimmed" : undefined}>
              {row.original.name}
            </Anchor>
            {row.original.deletedAt && (
              <>
                <Badge size="xs" color="gray" variant="outline">
                  deleted
                </Badge>
                <Button size="compact-xs" variant="light" aria-label={`Restore ${row.original.name}`} onClick={() => restore.mutate(row.original.id)}>
                  Restore
                </Button>
              </>
            )}
          </Group>
        ),
      },
      { id: "status", header: () => sortHeader("status", "Status"), cell: ({ row }) => <RunStatusBadge status={row.original.status} /> },
      { id: "start_time", header: () => sortHeader("start_time", "Started"), cell: ({ row }) => formatDateTime(row.original.startTime) },
      { id: "duration", header: "Duration", cell: ({ row }) => formatDuration(row.original.durationMs) },
      { id: "fit", header: () => sortHeader("fit", "Fit"), cell: ({ row }) => <FitBadge verdict={row.original.fitVerdict} /> },
      ...(items.some((run) => run.kpis.length > 0)
        ? [{ id: "kpis", header: "KPIs on test", cell: ({ row }: { row: { original: Run } }) => <KpiResults results={row.original.kpis} /> } satisfies ColumnDef<Run>]
        : []),
      ...shown.params.map<ColumnDef<Run>>((key) => ({
        id: `param:${key}`,
        header: () => sortHeader(field("params", key), key),
        cell: ({ row }) => {
          const param = paramOf(row.original, key);
          return param === undefined ? "—" : String(param);
        },
      })),
      ...shown.metrics.map<ColumnDef<Run>>((label) => {
        const { key, split } = seriesOfLabel(label);
        return {
          id: `metric:${label}`,
          header: () => sortHeader(field("metrics", key, split), label, "indigo"),
          cell: ({ row }) => formatMetric(metricOf(row.original, key, split)?.latest),
        };
      }),
    ],
    // sortHeader reads search.orderBy: the headers are rebuilt when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [shown.params.join("\u0000"), shown.metrics.join("\u0000"), search.orderBy, projectRef, items.some((run) => run.kpis.length > 0), restore.mutate],
  );

  const table = useReactTable({
    data: items,
    columns,
    getRowId: (run) => run.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableRowSelection: true,
    state: { rowSelection: selection },
    onRowSelectionChange: setSelection,
  });
  const selected = Object.keys(selection).filter((id) => selection[id]);

  return (
    <Stack>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void applyFilter(draft);
        }}
        aria-label="Filter runs"
      >
        <Group align="flex-start">
          <TextInput
            style={{ flex: 1 }}
            label="Filter"
            description="e.g. metrics.loss[validation] < 0.5 AND params.optimizer IN ('adam', 'sgd') AND tags.team = 'nlp' (a split in brackets)"
            placeholder="metrics.loss < 0.5 AND params.optimizer = 'adam'"
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            error={problem ? <span role="alert">The filter was not applied: {problem.message}</span> : null}
            styles={{ input: { fontFamily: "monospace" } }}
          />
          <Button type="submit" mt={44} variant="light" loading={applying}>
            Apply
          </Button>
        </Group>
        {problem?.position !== undefined && (
          <Text size="xs" ff="monospace" c="red" data-testid="filter-caret" style={{ whiteSpace: "pre" }} aria-hidden>
            {problem.filter}
            {"\n"}
            {" ".repeat(problem.position)}^
          </Text>
        )}
        {problem && search.filter && (
          <Text size="xs" c="dimmed">
            Still showing the runs that match {search.filter}.
          </Text>
        )}
      </form>
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            disabled={selected.length < 2 || selected.length > MAX_COMPARED}
            onClick={() => navigate(`/projects/${projectRef}/experiments/${experimentId}/compare?runs=${selected.join(",")}`)}
          >
            Compare {selected.length > 0 ? `${selected.length} runs` : "runs"}
          </Button>
          <Text size="xs" c="dimmed">
            {selected.length > MAX_COMPARED ? `At most ${MAX_COMPARED} runs can be compared.` : "Tick 2 to 20 runs to compare them."}
          </Text>
        </Group>
        <Group gap="xs">
          <Switch
            label="Show deleted runs"
            checked={search.includeDeleted ?? false}
            onChange={(event) => {
              const includeDeleted = event.currentTarget.checked;
              setSearch((current) => ({ ...current, includeDeleted }));
            }}
          />
          <Button variant="default" loading={runs.isRefetching && !runs.isFetchingNextPage} onClick={() => void runs.refetch()}>
            Refresh
          </Button>
          <ColumnChooser available={available} shown={shown} onChange={choose} />
        </Group>
      </Group>
      <QueryState isPending={runs.isPending} error={runs.error} hasData={runs.data !== undefined} onRetry={() => void runs.refetch()} label="runs">
        {items.length === 0 ? (
          search.filter || search.includeDeleted || !experimentName ? (
            <EmptyHint title={search.filter ? "No run matches this filter" : "No runs yet"}>Runs logged through the API or the client appear here.</EmptyHint>
          ) : (
            <LogIntoExperiment projectId={projectId} projectRef={projectRef} experimentId={experimentId} experimentName={experimentName} />
          )
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover aria-label="Runs">
              <Table.Thead>
                {table.getHeaderGroups().map((group) => (
                  <Table.Tr key={group.id}>
                    {group.headers.map((header) => (
                      <Table.Th key={header.id}>{flexRender(header.column.columnDef.header, header.getContext())}</Table.Th>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Thead>
              <Table.Tbody>
                {table.getRowModel().rows.map((row) => (
                  <Table.Tr key={row.id} bg={row.getIsSelected() ? "var(--mantine-color-blue-light)" : undefined}>
                    {row.getVisibleCells().map((cell) => (
                      <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
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
            {items.length} run{items.length === 1 ? "" : "s"} shown{runs.hasNextPage ? "; more to load" : ""}
            {items.some((run) => run.status === "RUNNING") ? " · refreshing every 5 s while runs are running" : ""}.
          </Text>
        )}
      </QueryState>
      {restore.error && <FormError message={`Could not restore the run: ${errorMessage(restore.error)}`} />}
    </Stack>
  );
}

function ColumnChooser({ available, shown, onChange }: { available: ChosenColumns; shown: ChosenColumns; onChange: (next: ChosenColumns) => void }) {
  const toggle = (scope: keyof ChosenColumns, key: string, on: boolean) =>
    onChange({ ...shown, [scope]: on ? [...shown[scope], key] : shown[scope].filter((item) => item !== key) });
  const list = (scope: keyof ChosenColumns, title: string) => (
    <Stack gap={4}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {available[scope].length === 0 && (
        <Text size="xs" c="dimmed">
          None logged yet
        </Text>
      )}
      {available[scope].map((key) => (
        <Checkbox key={key} size="xs" label={key} checked={shown[scope].includes(key)} onChange={(event) => toggle(scope, key, event.currentTarget.checked)} />
      ))}
    </Stack>
  );
  return (
    <Popover position="bottom-end" shadow="md" width={360} trapFocus>
      <Popover.Target>
        <Button variant="default">
          Columns ({shown.params.length + shown.metrics.length})
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label="Choose columns">
        <ScrollArea.Autosize mah={320}>
          <SimpleGrid cols={2}>
            {list("params", "Params")}
            {list("metrics", "Metrics")}
          </SimpleGrid>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
