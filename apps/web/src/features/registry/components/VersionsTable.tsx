import { Anchor, Button, Checkbox, Group, Pagination, ScrollArea, Stack, Table, Text } from "@mantine/core";
import type { ModelVersion, RegisteredModel, ReviewModelVersionInput } from "@lifecycle/domain";
import { useState } from "react";
import { Link } from "react-router";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useModelVersions, VERSIONS_PAGE_SIZE } from "../api/get-model-versions";
import { CompareVersionsModal } from "./CompareVersionsModal";
import { ReviewModal } from "./ReviewModal";
import { AliasBadges, ApprovalBadge, testMetricKeys, versionPath } from "./registry-parts";

/** A model's versions with their evidence side by side: approval, aliases, test figures, fit, training data. */
export function VersionsTable({ projectId, projectRef, model, isLead }: { projectId: string; projectRef: string; model: RegisteredModel; isLead: boolean }) {
  const [page, setPage] = useState(1);
  const versions = useModelVersions(projectId, model.id, page);
  const [selected, setSelected] = useState<ModelVersion[]>([]);
  const [comparing, setComparing] = useState(false);
  const [reviewing, setReviewing] = useState<{ version: ModelVersion; decision: ReviewModelVersionInput["decision"] } | null>(null);
  const items = versions.data?.items ?? [];
  const metricKeys = testMetricKeys(items);
  const total = versions.data?.total ?? 0;
  const toggle = (version: ModelVersion) =>
    setSelected((current) => (current.some((item) => item.id === version.id) ? current.filter((item) => item.id !== version.id) : [...current, version].slice(-2)));

  return (
    <QueryState isPending={versions.isPending} error={versions.error} hasData={versions.data !== undefined} onRetry={() => void versions.refetch()} label="the versions">
      {total === 0 ? (
        <EmptyHint title="No versions yet">Register a run's model from its run page ("Register as model version"), or through the API or MLflow's register_model.</EmptyHint>
      ) : (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {total} version{total === 1 ? "" : "s"} · tick two to compare their evidence
            </Text>
            <Button size="xs" variant="light" disabled={selected.length !== 2} onClick={() => setComparing(true)}>
              Compare {selected.length === 2 ? `v${selected[0]!.version} and v${selected[1]!.version}` : "two versions"}
            </Button>
          </Group>
          <ScrollArea>
            <Table striped highlightOnHover aria-label={`Versions of ${model.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th aria-label="Select" />
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Approval</Table.Th>
                  <Table.Th>Aliases</Table.Th>
                  {metricKeys.map((key) => (
                    <Table.Th key={key} ta="right">
                      {key} (test)
                    </Table.Th>
                  ))}
                  <Table.Th>Fit</Table.Th>
                  <Table.Th>Trained on</Table.Th>
                  <Table.Th>Registered</Table.Th>
                  {isLead && <Table.Th>Review</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((version) => (
                  <Table.Tr key={version.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select v${version.version}`}
                        checked={selected.some((item) => item.id === version.id)}
                        onChange={() => toggle(version)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={versionPath(projectRef, model.id, version.version)} fw={600}>
                        v{version.version}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ApprovalBadge approval={version.approval} />
                    </Table.Td>
                    <Table.Td>
                      <AliasBadges aliases={version.aliases} />
                    </Table.Td>
                    {metricKeys.map((key) => (
                      <Table.Td key={key} ta="right" ff="monospace" title={String(version.evidence.testMetrics[key] ?? "")}>
                        {formatNumber(version.evidence.testMetrics[key])}
                      </Table.Td>
                    ))}
                    <Table.Td>{version.evidence.fitVerdict ?? "—"}</Table.Td>
                    <Table.Td>{version.dataSetVersion ? `${version.dataSetVersion.dataSetName} v${version.dataSetVersion.version}` : "—"}</Table.Td>
                    <Table.Td>
                      <Text size="xs">{formatDateTime(version.createdAt)}</Text>
                      {version.createdBy && (
                        <Text size="xs" c="dimmed">
                          {version.createdBy}
                        </Text>
                      )}
                    </Table.Td>
                    {isLead && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="light" color="green" disabled={version.approval.status === "APPROVED"} onClick={() => setReviewing({ version, decision: "APPROVED" })}>
                            Approve
                          </Button>
                          <Button size="compact-xs" variant="subtle" color="red" disabled={version.approval.status === "REJECTED"} onClick={() => setReviewing({ version, decision: "REJECTED" })}>
                            Reject
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          {total > VERSIONS_PAGE_SIZE && <Pagination total={Math.ceil(total / VERSIONS_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}
      {comparing && selected.length === 2 && <CompareVersionsModal versions={[selected[0]!, selected[1]!]} onClose={() => setComparing(false)} />}
      {reviewing && <ReviewModal projectId={projectId} version={reviewing.version} decision={reviewing.decision} onClose={() => setReviewing(null)} />}
    </QueryState>
  );
}
