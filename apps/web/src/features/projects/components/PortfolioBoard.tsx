import { Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { STAGE_LABELS, STAGES, type Project, type Stage } from "@lifecycle/domain";
import { useState } from "react";
import { FormError } from "../../../components/ui/FormParts";
import { errorMessage } from "../../../lib/form-errors";
import { formatNumber } from "../../../lib/format";
import { BOARD_COLUMN_PAGE, useMoreOfColumn, type BoardQuery } from "../api/get-board-column";
import { ProjectCard } from "./ProjectCard";

/**
 * A column per stage, a card per project: the first page of every column comes in one request with every
 * stage's true count; a column pages through the rest of its projects on demand, so none is cut short or miscounted.
 */
export function PortfolioBoard({ filters, projects, counts }: { filters: BoardQuery; projects: readonly Project[]; counts: Readonly<Record<string, number>> }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {STAGES.map((stage) => (
          <BoardColumn key={stage} stage={stage} filters={filters} first={projects.filter((project) => project.currentStage === stage)} total={counts[stage] ?? 0} />
        ))}
      </Group>
    </ScrollArea>
  );
}

function BoardColumn({ stage, filters, first, total }: { stage: Stage; filters: BoardQuery; first: readonly Project[]; total: number }) {
  const [wanted, setWanted] = useState(false);
  const more = useMoreOfColumn(filters, stage, wanted);
  const projects = [...first, ...(more.data?.pages.flatMap((page) => page.items) ?? [])];
  const left = total - projects.length;
  const showMore = () => (wanted ? void more.fetchNextPage() : setWanted(true));
  return (
    <Paper withBorder radius="md" p="sm" miw={190} style={{ flex: "1 1 0" }} bg="var(--mantine-color-default-hover)" component="section" aria-label={STAGE_LABELS[stage]} data-stage={stage}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="sm">
          {STAGE_LABELS[stage]}
        </Title>
        <Badge variant="light" color="gray" size="sm" aria-label={`${total} projects`}>
          {formatNumber(total)}
        </Badge>
      </Group>
      <ScrollArea.Autosize mah="70vh" type="auto" offsetScrollbars>
        <Stack gap="xs">
          {projects.length === 0 ? (
            <Text size="xs" c="dimmed" ta="center" py="md">
              No projects
            </Text>
          ) : (
            projects.map((project) => <ProjectCard key={project.id} project={project} />)
          )}
          {more.error && <FormError message={`Could not load more: ${errorMessage(more.error)}`} />}
          {left > 0 && (
            <Button size="xs" variant="subtle" loading={more.isFetching} onClick={showMore}>
              Show {Math.min(left, BOARD_COLUMN_PAGE)} more of {formatNumber(left)}
            </Button>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
