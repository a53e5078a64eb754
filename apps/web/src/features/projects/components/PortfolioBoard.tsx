import { Badge, Button, Group, Loader, Paper, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { STAGE_LABELS, STAGES, type Stage } from "@lifecycle/domain";
import { errorMessage } from "../../../lib/form-errors";
import { formatNumber } from "../../../lib/format";
import { BOARD_COLUMN_PAGE, useBoardColumn, type BoardQuery } from "../api/get-board-column";
import { ProjectCard } from "./ProjectCard";

/**
 * A column per stage, a card per project. Each column loads its own projects a page at a time and counts them
 * all (from `counts`, the API's per-stage counts under the same filters), so no column is cut short or miscounted.
 */
export function PortfolioBoard({ filters, counts }: { filters: BoardQuery; counts: Readonly<Record<string, number>> | undefined }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {STAGES.map((stage) => (
          <BoardColumn key={stage} stage={stage} filters={filters} count={counts?.[stage]} />
        ))}
      </Group>
    </ScrollArea>
  );
}

function BoardColumn({ stage, filters, count }: { stage: Stage; filters: BoardQuery; count: number | undefined }) {
  const column = useBoardColumn(filters, stage);
  const projects = column.data?.pages.flatMap((page) => page.items) ?? [];
  const total = count ?? column.data?.pages[0]?.total;
  const left = (column.data?.pages.at(-1)?.total ?? 0) - projects.length;
  return (
    <Paper withBorder radius="md" p="sm" miw={190} style={{ flex: "1 1 0" }} bg="gray.0" component="section" aria-label={STAGE_LABELS[stage]} data-stage={stage}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="sm">
          {STAGE_LABELS[stage]}
        </Title>
        {total !== undefined && (
          <Badge variant="light" color="gray" size="sm" aria-label={`${total} projects`}>
            {formatNumber(total)}
          </Badge>
        )}
      </Group>
      <ScrollArea.Autosize mah="70vh" type="auto" offsetScrollbars>
        <Stack gap="xs">
          {column.isPending ? (
            <Loader size="xs" mx="auto" aria-label={`Loading ${STAGE_LABELS[stage]}`} />
          ) : column.error && projects.length === 0 ? (
            <Text size="xs" c="red" role="alert">
              Could not load: {errorMessage(column.error)}
            </Text>
          ) : projects.length === 0 ? (
            <Text size="xs" c="dimmed" ta="center" py="md">
              No projects
            </Text>
          ) : (
            projects.map((project) => <ProjectCard key={project.id} project={project} />)
          )}
          {column.hasNextPage && (
            <Button size="xs" variant="subtle" loading={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()}>
              Show {Math.min(left, BOARD_COLUMN_PAGE)} more of {formatNumber(left)}
            </Button>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
