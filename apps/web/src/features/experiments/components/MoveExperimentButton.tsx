import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { hasRole, type Experiment } from "@lifecycle/domain";
import { useState } from "react";
import { useNavigate } from "react-router";
import { FormError } from "../../../components/ui/FormParts";
import { errorMessage } from "../../../lib/form-errors";
import { useMoveExperiment, useMoveTargets } from "../api/experiments";

/**
 * Moves an experiment with its runs and artifacts to another project where the
 * user contributes — how runs logged through MLflow leave the imports project.
 */
export function MoveExperimentButton({ projectId, experiment }: { projectId: string; experiment: Experiment }) {
  const [opened, setOpened] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const targets = useMoveTargets(opened);
  const move = useMoveExperiment(projectId, experiment.id);
  const navigate = useNavigate();
  const choices = (targets.data?.items ?? []).filter((project) => project.id !== projectId && hasRole(project.myRole, "CONTRIBUTOR")).map((project) => ({ value: project.id, label: project.name, slug: project.slug }));
  const close = () => {
    setOpened(false);
    setTarget(null);
    move.reset();
  };
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        Move to project…
      </Button>
      <Modal opened={opened} onClose={close} title="Move experiment" centered>
        <form
          aria-label="Move experiment"
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = choices.find((choice) => choice.value === target);
            if (chosen) {
              move.mutateAsync(chosen.value).then(
                () => navigate(`/projects/${chosen.slug}/experiments/${experiment.id}`),
                () => undefined, // shown from move.error
              );
            }
          }}
        >
          <Stack>
            <Text size="sm">
              &quot;{experiment.name}&quot; moves with all its runs, metrics, evaluations and artifacts. Runs that record data of this project&apos;s data sets keep it here.
            </Text>
            <Select
              label="Project"
              placeholder={targets.isPending ? "Loading projects…" : choices.length ? "Pick a project" : "No other project where you contribute"}
              data={choices.map(({ value, label }) => ({ value, label }))}
              value={target}
              onChange={setTarget}
              searchable
              disabled={!choices.length}
              data-autofocus
            />
            <FormError message={move.error ? errorMessage(move.error) : null} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" disabled={!target} loading={move.isPending}>
                Move
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
