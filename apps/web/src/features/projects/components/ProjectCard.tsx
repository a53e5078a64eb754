import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { Project } from "@lifecycle/domain";
import { Link } from "react-router";
import { KpiStatusBadge, ProjectStatusBadge } from "../../../components/ui/StatusBadges";
import { durationSince } from "../../../lib/format";

export const alertsText = (count: number) => `${count} open alert${count === 1 ? "" : "s"}`;

export function ProjectCard({ project }: { project: Project }) {
  const { kpiSummary, liveInProduction: live } = project;
  return (
    <Card
      component={Link}
      to={`/projects/${project.slug}`}
      withBorder
      padding="sm"
      radius="md"
      data-testid="project-card"
      className="mantine-focus-auto"
      aria-label={`${project.name}: KPIs ${kpiSummary.status.toLowerCase().replace("_", " ")}, iteration ${project.iteration}${project.openAlerts ? `, ${alertsText(project.openAlerts)}` : ""}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={600} size="sm" lineClamp={2}>
            {project.name}
          </Text>
          <ProjectStatusBadge status={project.status} />
        </Group>
        {project.owner && (
          <Text size="xs" c="dimmed">
            {project.owner}
          </Text>
        )}
        <Group gap={6}>
          <KpiStatusBadge status={kpiSummary.status} />
          {kpiSummary.total > 0 && (
            <Text size="xs" c="dimmed">
              {kpiSummary.met}/{kpiSummary.total} met
            </Text>
          )}
        </Group>
        {live && (
          <Text size="xs" c={live.status === "LIVE" ? "green.8" : "orange.8"} title={`Serving production in ${live.deploymentName} (${live.status.toLowerCase().replace("_", " ")})`}>
            ● Live: {live.modelName ?? "—"}
            {live.version !== null ? ` v${live.version}` : ""}
            {live.customization ? ` + ${live.customization}` : ""}
          </Text>
        )}
        {project.openAlerts > 0 && (
          <Badge color="red" variant="light" size="sm" w="fit-content">
            ⚠ {alertsText(project.openAlerts)}
          </Badge>
        )}
        <Group gap={6} justify="space-between">
          <Badge variant="outline" size="xs" color="grape">
            Iteration {project.iteration}
          </Badge>
          <Text size="xs" c="dimmed" title={`In this stage since ${new Date(project.stageEnteredAt).toLocaleString()}`}>
            {durationSince(project.stageEnteredAt)} in stage
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
