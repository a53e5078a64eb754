import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, Stack, TextInput, Textarea } from "@mantine/core";
import { CreateProjectSchema, type CreateProjectInput } from "@lifecycle/domain";
import { useState } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "../../../lib/form-errors";
import { useCreateProject } from "../api/create-project";
import type { Project } from "@lifecycle/domain";

const FIELDS = ["name", "slug", "owner", "businessGoal", "description"] as const;

export function CreateProjectModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (project: Project) => void }) {
  const createProject = useCreateProject();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateProjectInput>({ resolver: zodResolver(CreateProjectSchema), defaultValues: { name: "" } });
  const { errors } = form.formState;

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const body = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "" && value !== undefined)) as CreateProjectInput;
    try {
      const project = await createProject.mutateAsync(body);
      form.reset();
      onCreated(project);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="New project" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus {...form.register("name")} error={errors.name?.message} />
          <TextInput label="Slug" description="Used in links; derived from the name when left empty" {...form.register("slug", { setValueAs: (value: string) => value || undefined })} error={errors.slug?.message} />
          <TextInput label="Owner" {...form.register("owner")} error={errors.owner?.message} />
          <Textarea label="Business goal" autosize minRows={2} {...form.register("businessGoal")} error={errors.businessGoal?.message} />
          <Textarea label="Description" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <FormActions submitLabel="Create project" loading={createProject.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
