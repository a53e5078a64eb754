import { Badge, Group, Tooltip } from "@mantine/core";
import type { ApprovalStatus, ModelVersion } from "@lifecycle/domain";

const APPROVAL_LOOK: Record<ApprovalStatus, { color: string; label: string }> = {
  PENDING: { color: "gray", label: "Pending" },
  APPROVED: { color: "green", label: "Approved" },
  REJECTED: { color: "red", label: "Rejected" },
};

/** Pending, approved (marked when a lead overrode the evidence) or rejected, with the reason on hover. */
export function ApprovalBadge({ approval }: { approval: Pick<ModelVersion["approval"], "status" | "override" | "reason"> }) {
  const look = APPROVAL_LOOK[approval.status];
  const badge = (
    <Badge color={approval.override ? "orange" : look.color} variant="light" size="sm">
      {look.label}
      {approval.override ? " (override)" : ""}
    </Badge>
  );
  return approval.reason ? (
    <Tooltip label={approval.reason} multiline w={280}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

export function AliasBadges({ aliases }: { aliases: readonly string[] }) {
  if (aliases.length === 0) return null;
  return (
    <Group gap={4}>
      {aliases.map((alias) => (
        <Badge key={alias} variant="outline" color="indigo" size="sm" tt="none">
          @{alias}
        </Badge>
      ))}
    </Group>
  );
}

/** The test figures a set of versions carries, in a stable order, for evidence columns. */
export function testMetricKeys(versions: readonly ModelVersion[], limit = 6): string[] {
  const keys = new Set<string>();
  for (const version of versions) for (const key of Object.keys(version.evidence.testMetrics)) keys.add(key);
  return [...keys].sort().slice(0, limit);
}

export const versionPath = (projectRef: string, modelId: string, version: number) => `/projects/${projectRef}/models/${modelId}/versions/${version}`;
