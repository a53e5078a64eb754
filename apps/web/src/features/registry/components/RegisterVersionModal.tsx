import { zodResolver } from "@hookform/resolvers/zod";
import { Autocomplete, Button, Modal, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { ModelCardSchema, ModelNameSchema, optionalText } from "@lifecycle/domain";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { z } from "zod";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { findModelNamed, useModelsNamed } from "../api/get-models";
import { useCreateModel, useCreateModelVersion } from "../api/registry-mutations";
import { versionPath } from "./registry-parts";

const RegisterSchema = z.strictObject({
  modelName: ModelNameSchema,
  artifactPath: z.string().trim().min(1, "Where in the run's artifacts the model is, e.g. model").max(1000),
  description: optionalText(8000),
  modelCard: ModelCardSchema,
});
type RegisterInput = z.infer<typeof RegisterSchema>;
const FIELDS = ["modelName", "artifactPath", "description", "modelCard"] as const;
const EMPTY: RegisterInput = { modelName: "", artifactPath: "model", description: "", modelCard: { intendedUse: "", limitations: "", ethicalConsiderations: "" } };

/**
 * Registers the model a run logged as the next version of a registered model (created
 * when the name is new). The version freezes the run's params, test figures and fit verdict.
 */
export function RegisterVersionModal({ projectId, projectRef, runId, onClose }: { projectId: string; projectRef: string; runId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const createModel = useCreateModel(projectId);
  const createVersion = useCreateModelVersion(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RegisterInput>({ resolver: zodResolver(RegisterSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  const typed = form.watch("modelName");
  const models = useModelsNamed(projectId, typed.trim());
  const names = (models.data?.items ?? []).map((model) => model.name);

  const submit = form.handleSubmit(async ({ modelName, artifactPath, description, modelCard }) => {
    setFormError(null);
    try {
      const existing = await findModelNamed(projectId, modelName);
      const modelId = existing?.id ?? (await createModel.mutateAsync({ name: modelName })).id;
      const version = await createVersion.mutateAsync({ modelId, body: { runId, artifactPath, description, modelCard } });
      onClose();
      void navigate(versionPath(projectRef, modelId, version.version));
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <Modal opened onClose={onClose} title="Register as model version" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            The version keeps this run's params, test figures and fit verdict as the evidence a lead approves it on.
          </Text>
          <FormError message={formError} />
          <Controller
            control={form.control}
            name="modelName"
            render={({ field }) => (
              <Autocomplete
                label="Registered model"
                description="An existing model gets its next version; a new name creates the model"
                required
                data-autofocus
                data={names}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.modelName?.message}
              />
            )}
          />
          <TextInput label="Artifact path" required description="The folder in the run's artifacts that holds the model" {...form.register("artifactPath")} error={errors.artifactPath?.message} />
          <Textarea label="Description" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <Textarea label="Intended use" autosize minRows={2} {...form.register("modelCard.intendedUse")} error={errors.modelCard?.intendedUse?.message} />
          <Textarea label="Limitations" autosize minRows={2} {...form.register("modelCard.limitations")} error={errors.modelCard?.limitations?.message} />
          <Textarea label="Ethical considerations" autosize minRows={2} {...form.register("modelCard.ethicalConsiderations")} error={errors.modelCard?.ethicalConsiderations?.message} />
          <FormActions submitLabel="Register version" loading={createModel.isPending || createVersion.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The run page's button that opens the modal. */
export function RegisterVersionButton(props: { projectId: string; projectRef: string; runId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        Register as model version
      </Button>
      {open && <RegisterVersionModal {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
