import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { ChangeDeploymentStatusSchema, RollBackDeploymentSchema, statusMovesFrom, type ChangeDeploymentStatusInput, type Deployment, type DeploymentStatus } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useChangeStatus, useRollBack } from "../api/deployment-mutations";

export type DeploymentAction = { kind: "status"; retire?: boolean } | { kind: "rollback" };

const statusWord = (status: DeploymentStatus) => status.toLowerCase().replace("_", " ");
const FIELDS = ["status", "reason"] as const;

/** A status move (or retirement) or a rollback, each with the reason kept on the timeline. A rollback needs one. */
export function DeploymentActionModal({ projectId, deployment, action, onClose }: { projectId: string; deployment: Deployment; action: DeploymentAction; onClose: () => void }) {
  const changeStatus = useChangeStatus(projectId);
  const rollBack = useRollBack(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const moves = statusMovesFrom(deployment.status);
  const rollingBack = action.kind === "rollback";
  const retiring = action.kind === "status" && action.retire === true;
  const form = useForm<ChangeDeploymentStatusInput>({
    resolver: zodResolver(rollingBack ? ChangeDeploymentStatusSchema.extend({ reason: RollBackDeploymentSchema.shape.reason }) : ChangeDeploymentStatusSchema),
    defaultValues: { status: retiring ? "RETIRED" : (moves[0] ?? deployment.status), reason: "" },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async ({ status, reason }) => {
    setFormError(null);
    try {
      if (rollingBack) await rollBack.mutateAsync({ deploymentId: deployment.id, reason: reason ?? "" });
      else await changeStatus.mutateAsync({ deploymentId: deployment.id, body: { status, reason: reason || null } });
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  const title = rollingBack ? `Roll back ${deployment.name}` : retiring ? `Retire ${deployment.name}` : `Change the status of ${deployment.name}`;
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          {rollingBack && <Text size="sm">Restores the variant set this deployment served before its last change, in one step.</Text>}
          {retiring && <Text size="sm">A retired deployment stops serving and cannot be changed again.</Text>}
          {!rollingBack && !retiring && (
            <NativeSelect label={`From ${statusWord(deployment.status)} to`} data={moves.map((value) => ({ value, label: statusWord(value) }))} {...form.register("status")} error={errors.status?.message} />
          )}
          <Textarea label="Reason" required={rollingBack} data-autofocus autosize minRows={2} {...form.register("reason")} error={errors.reason?.message} />
          <FormActions submitLabel={rollingBack ? "Roll back" : retiring ? "Retire" : "Change status"} loading={changeStatus.isPending || rollBack.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
