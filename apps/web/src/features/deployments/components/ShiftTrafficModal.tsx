import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox, Modal, Stack, TextInput } from "@mantine/core";
import { ShiftTrafficSchema, type Deployment, type ShiftTrafficInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useShiftTraffic } from "../api/deployment-mutations";
import { withVariantsRule } from "./variants-rule";
import { asVariantsForm, VariantsEditor } from "./VariantsEditor";

const FormSchema = withVariantsRule(ShiftTrafficSchema);
const FIELDS = ["variants", "reason", "override"] as const;

/** Changes a deployment's variants or their traffic; sends the version read, so a concurrent change is refused, not overwritten. */
export function ShiftTrafficModal({ projectId, deployment, isLead, onClose }: { projectId: string; deployment: Deployment; isLead: boolean; onClose: () => void }) {
  const shift = useShiftTraffic(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ShiftTrafficInput>({
    resolver: zodResolver(FormSchema),
    defaultValues: {
      version: deployment.version,
      reason: "",
      override: false,
      variants: deployment.variants.map((variant) => ({
        name: variant.name,
        role: variant.role,
        trafficPercent: variant.trafficPercent,
        samplingPercent: variant.samplingPercent,
        modelVersionId: variant.modelVersion?.id ?? null,
        baseModel: variant.baseModel,
        customization: variant.customization,
      })),
    },
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await shift.mutateAsync({ deploymentId: deployment.id, body: { ...values, override: values.override || undefined } });
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  return (
    <Modal opened onClose={onClose} title={`Shift traffic: ${deployment.name}`} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <VariantsEditor projectId={projectId} form={asVariantsForm(form)} initialModels={deployment.variants.map((variant) => variant.modelVersion?.modelId ?? null)} />
          <TextInput label="Reason" placeholder="e.g. canary healthy for 24 h" {...form.register("reason")} error={errors.reason?.message} />
          {deployment.environment === "PRODUCTION" && isLead && <Checkbox label="Serve versions that are not approved (lead override, audited; needs a reason)" {...form.register("override")} />}
          <FormActions submitLabel="Shift traffic" loading={shift.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
