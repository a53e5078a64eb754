import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { LifecycleApiError } from "@lifecycle/client";
import { STAGE_LABELS, type GateResult, type StageBoard, type TransitionKind } from "@lifecycle/domain";
import { useState } from "react";
import { errorMessage } from "../../../lib/form-errors";
import { useTransitionProject } from "../api/transition-project";
import { GateChecks } from "./GateChecks";

type Option = StageBoard["transitions"][number];

function actionLabel(option: Option, iteration: number): string {
  switch (option.kind as TransitionKind) {
    case "ADVANCE":
      return `Advance to ${STAGE_LABELS[option.to]}`;
    case "LOOP":
      return `Start iteration ${iteration + 1} at ${STAGE_LABELS[option.to]}`;
    case "RETURN":
      return `Return to ${STAGE_LABELS[option.to]}`;
  }
}

interface PendingMove {
  option: Option;
  /** Failed gate checks to override; absent for a plain return. */
  gate?: GateResult;
}

/** The moves allowed from the current stage; an unmet gate asks for an override reason. */
export function TransitionActions({ projectId, board }: { projectId: string; board: StageBoard }) {
  const transition = useTransitionProject(projectId);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const currentGate = board.stages.find((stage) => stage.isCurrent)?.gate;

  const move = async (option: Option, override: boolean, moveReason?: string) => {
    setError(null);
    try {
      await transition.mutateAsync({
        to: option.to,
        version: board.version,
        override,
        ...(moveReason?.trim() ? { reason: moveReason.trim() } : {}),
      });
      setPending(null);
      setReason("");
    } catch (caught) {
      if (caught instanceof LifecycleApiError && caught.code === "STAGE_GATE_UNMET" && currentGate) {
        setPending({ option, gate: currentGate });
      } else {
        setError(errorMessage(caught));
      }
    }
  };

  const choose = (option: Option) => {
    if (option.gated && currentGate && !currentGate.passed) setPending({ option, gate: currentGate });
    else if (!option.gated) setPending({ option });
    else void move(option, false);
  };

  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <Group gap="xs">
        {board.transitions.map((option) => (
          <Button
            key={`${option.kind}-${option.to}`}
            variant={option.kind === "RETURN" ? "default" : "filled"}
            color={option.gated && currentGate && !currentGate.passed ? "orange" : undefined}
            onClick={() => choose(option)}
            loading={transition.isPending && transition.variables?.to === option.to}
          >
            {actionLabel(option, board.iteration)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={pending ? actionLabel(pending.option, board.iteration) : ""}
        size="lg"
      >
        {pending && (
          <Stack>
            {pending.gate ? (
              <>
                <Text size="sm">The gate is not met. You can still move on by overriding it; the reason and the failed checks are kept in the audit trail.</Text>
                <GateChecks gate={pending.gate} />
              </>
            ) : (
              <Text size="sm">Going back reopens {STAGE_LABELS[pending.option.to]} for rework.</Text>
            )}
            <Textarea
              label={pending.gate ? "Reason for the override" : "Reason (optional)"}
              required={!!pending.gate}
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                Cancel
              </Button>
              <Button
                color={pending.gate ? "orange" : undefined}
                disabled={!!pending.gate && !reason.trim()}
                loading={transition.isPending}
                onClick={() => void move(pending.option, !!pending.gate, reason)}
              >
                {pending.gate ? "Override and move" : "Move"}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
