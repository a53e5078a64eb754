import { Button, Group, Pagination, Stack, Switch } from "@mantine/core";
import { useState } from "react";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { DEPLOYMENTS_PAGE_SIZE, useDeployments } from "../api/get-deployments";
import { DeploymentCard } from "./DeploymentCard";
import { DeploymentFormModal } from "./DeploymentFormModal";

/** The Deployments tab: where the project's models serve, production first. */
export function DeploymentsPanel({ projectId, projectRef, canEdit, isLead }: { projectId: string; projectRef: string; canEdit: boolean; isLead: boolean }) {
  const [includeRetired, setIncludeRetired] = useState(false);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const deployments = useDeployments(projectId, { includeRetired, page });
  const total = deployments.data?.total ?? 0;
  return (
    <Stack>
      <Group justify="space-between">
        <Switch
          label="Show retired"
          checked={includeRetired}
          onChange={(event) => {
            setIncludeRetired(event.currentTarget.checked);
            setPage(1);
          }}
        />
        {canEdit && <Button onClick={() => setCreating(true)}>New deployment</Button>}
      </Group>
      <QueryState isPending={deployments.isPending} error={deployments.error} hasData={deployments.data !== undefined} onRetry={() => void deployments.refetch()} label="the deployments">
        {total === 0 ? (
          <EmptyHint title="No deployments yet">
            Record where a model version serves: real-time, serverless, asynchronous, batch, on-premises or a managed foundation model. Production takes approved versions.
          </EmptyHint>
        ) : (
          <Stack>
            {deployments.data?.items.map((deployment) => (
              <DeploymentCard key={deployment.id} projectId={projectId} projectRef={projectRef} deployment={deployment} canEdit={canEdit} isLead={isLead} />
            ))}
            {total > DEPLOYMENTS_PAGE_SIZE && <Pagination total={Math.ceil(total / DEPLOYMENTS_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
          </Stack>
        )}
      </QueryState>
      {creating && <DeploymentFormModal projectId={projectId} isLead={isLead} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
