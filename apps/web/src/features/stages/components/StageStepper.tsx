import { Stepper } from "@mantine/core";
import type { Stage, StageBoard } from "@lifecycle/domain";
import { StageStatusBadge } from "../../../components/ui/StatusBadges";

/** The seven stages in order; the current one is active, any can be opened. */
export function StageStepper({ board, selected, onSelect }: { board: StageBoard; selected: Stage; onSelect: (stage: Stage) => void }) {
  const currentIndex = board.stages.findIndex((stage) => stage.isCurrent);
  return (
    <Stepper
      active={currentIndex}
      onStepClick={(index) => {
        const stage = board.stages[index];
        if (stage) onSelect(stage.stage);
      }}
      allowNextStepsSelect
      size="sm"
      wrap
      aria-label="Stages"
    >
      {board.stages.map((stage) => (
        <Stepper.Step
          key={stage.stage}
          label={stage.label}
          description={<StageStatusBadge status={stage.status} />}
          color={stage.status === "BLOCKED" ? "orange" : undefined}
          aria-current={stage.stage === selected ? "step" : undefined}
          data-stage={stage.stage}
          data-current={stage.isCurrent}
        />
      ))}
    </Stepper>
  );
}
