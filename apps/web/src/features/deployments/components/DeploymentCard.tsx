import { Anchor, Badge, Button, Group, Pagination, Paper, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { DEPLOYMENT_TARGET_LABELS, statusMovesFrom, type Deployment, type DeploymentStatus } from "@lifecycle/domain";
import { useState } from "react";
import { Link } from "react-router";
import { QueryState } from "../../../components/ui/QueryState";
import { formatDateTime } from "../../../lib/format";
import { EVENTS_PAGE_SIZE, useDeploymentEvents } from "../api/get-deployment-events";
import { DeploymentActionModal, type DeploymentAction } from "./DeploymentActionModal";
import { ShiftTrafficModal } from "./ShiftTrafficModal";
import { servedBy, TrafficBar } from "./TrafficBar";

const STATUS_COLORS: Record<DeploymentStatus, string> = { PLANNED: "gray", DEPLOYING: "blue", LIVE: "green", DEGRADED: "orange", ROLLED_BACK: "yellow", FAILED: "red", RETIRED: "dark" };
const ENV_COLORS = { DEV: "gray", STAGING: "cyan", PRODUCTION: "grape" } as const;

export function DeploymentStatusBadge({ status }: { status: DeploymentStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {status.toLowerCase().replace("_", " ")}
    </Badge>
  );
}

const capacityText = (capacity: Deployment["capacity"]) =>
  Object.entries(capacity)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key} ${value}`)
    .join(" · ");

/** One deployment: where it serves, its status, its traffic split, its variants, actions and timeline. */
export function DeploymentCard({ projectId, projectRef, deployment, canEdit, isLead }: { projectId: string; projectRef: string; deployment: Deployment; canEdit: boolean; isLead: boolean }) {
  const [action, setAction] = useState<DeploymentAction | null>(null);
  const [shifting, setShifting] = useState(false);
  const [showEvents, setShowEvents] = useState(false);
  const retired = deployment.status === "RETIRED";
  const movable = statusMovesFrom(deployment.status).filter((status) => status !== "RETIRED").length > 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`Deployment ${deployment.name}`}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={3} size="h4">
              {deployment.name}
            </Title>
            <Badge color={ENV_COLORS[deployment.environment]} variant="outline">
              {deployment.environment.toLowerCase()}
            </Badge>
            <DeploymentStatusBadge status={deployment.status} />
          </Group>
          <Text size="xs" c="dimmed">
            {[DEPLOYMENT_TARGET_LABELS[deployment.target], deployment.schedule && `runs ${deployment.schedule}`, deployment.endpointUrl, deployment.externalRef, capacityText(deployment.capacity)].filter(Boolean).join(" · ")}
          </Text>
        </Stack>
        {canEdit && !retired && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setShifting(true)}>
              Shift traffic
            </Button>
            <Button size="xs" variant="default" disabled={!movable} onClick={() => setAction({ kind: "status" })} aria-label={`Change the status of ${deployment.name}`}>
              Change status
            </Button>
            <Button size="xs" variant="default" onClick={() => setAction({ kind: "rollback" })} aria-label={`Roll back ${deployment.name}`}>
              Roll back
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setAction({ kind: "status", retire: true })} aria-label={`Retire ${deployment.name}`}>
              Retire
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap="xs" mt="sm">
        <TrafficBar variants={deployment.variants} />
        <Table aria-label={`Variants of ${deployment.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Variant</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Serves</Table.Th>
              <Table.Th ta="right">Share</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deployment.variants.map((variant) => (
              <Table.Tr key={variant.name}>
                <Table.Td>{variant.name}</Table.Td>
                <Table.Td>{variant.role.toLowerCase()}</Table.Td>
                <Table.Td>
                  {variant.modelVersion ? (
                    <Group gap={6}>
                      <Anchor component={Link} to={`/projects/${projectRef}/models/${variant.modelVersion.modelId}/versions/${variant.modelVersion.version}`}>
                        {servedBy(variant)}
                      </Anchor>
                      <Badge size="xs" variant="light" color={variant.modelVersion.approval === "APPROVED" ? "green" : "orange"}>
                        {variant.modelVersion.approval.toLowerCase()}
                      </Badge>
                    </Group>
                  ) : (
                    servedBy(variant)
                  )}
                </Table.Td>
                <Table.Td ta="right">{variant.role === "SHADOW" ? `samples ${variant.samplingPercent} %` : `${variant.trafficPercent} %`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Created {formatDateTime(deployment.createdAt)}
            {deployment.createdBy ? ` by ${deployment.createdBy}` : ""} · changed {formatDateTime(deployment.updatedAt)}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={() => setShowEvents((shown) => !shown)} aria-expanded={showEvents}>
            {showEvents ? "Hide timeline" : "Timeline"}
          </Button>
        </Group>
        {showEvents && <DeploymentEvents projectId={projectId} deploymentId={deployment.id} />}
      </Stack>
      {shifting && <ShiftTrafficModal projectId={projectId} deployment={deployment} isLead={isLead} onClose={() => setShifting(false)} />}
      {action && <DeploymentActionModal projectId={projectId} deployment={deployment} action={action} onClose={() => setAction(null)} />}
    </Paper>
  );
}

const EVENT_TITLES = { CREATED: "Created", STATUS_CHANGED: "Status changed", TRAFFIC_SHIFTED: "Traffic shifted", ROLLED_BACK: "Rolled back" } as const;

function DeploymentEvents({ projectId, deploymentId }: { projectId: string; deploymentId: string }) {
  const [page, setPage] = useState(1);
  const events = useDeploymentEvents(projectId, deploymentId, page);
  const total = events.data?.total ?? 0;
  return (
    <QueryState isPending={events.isPending} error={events.error} hasData={events.data !== undefined} onRetry={() => void events.refetch()} label="the timeline">
      <Stack gap="xs">
        <Timeline bulletSize={14} lineWidth={2} aria-label="Deployment timeline">
          {events.data?.items.map((event) => (
            <Timeline.Item
              key={event.id}
              color={event.override ? "orange" : event.kind === "ROLLED_BACK" ? "yellow" : "indigo"}
              title={
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {EVENT_TITLES[event.kind]}
                    {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus ? `: ${event.fromStatus.toLowerCase()} → ${event.toStatus.toLowerCase()}` : ""}
                  </Text>
                  {event.override && (
                    <Badge color="orange" size="xs">
                      Override
                    </Badge>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(event.createdAt)} · {event.actor}
              </Text>
              {event.variants && (
                <Text size="xs">
                  {event.variants.map((variant) => `${variant.name} ${variant.role === "SHADOW" ? `shadow ${variant.samplingPercent} %` : `${variant.trafficPercent} %`} (${servedBy(variant)})`).join(" · ")}
                </Text>
              )}
              {event.reason && <Text size="sm">“{event.reason}”</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
        {total > EVENTS_PAGE_SIZE && <Pagination total={Math.ceil(total / EVENTS_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
      </Stack>
    </QueryState>
  );
}
