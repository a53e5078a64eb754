import { Alert, Anchor, Breadcrumbs, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { hasRole } from "@lifecycle/domain";
import { useMemo } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { QueryState } from "../../components/ui/QueryState";
import { ArtifactsPanel } from "../../features/artifacts/components/ArtifactsPanel";
import { EvaluationsPanel } from "../../features/evaluations/components/EvaluationsPanel";
import { FitCard } from "../../features/evaluations/components/FitCard";
import { RunDataPanel } from "../../features/data-sets/components/RunDataPanel";
import { useProject } from "../../features/projects/api/get-project";
import { RegisterVersionButton } from "../../features/registry/components/RegisterVersionModal";
import { useExperiment, useRun } from "../../features/runs/api/runs";
import { RunCharts } from "../../features/runs/components/RunCharts";
import { RunActions, RunFacts, RunMetricSummaries, RunNotes, RunParams, RunTags } from "../../features/runs/components/RunDetails";
import { RunStatusBadge } from "../../features/runs/components/run-parts";
import { NotFoundPage } from "./NotFoundPage";
import { useDocumentTitle } from "../../lib/document-title";

const RUN_TABS = ["metrics", "evaluations", "artifacts"] as const;

export function RunPage() {
  const { projectRef = "", runId = "" } = useParams();
  // The open tab is in the URL (?tab=artifacts): a link or a reload opens the same one.
  const [params, setParams] = useSearchParams();
  const project = useProject(projectRef);
  const projectId = project.data?.id ?? projectRef;
  const run = useRun(projectId, runId);
  const runs = useMemo(() => (run.data ? [run.data] : []), [run.data]);
  const experiment = useExperiment(projectId, run.data?.experimentId ?? "");
  useDocumentTitle(run.data?.name, project.data?.name);
  const missing = [project.error, run.error].find((error) => error instanceof LifecycleApiError && (error.status === 404 || error.status === 400));
  if (missing) return <NotFoundPage what="such run" />;
  return (
    <QueryState isPending={project.isPending || run.isPending} error={project.error ?? run.error} hasData={project.data !== undefined && run.data !== undefined} label="the run">
      {project.data && run.data && (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/">
              Portfolio
            </Anchor>
            <Anchor component={Link} to={`/projects/${project.data.slug}`}>
              {project.data.name}
            </Anchor>
            <Anchor component={Link} to={`/projects/${project.data.slug}/experiments/${run.data.experimentId}`}>
              {experiment.data?.name ?? "Experiment"}
            </Anchor>
            <Text>{run.data.name}</Text>
          </Breadcrumbs>
          <Group justify="space-between" align="flex-start">
            <Group gap="sm">
              <Title order={1} size="h2">
                {run.data.name}
              </Title>
              <RunStatusBadge status={run.data.status} />
            </Group>
            <Group gap="xs">
              {!run.data.deletedAt && hasRole(project.data.myRole, "CONTRIBUTOR") && <RegisterVersionButton projectId={project.data.id} projectRef={project.data.slug} runId={run.data.id} />}
              <RunActions projectId={project.data.id} run={run.data} />
            </Group>
          </Group>
          {run.data.deletedAt && (
            <Alert color="orange" variant="light">
              This run is deleted: it is hidden from lists and takes no new data until restored.
            </Alert>
          )}
          <RunFacts run={run.data} />
          <Tabs value={RUN_TABS.find((tab) => tab === params.get("tab")) ?? "metrics"} onChange={(tab) => setParams(tab && tab !== "metrics" ? { tab } : {}, { replace: true })} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="metrics">Metrics</Tabs.Tab>
              <Tabs.Tab value="evaluations">Evaluations</Tabs.Tab>
              <Tabs.Tab value="artifacts">Artifacts</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="metrics" pt="md">
              <Stack>
                <FitCard projectId={project.data.id} runId={run.data.id} />
                <RunCharts projectId={project.data.id} runs={runs} live={run.data.status === "RUNNING"} />
                <RunMetricSummaries run={run.data} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="evaluations" pt="md">
              <EvaluationsPanel projectId={project.data.id} runId={run.data.id} canEdit={!run.data.deletedAt} />
            </Tabs.Panel>
            <Tabs.Panel value="artifacts" pt="md">
              <ArtifactsPanel projectId={project.data.id} runId={run.data.id} canEdit={!run.data.deletedAt} />
            </Tabs.Panel>
          </Tabs>
          <Group align="flex-start" grow>
            <RunParams run={run.data} />
            <Stack>
              <RunDataPanel projectId={project.data.id} runId={run.data.id} canEdit={!run.data.deletedAt} />
              <RunTags projectId={project.data.id} run={run.data} />
              <RunNotes projectId={project.data.id} run={run.data} />
            </Stack>
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}
