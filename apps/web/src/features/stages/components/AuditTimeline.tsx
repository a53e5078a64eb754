import { Badge, Group, Pagination, Stack, Text, Timeline } from "@mantine/core";
import { STAGE_LABELS } from "@lifecycle/domain";
import { useState } from "react";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { formatDateTime } from "../../../lib/format";
import { TRANSITIONS_PAGE_SIZE, useTransitions } from "../api/get-transitions";

const KIND_LABEL = { ADVANCE: "Advanced", LOOP: "Looped back", RETURN: "Returned" } as const;

export function AuditTimeline({ projectId }: { projectId: string }) {
  const [page, setPage] = useState(1);
  const transitions = useTransitions(projectId, page);
  const total = transitions.data?.total ?? 0;

  return (
    <QueryState isPending={transitions.isPending} error={transitions.error} hasData={transitions.data !== undefined} onRetry={() => void transitions.refetch()} label="the audit trail">
      {total === 0 ? (
        <EmptyHint title="No stage moves yet">Every move between stages is recorded here with who, when, why and the gate's checks.</EmptyHint>
      ) : (
        <Stack>
          <Timeline bulletSize={18} lineWidth={2} aria-label="Audit trail">
            {transitions.data?.items.map((entry) => (
              <Timeline.Item
                key={entry.id}
                color={entry.override ? "orange" : entry.kind === "RETURN" ? "gray" : "blue"}
                title={
                  <Group gap="xs">
                    <Text size="sm" fw={500}>
                      {KIND_LABEL[entry.kind]} {STAGE_LABELS[entry.fromStage]} → {STAGE_LABELS[entry.toStage]}
                    </Text>
                    {entry.override && (
                      <Badge color="orange" size="xs">
                        Override
                      </Badge>
                    )}
                    {entry.toIteration !== entry.fromIteration && (
                      <Badge color="grape" size="xs">
                        Iteration {entry.toIteration}
                      </Badge>
                    )}
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(entry.createdAt)} · {entry.actor}
                </Text>
                {entry.reason && <Text size="sm">“{entry.reason}”</Text>}
                {entry.gate && !entry.gate.passed && (
                  <Text size="xs" c="orange">
                    Unmet: {entry.gate.checks.filter((check) => !check.passed).map((check) => check.label).join(", ")}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
          {total > TRANSITIONS_PAGE_SIZE && <Pagination total={Math.ceil(total / TRANSITIONS_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}
    </QueryState>
  );
}
