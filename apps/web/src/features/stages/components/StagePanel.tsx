import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { STAGE_STATUSES, type ProjectStage, type StageBoard, type StageStatus } from "@lifecycle/domain";
import { useEffect, useState } from "react";
import { StageStatusBadge } from "../../../components/ui/StatusBadges";
import { formatDateTime } from "../../../lib/format";
import { useUpdateStage } from "../api/update-stage";
import { Checklist } from "./Checklist";
import { GateChecks } from "./GateChecks";
import { TransitionActions } from "./TransitionActions";

const STATUS_OPTIONS = STAGE_STATUSES.map((status) => ({ value: status, label: status.replace("_", " ").toLowerCase().replace(/^\w/, (c) => c.toUpperCase()) }));

interface StagePanelProps {
  projectId: string;
  board: StageBoard;
  stage: ProjectStage;
  /** Contributors edit notes, status and checklist. */
  canEdit: boolean;
  /** Leads move the project between stages. */
  canMove: boolean;
}

export function StagePanel({ projectId, board, stage, canEdit, canMove }: StagePanelProps) {
  const updateStage = useUpdateStage(projectId);
  const [notes, setNotes] = useState(stage.notes ?? "");
  useEffect(() => setNotes(stage.notes ?? ""), [stage.stage, stage.notes]);

  return (
    <Stack gap="md" aria-label={`${stage.label} stage`}>
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={2} size="h3">
            {stage.label}
          </Title>
          <StageStatusBadge status={stage.status} />
          {stage.isCurrent && <Badge variant="filled">Current stage</Badge>}
        </Group>
        <Text size="xs" c="dimmed">
          Started {formatDateTime(stage.startedAt)} · Ended {formatDateTime(stage.endedAt)}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder radius="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3} size="h5">
                Gate to leave {stage.label}
              </Title>
              <Badge color={stage.gate.passed ? "green" : "red"} variant="light">
                {stage.gate.passed ? "Met" : "Not met"}
              </Badge>
            </Group>
            <GateChecks gate={stage.gate} />
            {stage.isCurrent && canMove && <TransitionActions projectId={projectId} board={board} />}
            {stage.isCurrent && !canMove && (
              <Text size="xs" c="dimmed">
                Only a lead moves the project to another stage.
              </Text>
            )}
          </Stack>
        </Card>
        <Card withBorder radius="md">
          <Stack gap="sm">
            <Title order={3} size="h5">
              Checklist
            </Title>
            <Checklist projectId={projectId} stage={stage.stage} items={stage.checklist} canEdit={canEdit} />
          </Stack>
        </Card>
      </SimpleGrid>
      <Card withBorder radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={3} size="h5">
              Notes
            </Title>
            <Select
              label="Stage status"
              data={STATUS_OPTIONS}
              value={stage.status}
              allowDeselect={false}
              disabled={!canEdit}
              w={180}
              onChange={(value) => value && updateStage.mutate({ stage: stage.stage, body: { status: value as StageStatus } })}
            />
          </Group>
          <Textarea aria-label={`${stage.label} notes`} readOnly={!canEdit} autosize minRows={3} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} placeholder="Decisions, open questions, links…" />
          <Group justify="flex-end" display={canEdit ? undefined : "none"}>
            {updateStage.error && (
              <Text size="sm" c="red" role="alert">
                {updateStage.error.message}
              </Text>
            )}
            <Button
              variant="light"
              disabled={notes === (stage.notes ?? "")}
              loading={updateStage.isPending}
              onClick={() => updateStage.mutate({ stage: stage.stage, body: { notes } })}
            >
              Save notes
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
