import { Anchor, Breadcrumbs, Paper, Stack, Text, Title } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { Link, useParams, useSearchParams } from "react-router";
import { EmptyHint, QueryState } from "../../components/ui/QueryState";
import { useProject } from "../../features/projects/api/get-project";
import { useExperiment, useRunComparison } from "../../features/runs/api/runs";
import { ParallelCoordinates } from "../../features/runs/components/ParallelCoordinates";
import { RunCharts } from "../../features/runs/components/RunCharts";
import { RunComparisonTables } from "../../features/runs/components/RunComparisonTables";
import { NotFoundPage } from "./NotFoundPage";
import { useDocumentTitle } from "../../lib/document-title";

/** 2 to 20 runs side by side: param differences, overlaid metric charts, parallel coordinates. */
export function ComparePage() {
  const { projectRef = "", experimentId = "" } = useParams();
  const [params] = useSearchParams();
  const runIds = (params.get("runs") ?? "").split(",").filter(Boolean);
  const project = useProject(projectRef);
  const projectId = project.data?.id ?? projectRef;
  const experiment = useExperiment(projectId, experimentId);
  const comparison = useRunComparison(projectId, runIds);
  useDocumentTitle(`Comparing ${runIds.length} runs`, experiment.data?.name, project.data?.name);
  const missing = [project.error, comparison.error].find((error) => error instanceof LifecycleApiError && error.status === 404);
  if (missing) return <NotFoundPage what="such run" />;
  const back = `/projects/${project.data?.slug ?? projectRef}/experiments/${experimentId}`;
  if (runIds.length < 2) {
    return (
      <EmptyHint title="Pick at least two runs to compare">
        <Anchor component={Link} to={back}>
          Back to the runs table
        </Anchor>{" "}
        and tick 2 to 20 runs.
      </EmptyHint>
    );
  }
  return (
    <QueryState isPending={project.isPending || comparison.isPending} error={project.error ?? comparison.error} hasData={project.data !== undefined && comparison.data !== undefined} label="the comparison">
      {project.data && comparison.data && (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/">
              Portfolio
            </Anchor>
            <Anchor component={Link} to={`/projects/${project.data.slug}`}>
              {project.data.name}
            </Anchor>
            <Anchor component={Link} to={back}>
              {experiment.data?.name ?? "Experiment"}
            </Anchor>
            <Text>Compare</Text>
          </Breadcrumbs>
          <Title order={1} size="h2">
            Comparing {comparison.data.runs.length} runs
          </Title>
          <RunComparisonTables comparison={comparison.data} projectRef={project.data.slug} />
          <Paper withBorder p="sm" radius="md">
            <Title order={3} size="h5" mb="xs">
              Parallel coordinates
            </Title>
            <ParallelCoordinates comparison={comparison.data} />
          </Paper>
          <Title order={2} size="h4">
            Metrics
          </Title>
          <RunCharts
            projectId={project.data.id}
            runs={comparison.data.runs}
            live={comparison.data.runs.some((run) => run.status === "RUNNING")}
          />
        </Stack>
      )}
    </QueryState>
  );
}
