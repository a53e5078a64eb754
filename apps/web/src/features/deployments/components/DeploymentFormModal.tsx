import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { CreateDeploymentSchema, DEPLOYMENT_TARGET_LABELS, DEPLOYMENT_TARGETS, ENVIRONMENTS, type CreateDeploymentInput, type DeploymentTarget } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useCreateDeployment } from "../api/deployment-mutations";
import { withVariantsRule } from "./variants-rule";
import { asVariantsForm, NEW_VARIANT, VariantsEditor } from "./VariantsEditor";
import { numberOrNull } from "../../../lib/form-values";

const FormSchema = withVariantsRule(CreateDeploymentSchema);
const FIELDS = ["name", "target", "environment", "endpointUrl", "externalRef", "capacity", "schedule", "description", "variants", "reason", "override"] as const;

type CapacityField = "instances" | "minReplicas" | "maxReplicas" | "memoryMb" | "concurrency" | "modelUnits";
/** The capacity a kind of target is sized by. */
const CAPACITY_FIELDS: Record<DeploymentTarget, CapacityField[]> = {
  REAL_TIME: ["instances", "minReplicas", "maxReplicas"],
  SERVERLESS: ["memoryMb", "concurrency"],
  ASYNCHRONOUS: ["instances", "maxReplicas"],
  BATCH: ["instances"],
  ON_PREMISES: ["instances", "memoryMb"],
  FOUNDATION_MODEL: ["modelUnits"],
};
const CAPACITY_LABELS: Record<CapacityField, string> = {
  instances: "Instances",
  minReplicas: "Min replicas",
  maxReplicas: "Max replicas",
  memoryMb: "Memory (MB)",
  concurrency: "Max concurrency",
  modelUnits: "Model units",
};

const EMPTY: CreateDeploymentInput = {
  name: "",
  target: "REAL_TIME",
  environment: "STAGING",
  endpointUrl: "",
  externalRef: "",
  capacity: {},
  schedule: "",
  description: "",
  variants: [NEW_VARIANT],
  reason: "",
  override: false,
};

export function DeploymentFormModal({ projectId, isLead, onClose }: { projectId: string; isLead: boolean; onClose: () => void }) {
  const create = useCreateDeployment(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateDeploymentInput>({ resolver: zodResolver(FormSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  const target = form.watch("target");
  const environment = form.watch("environment");
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await create.mutateAsync({ ...values, override: values.override || undefined });
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  return (
    <Modal opened onClose={onClose} title="New deployment" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Name" required data-autofocus placeholder="e.g. spam-prod" {...form.register("name")} error={errors.name?.message} />
            <NativeSelect label="Target" data={DEPLOYMENT_TARGETS.map((value) => ({ value, label: DEPLOYMENT_TARGET_LABELS[value] }))} {...form.register("target")} error={errors.target?.message} />
            <NativeSelect label="Environment" data={ENVIRONMENTS.map((value) => ({ value, label: value.toLowerCase() }))} {...form.register("environment")} error={errors.environment?.message} />
            <TextInput label="Endpoint URL" {...form.register("endpointUrl")} error={errors.endpointUrl?.message} />
            <TextInput label="External reference" placeholder="SageMaker endpoint, k8s service…" {...form.register("externalRef")} error={errors.externalRef?.message} />
            {target === "BATCH" && <TextInput label="Schedule" placeholder="0 2 * * * or nightly" {...form.register("schedule")} error={errors.schedule?.message} />}
            {CAPACITY_FIELDS[target].map((field) => (
              <TextInput key={field} label={CAPACITY_LABELS[field]} type="number" min={0} {...form.register(`capacity.${field}`, { setValueAs: numberOrNull })} error={errors.capacity?.[field]?.message} />
            ))}
          </SimpleGrid>
          <VariantsEditor projectId={projectId} form={asVariantsForm(form)} />
          <Textarea label="Description" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <TextInput label="Reason" placeholder="Why this deployment (kept on its timeline)" {...form.register("reason")} error={errors.reason?.message} />
          {environment === "PRODUCTION" && isLead && (
            <Checkbox label="Deploy versions that are not approved (lead override, audited; needs a reason)" {...form.register("override")} />
          )}
          <FormActions submitLabel="Create deployment" loading={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
