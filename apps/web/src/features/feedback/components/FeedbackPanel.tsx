import { Badge, Button, Group, NativeSelect, Pagination, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { SCORE_SOURCE_LABELS, type ScoreConfig } from "@lifecycle/domain";
import { useState } from "react";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { Sparkline } from "../../../components/ui/Sparkline";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useDeployments } from "../../deployments/api/get-deployments";
import { SCORES_PAGE_SIZE, useScores, useScoreSummary } from "../api/get-scores";
import { useScoreConfigs } from "../api/get-score-configs";
import { AnnotationQueuesCard } from "./AnnotationQueuesCard";
import { PreferencesCard } from "./PreferencesCard";
import { ScoreConfigModal } from "./ScoreConfigModal";

/** One config's last 7 days on a deployment: how many scores, their mean and its trend, or the options' counts. */
function ConfigTrend({ projectId, deploymentId, config }: { projectId: string; deploymentId: string; config: ScoreConfig }) {
  const summary = useScoreSummary(projectId, deploymentId, config.name, "7d");
  const windows = summary.data?.windows ?? [];
  const count = windows.reduce((sum, window) => sum + window.count, 0);
  const means = windows.flatMap((window) => (window.mean === null ? [] : [window.mean]));
  const weighted = count ? windows.reduce((sum, window) => sum + (window.mean ?? 0) * window.count, 0) / count : null;
  const options = windows.reduce<Record<string, number>>((totals, window) => {
    for (const [option, n] of Object.entries(window.counts)) totals[option] = (totals[option] ?? 0) + n;
    return totals;
  }, {});
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{config.name}</Text>
        <Text size="xs" c="dimmed">
          {config.type.toLowerCase()}
          {config.type === "NUMERIC" && config.min !== null && config.max !== null ? ` ${config.min}–${config.max}` : ""}
          {config.description ? ` · ${config.description}` : ""}
        </Text>
      </Table.Td>
      <Table.Td>{formatNumber(count)}</Table.Td>
      <Table.Td>
        {config.type === "CATEGORICAL"
          ? Object.entries(options)
              .map(([option, n]) => `${option} ${n}`)
              .join(" · ") || "–"
          : weighted === null || config.type === "TEXT"
            ? "–"
            : config.type === "BOOLEAN"
              ? `${formatNumber(Math.round(weighted * 1000) / 10)} % yes`
              : formatNumber(Math.round(weighted * 100) / 100)}
      </Table.Td>
      <Table.Td>
        <Sparkline values={means} label={`Mean ${config.name} over the last 7 days`} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The Feedback tab: score configs, each one's trend on a deployment, the scores; pairwise preferences and annotation queues. */
export function FeedbackPanel({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const configs = useScoreConfigs(projectId);
  const deployments = useDeployments(projectId, { includeRetired: false, page: 1 });
  const [deploymentId, setDeploymentId] = useState<string | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const items = deployments.data?.items ?? [];
  const chosen = items.find((deployment) => deployment.id === deploymentId) ?? items[0];
  const scores = useScores(projectId, chosen?.id ?? "", filter, page);
  return (
    <Stack>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Score configs">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5">
            Score configs
          </Title>
          {canEdit && <Button onClick={() => setCreating(true)}>New score config</Button>}
        </Group>
        <QueryState isPending={configs.isPending || deployments.isPending} error={configs.error ?? deployments.error} hasData={configs.data !== undefined} onRetry={() => void configs.refetch()} label="the score configs">
          {configs.data?.items.length === 0 ? (
            <EmptyHint title="No score configs yet">Define what a score means (helpfulness 1–5, a verdict, a thumbs up), then send scores to POST …/deployments/{"{id}"}/scores.</EmptyHint>
          ) : !chosen ? (
            <EmptyHint title="No deployment yet">Scores are given to a deployment&apos;s predictions: create one on the Deployments tab.</EmptyHint>
          ) : (
            <Stack>
              <NativeSelect label="Deployment" value={chosen.id} onChange={(event) => setDeploymentId(event.currentTarget.value)} data={items.map((deployment) => ({ value: deployment.id, label: deployment.name }))} w={260} />
              <Table aria-label="Scores by config, last 7 days">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Config</Table.Th>
                    <Table.Th>Scores (7 days)</Table.Th>
                    <Table.Th>Mean</Table.Th>
                    <Table.Th>Trend</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {configs.data?.items.map((config) => (
                    <ConfigTrend key={config.id} projectId={projectId} deploymentId={chosen.id} config={config} />
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </QueryState>
      </Paper>
      {chosen && (
        <Paper withBorder p="md" radius="md" component="section" aria-label="Scores">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              Scores
            </Title>
            <NativeSelect
              aria-label="Config"
              value={filter ?? ""}
              onChange={(event) => {
                setFilter(event.currentTarget.value || null);
                setPage(1);
              }}
              data={[{ value: "", label: "Every config" }, ...(configs.data?.items ?? []).map((config) => ({ value: config.name, label: config.name }))]}
            />
          </Group>
          <QueryState isPending={scores.isPending} error={scores.error} hasData={scores.data !== undefined} onRetry={() => void scores.refetch()} label="the scores">
            {scores.data?.total === 0 ? (
              <EmptyHint title="No scores yet" />
            ) : (
              <Table aria-label="Scores">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Config</Table.Th>
                    <Table.Th>Value</Table.Th>
                    <Table.Th>Prediction</Table.Th>
                    <Table.Th>From</Table.Th>
                    <Table.Th>Comment</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {scores.data?.items.map((score) => (
                    <Table.Tr key={score.id}>
                      <Table.Td>{formatDateTime(score.timestamp)}</Table.Td>
                      <Table.Td>{score.config}</Table.Td>
                      <Table.Td>{String(score.value)}</Table.Td>
                      <Table.Td>{score.predictionId ?? "the deployment"}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" size="sm">
                          {SCORE_SOURCE_LABELS[score.source]}
                        </Badge>{" "}
                        <Text span size="xs">
                          {score.author}
                        </Text>
                      </Table.Td>
                      <Table.Td>{score.comment ?? ""}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {(scores.data?.total ?? 0) > SCORES_PAGE_SIZE && <Pagination total={Math.ceil(scores.data!.total / SCORES_PAGE_SIZE)} value={page} onChange={setPage} size="sm" mt="xs" />}
          </QueryState>
        </Paper>
      )}
      <PreferencesCard projectId={projectId} canEdit={canEdit} />
      <AnnotationQueuesCard projectId={projectId} canEdit={canEdit} />
      {creating && <ScoreConfigModal projectId={projectId} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
