import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { EmptyHint, QueryState } from "../../components/ui/QueryState";
import { MyInvitations } from "../../features/members/components/MyInvitations";
import { BoardFilters, type BoardFilterValues } from "../../features/projects/components/BoardFilters";
import { CreateProjectModal } from "../../features/projects/components/CreateProjectModal";
import { PortfolioBoard } from "../../features/projects/components/PortfolioBoard";
import { useBoard, type BoardQuery } from "../../features/projects/api/get-board-column";
import { useDocumentTitle } from "../../lib/document-title";

/** The portfolio: every project in the column of its current stage, filtered through the URL. */
export function PortfolioPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  useDocumentTitle("Portfolio");
  const filters: BoardFilterValues = {
    q: searchParams.get("q") ?? "",
    owner: searchParams.get("owner") ?? "",
    status: (searchParams.get("status") ?? "") as BoardFilterValues["status"],
  };
  const [debounced] = useDebouncedValue(filters, 250);
  const boardFilters: BoardQuery = {
    ...(debounced.q.trim() ? { q: debounced.q.trim() } : {}),
    ...(debounced.owner.trim() ? { owner: debounced.owner.trim() } : {}),
    ...(debounced.status ? { status: debounced.status } : {}),
  };
  const projects = useBoard(boardFilters);

  const setFilters = (next: BoardFilterValues) => {
    const params = new URLSearchParams();
    Object.entries(next).forEach(([key, value]) => value && params.set(key, value));
    setSearchParams(params, { replace: true });
  };
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Portfolio
          </Title>
          <Text c="dimmed" size="sm">
            Every project in the stage it is in, with its KPI status.
          </Text>
        </div>
        <Button onClick={() => setCreating(true)}>New project</Button>
      </Group>
      <MyInvitations />
      <BoardFilters values={filters} onChange={setFilters} />
      <QueryState isPending={projects.isPending} error={projects.error} hasData={projects.data !== undefined} onRetry={() => void projects.refetch()} label="projects">
        {projects.data && projects.data.total === 0 ? (
          filtered ? (
            <EmptyHint title="No project matches these filters" />
          ) : (
            <EmptyHint title="No projects yet">Create the first one, or load the demo portfolio with `npm run seed`.</EmptyHint>
          )
        ) : (
          projects.data && <PortfolioBoard filters={boardFilters} projects={projects.data.items} counts={projects.data.stageCounts} />
        )}
      </QueryState>
      <CreateProjectModal opened={creating} onClose={() => setCreating(false)} onCreated={(project) => navigate(`/projects/${project.slug}`)} />
    </Stack>
  );
}
