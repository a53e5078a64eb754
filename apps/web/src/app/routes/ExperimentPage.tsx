import { Alert, Anchor, Breadcrumbs, Group, Stack, Text, Title, Badge } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { hasRole } from "@lifecycle/domain";
import { Link, useParams } from "react-router";
import { QueryState } from "../../components/ui/QueryState";
import { MoveExperimentButton } from "../../features/experiments/components/MoveExperimentButton";
import { useProject } from "../../features/projects/api/get-project";
import { useExperiment } from "../../features/runs/api/runs";
import { RunsTable } from "../../features/runs/components/RunsTable";
import { NotFoundPage } from "./NotFoundPage";
import { useDocumentTitle } from "../../lib/document-title";

export function ExperimentPage() {
  const { projectRef = "", experimentId = "" } = useParams();
  const project = useProject(projectRef);
  const experiment = useExperiment(project.data?.id ?? projectRef, experimentId);
  useDocumentTitle(experiment.data?.name, project.data?.name);
  const missing = [project.error, experiment.error].find((error) => error instanceof LifecycleApiError && (error.status === 404 || error.status === 400));
  if (missing) return <NotFoundPage what="such experiment" />;
  return (
    <QueryState isPending={project.isPending || experiment.isPending} error={project.error ?? experiment.error} hasData={project.data !== undefined && experiment.data !== undefined} label="the experiment">
      {project.data && experiment.data && (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/">
              Portfolio
            </Anchor>
            <Anchor component={Link} to={`/projects/${project.data.slug}`}>
              {project.data.name}
            </Anchor>
            <Text>{experiment.data.name}</Text>
          </Breadcrumbs>
          <div>
            <Group justify="space-between" align="flex-start">
              <Title order={1} size="h2">
                {experiment.data.name}
              </Title>
              {hasRole(project.data.myRole, "LEAD") && <MoveExperimentButton projectId={project.data.id} experiment={experiment.data} />}
            </Group>
            {experiment.data.description && <Text c="dimmed">{experiment.data.description}</Text>}
            <Group gap={4} mt={4}>
              {Object.entries(experiment.data.tags).map(([key, value]) => (
                <Badge key={key} variant="light" color="gray" tt="none">
                  {key}={value}
                </Badge>
              ))}
            </Group>
          </div>
          {experiment.data.deletedAt && (
            <Alert color="orange" variant="light">
              This experiment was deleted through MLflow, with its runs: they are hidden until it is restored. Restore it from the project&apos;s Experiments tab, or with MLflow&apos;s experiments/restore.
            </Alert>
          )}
          <RunsTable projectId={project.data.id} projectRef={project.data.slug} experimentId={experiment.data.id} experimentName={experiment.data.name} />
        </Stack>
      )}
    </QueryState>
  );
}
