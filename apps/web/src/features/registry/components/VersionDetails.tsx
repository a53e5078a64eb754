import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ModelVersion, ReviewModelVersionInput } from "@lifecycle/domain";
import { useState } from "react";
import { Link } from "react-router";
import { formatBytes, formatDateTime } from "../../../lib/format";
import { ReviewModal } from "./ReviewModal";
import { AliasBadges, ApprovalBadge } from "./registry-parts";

/** The header of a version's page: name, approval, aliases, and a lead's approve / reject. */
export function VersionHeader({ projectId, version, isLead }: { projectId: string; version: ModelVersion; isLead: boolean }) {
  const [reviewing, setReviewing] = useState<ReviewModelVersionInput["decision"] | null>(null);
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2">
            {version.modelName} v{version.version}
          </Title>
          <ApprovalBadge approval={version.approval} />
          <AliasBadges aliases={version.aliases} />
        </Group>
        {version.approval.status !== "PENDING" && (
          <Text size="sm" c="dimmed">
            {version.approval.status === "APPROVED" ? "Approved" : "Rejected"} by {version.approval.by ?? "—"} on {formatDateTime(version.approval.at)}
            {version.approval.reason ? `: “${version.approval.reason}”` : ""}
          </Text>
        )}
        {version.description && <Text size="sm">{version.description}</Text>}
      </Stack>
      {isLead && (
        <Group gap="xs">
          <Button color="green" variant="light" disabled={version.approval.status === "APPROVED"} onClick={() => setReviewing("APPROVED")}>
            Approve
          </Button>
          <Button color="red" variant="subtle" disabled={version.approval.status === "REJECTED"} onClick={() => setReviewing("REJECTED")}>
            Reject
          </Button>
        </Group>
      )}
      {reviewing && <ReviewModal projectId={projectId} version={version} decision={reviewing} onClose={() => setReviewing(null)} />}
    </Group>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ wordBreak: "break-word" }}>
        {children}
      </Text>
    </div>
  );
}

/** Where the version comes from: experiment → run → the data set version it was trained on. */
export function VersionLineage({ projectRef, version }: { projectRef: string; version: ModelVersion }) {
  const { evidence, dataSetVersion } = version;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Lineage">
      <Title order={3} size="h5" mb="xs">
        Lineage
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <Fact label="Experiment">
          {evidence.experimentId ? (
            <Anchor component={Link} to={`/projects/${projectRef}/experiments/${evidence.experimentId}`}>
              {evidence.experimentName ?? "experiment"}
            </Anchor>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label="Run">
          {version.runId ? (
            <Anchor component={Link} to={`/projects/${projectRef}/runs/${version.runId}`}>
              {evidence.runName ?? version.runId}
            </Anchor>
          ) : (
            (evidence.runName ?? "none: registered from an external source")
          )}
        </Fact>
        <Fact label="Trained on">
          {dataSetVersion ? (
            <Anchor component={Link} to={`/projects/${projectRef}?tab=data`}>
              {dataSetVersion.dataSetName} v{dataSetVersion.version}
            </Anchor>
          ) : (
            "no data set version recorded"
          )}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}

export function VersionFacts({ version }: { version: ModelVersion }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
      <Fact label="Source">
        <Text size="sm" ff="monospace">
          {version.source}
        </Text>
      </Fact>
      <Fact label="Format">{version.format ?? "—"}</Fact>
      <Fact label="Size">{formatBytes(version.sizeBytes)}</Fact>
      <Fact label="Approach">{version.approach?.replaceAll("_", " ") ?? "—"}</Fact>
      <Fact label="Base model">{version.baseModel ?? "—"}</Fact>
      <Fact label="Registered">
        {formatDateTime(version.createdAt)}
        {version.createdBy ? ` by ${version.createdBy}` : ""}
      </Fact>
      <Fact label="MLflow stage">{version.stage}</Fact>
      <Fact label="Tags">
        {Object.keys(version.tags).length === 0
          ? "—"
          : Object.entries(version.tags).map(([key, value]) => (
              <Badge key={key} variant="light" color="gray" tt="none" mr={4}>
                {key}: {value}
              </Badge>
            ))}
      </Fact>
    </SimpleGrid>
  );
}

/** What the version was (or will be) approved on, frozen at registration: test figures exactly as logged, fit, params. */
export function VersionEvidence({ version }: { version: ModelVersion }) {
  const { evidence, approval } = version;
  const metrics = Object.entries(evidence.testMetrics).sort(([a], [b]) => a.localeCompare(b));
  const params = Object.entries(evidence.params).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Evidence">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Evidence
        </Title>
        <Text size="xs" c="dimmed">
          frozen {formatDateTime(evidence.capturedAt)}
        </Text>
      </Group>
      <Text size="sm" mb="xs" c={approval.problems.length ? "orange" : "green"}>
        {approval.problems.length ? `Against the KPI-linked checks today: ${approval.problems.join("; ")}` : "Meets every KPI-linked check."}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Table aria-label="Test figures">
          <Table.Tbody>
            {metrics.length === 0 && (
              <Table.Tr>
                <Table.Td c="dimmed">No test evaluation</Table.Td>
              </Table.Tr>
            )}
            {metrics.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td>{key}</Table.Td>
                <Table.Td ff="monospace">{value === null ? "—" : String(value)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td>fit</Table.Td>
              <Table.Td>{evidence.fitVerdict ?? "—"}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Table aria-label="Params">
          <Table.Tbody>
            {params.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td>{key}</Table.Td>
                <Table.Td ff="monospace">{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Paper>
  );
}

export function ModelCardView({ version }: { version: ModelVersion }) {
  const entries = [
    ["Intended use", version.modelCard.intendedUse],
    ["Limitations", version.modelCard.limitations],
    ["Ethical considerations", version.modelCard.ethicalConsiderations],
    ["Notes", version.modelCard.notes],
  ] as const;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Model card">
      <Title order={3} size="h5" mb="xs">
        Model card
      </Title>
      <Stack gap="xs">
        {entries.map(([label, value]) => (
          <Fact key={label} label={label}>
            {value || <Text span c="dimmed" size="sm">not written</Text>}
          </Fact>
        ))}
      </Stack>
    </Paper>
  );
}
