import { Anchor, Breadcrumbs, SimpleGrid, Stack, Text } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { hasRole } from "@lifecycle/domain";
import { Link, useParams } from "react-router";
import { QueryState } from "../../components/ui/QueryState";
import { useProject } from "../../features/projects/api/get-project";
import { useModelVersion } from "../../features/registry/api/get-model-versions";
import { ModelCardView, VersionEvidence, VersionFacts, VersionHeader, VersionLineage } from "../../features/registry/components/VersionDetails";
import { NotFoundPage } from "./NotFoundPage";
import { useDocumentTitle } from "../../lib/document-title";

export function ModelVersionPage() {
  const { projectRef = "", modelId = "", version = "" } = useParams();
  const number = Number(version);
  const project = useProject(projectRef);
  const projectId = project.data?.id ?? projectRef;
  const modelVersion = useModelVersion(projectId, modelId, number);
  useDocumentTitle(modelVersion.data && `${modelVersion.data.modelName} v${modelVersion.data.version}`, project.data?.name);
  const missing = !Number.isInteger(number) || number < 1 || [project.error, modelVersion.error].some((error) => error instanceof LifecycleApiError && (error.status === 404 || error.status === 400));
  if (missing) return <NotFoundPage what="such model version" />;
  return (
    <QueryState isPending={project.isPending || modelVersion.isPending} error={project.error ?? modelVersion.error} hasData={project.data !== undefined && modelVersion.data !== undefined} label="the model version">
      {project.data && modelVersion.data && (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/">
              Portfolio
            </Anchor>
            <Anchor component={Link} to={`/projects/${project.data.slug}?tab=models&model=${modelId}`}>
              {project.data.name} · Models
            </Anchor>
            <Text>
              {modelVersion.data.modelName} v{modelVersion.data.version}
            </Text>
          </Breadcrumbs>
          <VersionHeader projectId={project.data.id} version={modelVersion.data} isLead={hasRole(project.data.myRole, "LEAD")} />
          <VersionFacts version={modelVersion.data} />
          <VersionLineage projectRef={project.data.slug} version={modelVersion.data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <VersionEvidence version={modelVersion.data} />
            <ModelCardView version={modelVersion.data} />
          </SimpleGrid>
        </Stack>
      )}
    </QueryState>
  );
}
