import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Checkbox, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { ReviewModelVersionSchema, type ModelVersion, type ReviewModelVersionInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useReviewModelVersion } from "../api/registry-mutations";

const FIELDS = ["decision", "reason", "override"] as const;

/**
 * A lead approves or rejects a version on its evidence. What the evidence fails of the
 * KPI-linked checks is listed first; approving despite it takes an explicit, audited override.
 */
export function ReviewModal({ projectId, version, decision, onClose }: { projectId: string; version: ModelVersion; decision: ReviewModelVersionInput["decision"]; onClose: () => void }) {
  const review = useReviewModelVersion(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ReviewModelVersionInput>({ resolver: zodResolver(ReviewModelVersionSchema), defaultValues: { decision, reason: "", override: false } });
  const { errors } = form.formState;
  const problems = decision === "APPROVED" ? version.approval.problems : [];
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await review.mutateAsync({ modelId: version.modelId, version: version.version, body: { ...values, override: problems.length > 0 ? values.override : undefined } });
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  const verb = decision === "APPROVED" ? "Approve" : "Reject";
  return (
    <Modal opened onClose={onClose} title={`${verb} ${version.modelName} v${version.version}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          {problems.length > 0 && (
            <Alert color="orange" title="The evidence does not meet the KPI-linked checks">
              <List size="sm">
                {problems.map((problem) => (
                  <List.Item key={problem}>{problem}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {decision === "APPROVED" && problems.length === 0 && (
            <Text size="sm" c="dimmed">
              The frozen evidence meets every KPI-linked check.
            </Text>
          )}
          <Textarea label="Reason" required data-autofocus autosize minRows={2} description="Kept with the decision" {...form.register("reason")} error={errors.reason?.message} />
          {problems.length > 0 && <Checkbox label="Approve anyway: I take responsibility (recorded in the security log)" {...form.register("override")} />}
          <FormActions submitLabel={verb} loading={review.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
