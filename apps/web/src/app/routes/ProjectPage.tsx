import { Anchor, Badge, Breadcrumbs, Button, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { hasRole, type Project, type Stage } from "@lifecycle/domain";
import { useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ConfirmModal } from "../../components/ui/ConfirmModal";
import { QueryState } from "../../components/ui/QueryState";
import { KpiStatusBadge, ProjectStatusBadge } from "../../components/ui/StatusBadges";
import { useMe } from "../../features/auth/api/auth";
import { DataSetsPanel } from "../../features/data-sets/components/DataSetsPanel";
import { DeploymentsPanel } from "../../features/deployments/components/DeploymentsPanel";
import { MonitoringPanel } from "../../features/monitoring/components/MonitoringPanel";
import { alertsText } from "../../features/projects/components/ProjectCard";
import { FitThresholdsForm } from "../../features/evaluations/components/FitThresholdsForm";
import { ExperimentsPanel } from "../../features/experiments/components/ExperimentsPanel";
import { FramingForm } from "../../features/framing/components/FramingForm";
import { useKpis } from "../../features/kpis/api/get-kpis";
import { MembersPanel } from "../../features/members/components/MembersPanel";
import { WebhooksPanel } from "../../features/webhooks/components/WebhooksPanel";
import { IterationTimeline } from "../../features/iterations/components/IterationTimeline";
import { FeedbackPanel } from "../../features/feedback/components/FeedbackPanel";
import { KpiCards } from "../../features/kpis/components/KpiCards";
import { useDeleteProject } from "../../features/projects/api/delete-project";
import { ModelsPanel } from "../../features/registry/components/ModelsPanel";
import { useProject } from "../../features/projects/api/get-project";
import { ProjectDetailsModal } from "../../features/projects/components/ProjectDetailsModal";
import { useStageBoard } from "../../features/stages/api/get-stage-board";
import { AuditTimeline } from "../../features/stages/components/AuditTimeline";
import { StagePanel } from "../../features/stages/components/StagePanel";
import { StageStepper } from "../../features/stages/components/StageStepper";
import { NotFoundPage } from "./NotFoundPage";
import { LifecycleApiError } from "@lifecycle/client";
import { useDocumentTitle } from "../../lib/document-title";

const TABS = ["kpis", "framing", "data", "experiments", "models", "deployments", "monitoring", "feedback", "iterations", "audit", "members", "webhooks"] as const;
type TabName = (typeof TABS)[number];
const isTab = (value: string | null): value is TabName => TABS.includes(value as TabName);

export function ProjectPage() {
  const { projectRef = "" } = useParams();
  const project = useProject(projectRef);
  useDocumentTitle(project.data?.name);
  if (project.error instanceof LifecycleApiError && project.error.status === 404) return <NotFoundPage what={`project "${projectRef}"`} />;
  return (
    <QueryState isPending={project.isPending} error={project.error} hasData={project.data !== undefined} onRetry={() => void project.refetch()} label="the project">
      {project.data && <ProjectView initial={project.data} />}
    </QueryState>
  );
}

function ProjectView({ initial }: { initial: Project }) {
  const projectId = initial.id;
  const navigate = useNavigate();
  const project = useProject(projectId, initial).data;
  const board = useStageBoard(projectId);
  const me = useMe().data;
  const kpis = useKpis(projectId);
  const deleteProject = useDeleteProject(projectId);
  const [selectedStage, setSelectedStage] = useState<Stage | null>(null);
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab");
  // The open tab lives in the URL (?tab=models), so a link or a reload shows the same view.
  const openTab = (value: string | null) => setParams(value && value !== "kpis" ? { tab: value } : {}, { replace: true });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  if (!project) return null;

  const canEdit = hasRole(project.myRole, "CONTRIBUTOR");
  const isLead = hasRole(project.myRole, "LEAD");
  const shownStage = board.data?.stages.find((stage) => stage.stage === (selectedStage ?? board.data?.currentStage));
  const kpiOptions = (kpis.data?.items ?? []).map((kpi) => ({ value: kpi.id, label: kpi.name }));

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/">
          Portfolio
        </Anchor>
        <Text>{project.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {project.name}
            </Title>
            <ProjectStatusBadge status={project.status} />
            <Badge variant="outline" color="grape">
              Iteration {project.iteration}
            </Badge>
            <KpiStatusBadge status={project.kpiSummary.status} />
            {project.openAlerts > 0 && (
              <Badge component="button" type="button" color="red" variant="light" style={{ cursor: "pointer" }} onClick={() => openTab("monitoring")}>
                ⚠ {alertsText(project.openAlerts)}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {project.owner ? `Owned by ${project.owner} · ` : ""}
            {project.businessGoal ? `Goal: ${project.businessGoal}` : "No business goal yet"}
          </Text>
        </Stack>
        <Group gap="xs">
          {canEdit && (
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit details
            </Button>
          )}
          {isLead && (
            <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          )}
        </Group>
      </Group>
      <QueryState isPending={board.isPending} error={board.error} hasData={board.data !== undefined} onRetry={() => void board.refetch()} label="the stages">
        {board.data && (
          <Stack gap="lg">
            <StageStepper board={board.data} selected={shownStage?.stage ?? board.data.currentStage} onSelect={setSelectedStage} />
            {shownStage && <StagePanel projectId={projectId} board={board.data} stage={shownStage} canEdit={canEdit} canMove={isLead} />}
          </Stack>
        )}
      </QueryState>
      <Tabs value={isTab(tab) ? tab : "kpis"} onChange={openTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="kpis">KPIs</Tabs.Tab>
          <Tabs.Tab value="framing">Problem framing</Tabs.Tab>
          <Tabs.Tab value="data">Data</Tabs.Tab>
          <Tabs.Tab value="experiments">Experiments</Tabs.Tab>
          <Tabs.Tab value="models">Models</Tabs.Tab>
          <Tabs.Tab value="deployments">Deployments</Tabs.Tab>
          <Tabs.Tab value="monitoring">Monitoring</Tabs.Tab>
          <Tabs.Tab value="feedback">Feedback</Tabs.Tab>
          <Tabs.Tab value="iterations">Iterations</Tabs.Tab>
          <Tabs.Tab value="audit">Audit trail</Tabs.Tab>
          <Tabs.Tab value="members">Members</Tabs.Tab>
          {isLead && <Tabs.Tab value="webhooks">Webhooks</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="kpis" pt="md">
          <KpiCards projectId={projectId} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="framing" pt="md">
          <FramingForm projectId={projectId} kpiOptions={kpiOptions} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="data" pt="md">
          <DataSetsPanel projectId={projectId} projectRef={project.slug} canEdit={canEdit} canDelete={isLead} />
        </Tabs.Panel>
        <Tabs.Panel value="experiments" pt="md">
          <Stack>
            <ExperimentsPanel projectId={projectId} canEdit={canEdit} canDelete={isLead} />
            <FitThresholdsForm projectId={projectId} canEdit={isLead} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="models" pt="md">
          <ModelsPanel projectId={projectId} projectRef={project.slug} canEdit={canEdit} isLead={isLead} />
        </Tabs.Panel>
        <Tabs.Panel value="deployments" pt="md">
          <DeploymentsPanel projectId={projectId} projectRef={project.slug} canEdit={canEdit} isLead={isLead} />
        </Tabs.Panel>
        <Tabs.Panel value="monitoring" pt="md">
          <MonitoringPanel projectId={projectId} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="feedback" pt="md">
          <FeedbackPanel projectId={projectId} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="iterations" pt="md">
          <IterationTimeline projectId={projectId} currentIteration={project.iteration} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <AuditTimeline projectId={projectId} />
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          <MembersPanel projectId={projectId} canManage={isLead} canAddDirectly={isLead && !!me?.isAdmin} />
        </Tabs.Panel>
        {isLead && (
          <Tabs.Panel value="webhooks" pt="md">
            <WebhooksPanel projectId={projectId} />
          </Tabs.Panel>
        )}
      </Tabs>
      <ProjectDetailsModal
        canChangeStatus={isLead}
        project={project}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={(saved) => saved.slug !== project.slug && navigate(`/projects/${saved.slug}`, { replace: true })}
      />
      <ConfirmModal
        opened={deleting}
        title="Delete project"
        message={`Delete "${project.name}" with its KPIs, framing, checklists and audit trail? This cannot be undone. Archiving keeps it instead.`}
        confirmLabel="Delete project"
        loading={deleteProject.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() => deleteProject.mutate(undefined, { onSuccess: () => navigate("/") })}
      />
    </Stack>
  );
}
