import { Badge } from "@mantine/core";
import type { KpiRollup, KpiStatus, ProjectStatus, StageStatus } from "@lifecycle/domain";

const KPI_LOOK: Record<KpiRollup | KpiStatus, { color: string; label: string }> = {
  MET: { color: "green", label: "Met" },
  ON_TRACK: { color: "blue", label: "On track" },
  AT_RISK: { color: "red", label: "At risk" },
  NO_DATA: { color: "gray", label: "No data" },
  NO_KPIS: { color: "gray", label: "No KPIs" },
};

export function KpiStatusBadge({ status }: { status: KpiRollup | KpiStatus }) {
  const look = KPI_LOOK[status];
  return (
    <Badge color={look.color} variant="light" size="sm">
      {look.label}
    </Badge>
  );
}

const STAGE_STATUS_LOOK: Record<StageStatus, { color: string; label: string }> = {
  NOT_STARTED: { color: "gray", label: "Not started" },
  IN_PROGRESS: { color: "blue", label: "In progress" },
  DONE: { color: "green", label: "Done" },
  BLOCKED: { color: "orange", label: "Blocked" },
};

export function StageStatusBadge({ status }: { status: StageStatus }) {
  const look = STAGE_STATUS_LOOK[status];
  return (
    <Badge color={look.color} variant="dot" size="sm">
      {look.label}
    </Badge>
  );
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  if (status === "ACTIVE") return null;
  return (
    <Badge color={status === "CLOSED" ? "dark" : "gray"} variant="outline" size="sm">
      {status === "CLOSED" ? "Closed" : "Archived"}
    </Badge>
  );
}
