import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, Stack, TextInput, Textarea } from "@mantine/core";
import { CreateRegisteredModelSchema, type CreateRegisteredModelInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useCreateModel } from "../api/registry-mutations";

const FIELDS = ["name", "description", "owner"] as const;
const EMPTY: CreateRegisteredModelInput = { name: "", description: "", owner: "" };

export function CreateModelModal({ projectId, opened, onClose, onCreated }: { projectId: string; opened: boolean; onClose: () => void; onCreated: (modelId: string) => void }) {
  const createModel = useCreateModel(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateRegisteredModelInput>({ resolver: zodResolver(CreateRegisteredModelSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  const close = () => {
    setFormError(null);
    form.reset(EMPTY);
    onClose();
  };
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const model = await createModel.mutateAsync(values);
      close();
      onCreated(model.id);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title="New registered model">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus placeholder="e.g. spam-classifier" description="Unique in the project" {...form.register("name")} error={errors.name?.message} />
          <TextInput label="Owner" {...form.register("owner")} error={errors.owner?.message} />
          <Textarea label="Description" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <FormActions submitLabel="Create model" loading={createModel.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
