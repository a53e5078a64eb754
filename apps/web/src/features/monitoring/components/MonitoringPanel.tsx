import { Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useSearchParams } from "react-router";
import { useState } from "react";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { useDeployments } from "../../deployments/api/get-deployments";
import { useBaselines } from "../api/get-baselines";
import { useDrift } from "../api/get-drift";
import { useTraffic } from "../api/get-traffic";
import { usePerformance } from "../api/get-performance";
import { PerformanceCard } from "./PerformanceCard";
import { isSpan, SPANS, type SpanKey } from "../api/spans";
import { useMonitors } from "../api/get-monitors";
import { AlertsCard } from "./AlertsCard";
import { BaselinesCard } from "./BaselinesCard";
import { MonitorsCard } from "./MonitorsCard";
import { DriftHeatmap, type Cell } from "./DriftHeatmap";
import { FeatureHistogram } from "./FeatureHistogram";
import { TrafficSummary } from "./TrafficSummary";

/** One deployment's production: traffic, drift against the active baseline, and the baselines. */
function DeploymentMonitoring({ projectId, deploymentId, span, canEdit }: { projectId: string; deploymentId: string; span: SpanKey; canEdit: boolean }) {
  const traffic = useTraffic(projectId, deploymentId, span);
  const performance = usePerformance(projectId, deploymentId, span);
  const drift = useDrift(projectId, deploymentId, span);
  const baselines = useBaselines(projectId, deploymentId);
  const monitors = useMonitors(projectId, deploymentId);
  const [selected, setSelected] = useState<Cell | null>(null);
  const active = baselines.data?.items.find((baseline) => baseline.active);
  const report = drift.data;
  const window = selected && report ? report.windows[selected.window] : undefined;
  const selectedDrift = window && selected ? (selected.feature === "prediction" ? window.prediction : window.features[selected.feature]) : undefined;
  const selectedReference = selected && active ? (selected.feature === "prediction" ? active.prediction : active.features.find((feature) => feature.name === selected.feature)) : undefined;
  return (
    <Stack>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Traffic">
        <Title order={3} size="h5" mb="xs">
          Traffic
        </Title>
        <QueryState isPending={traffic.isPending} error={traffic.error} hasData={traffic.data !== undefined} onRetry={() => void traffic.refetch()} label="the traffic">
          {traffic.data && <TrafficSummary report={traffic.data} />}
        </QueryState>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Drift">
        <Title order={3} size="h5" mb="xs">
          Drift {report?.baseline ? <Text span size="sm" c="dimmed">against {report.baseline.name}</Text> : null}
        </Title>
        <QueryState isPending={drift.isPending} error={drift.error} hasData={drift.data !== undefined} onRetry={() => void drift.refetch()} label="the drift">
          {report && !report.baseline ? (
            <EmptyHint title="No active baseline">Drift is measured against a baseline: upload the training split below, or make one active.</EmptyHint>
          ) : report ? (
            <Stack>
              <DriftHeatmap report={report} selected={selected} onSelect={setSelected} daily={span === "30d"} />
              {selected && selectedDrift && selectedReference && window ? (
                <FeatureHistogram feature={selected.feature} reference={selectedReference} drift={selectedDrift} windowLabel={new Date(window.from).toLocaleString()} />
              ) : (
                <Text size="sm" c="dimmed">
                  Choose a cell to compare that window&apos;s histogram with the reference.
                </Text>
              )}
            </Stack>
          ) : null}
        </QueryState>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Production metrics">
        <Title order={3} size="h5" mb="xs">
          Production metrics
        </Title>
        <QueryState isPending={performance.isPending} error={performance.error} hasData={performance.data !== undefined} onRetry={() => void performance.refetch()} label="the production metrics">
          {performance.data && <PerformanceCard report={performance.data} />}
        </QueryState>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Monitors">
        <QueryState isPending={monitors.isPending} error={monitors.error} hasData={monitors.data !== undefined} onRetry={() => void monitors.refetch()} label="the monitors">
          {monitors.data && <MonitorsCard projectId={projectId} deploymentId={deploymentId} monitors={monitors.data.items} features={active?.features.map((feature) => feature.name) ?? []} canEdit={canEdit} />}
        </QueryState>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Baselines">
        <QueryState isPending={baselines.isPending} error={baselines.error} hasData={baselines.data !== undefined} onRetry={() => void baselines.refetch()} label="the baselines">
          {baselines.data && <BaselinesCard projectId={projectId} deploymentId={deploymentId} baselines={baselines.data.items} canEdit={canEdit} />}
        </QueryState>
      </Paper>
    </Stack>
  );
}

/** The Monitoring tab: a deployment and a span chosen (kept in the URL), then its traffic and drift. */
export function MonitoringPanel({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const [params, setParams] = useSearchParams();
  const deployments = useDeployments(projectId, { includeRetired: false, page: 1 });
  const items = deployments.data?.items ?? [];
  const chosen = items.find((deployment) => deployment.id === params.get("deployment")) ?? items[0];
  const spanParam = params.get("span");
  const span: SpanKey = isSpan(spanParam) ? spanParam : "24h";
  const choose = (key: "deployment" | "span", value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return (
    <QueryState isPending={deployments.isPending} error={deployments.error} hasData={deployments.data !== undefined} onRetry={() => void deployments.refetch()} label="the deployments">
      {!chosen ? (
        <EmptyHint title="Nothing to monitor yet">Create a deployment on the Deployments tab, then send its inference records to POST …/deployments/{"{id}"}/records (or with the client&apos;s monitor()).</EmptyHint>
      ) : (
        <Stack>
          <Group>
            <NativeSelect
              label="Deployment"
              value={chosen.id}
              onChange={(event) => choose("deployment", event.currentTarget.value)}
              data={items.map((deployment) => ({ value: deployment.id, label: `${deployment.name} (${deployment.environment.toLowerCase()})` }))}
            />
            <NativeSelect label="Span" value={span} onChange={(event) => choose("span", event.currentTarget.value)} data={Object.entries(SPANS).map(([value, { label }]) => ({ value, label }))} />
          </Group>
          <Paper withBorder p="md" radius="md" component="section" aria-label="Alerts">
            <AlertsCard projectId={projectId} canEdit={canEdit} />
          </Paper>
          <DeploymentMonitoring key={chosen.id} projectId={projectId} deploymentId={chosen.id} span={span} canEdit={canEdit} />
        </Stack>
      )}
    </QueryState>
  );
}
