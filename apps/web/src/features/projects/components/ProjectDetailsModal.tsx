import { zodResolver } from "@hookform/resolvers/zod";
import { Modal, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from "@mantine/core";
import { PROJECT_STATUSES, UpdateProjectSchema, type Project, type UpdateProjectInput } from "@lifecycle/domain";
import { useState } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { Controller, useForm } from "react-hook-form";
import { applyServerErrors } from "../../../lib/form-errors";
import { useUpdateProject } from "../api/update-project";
import { numberOrNull, textOrNull } from "../../../lib/form-values";

const FIELDS = ["name", "slug", "description", "businessProblem", "businessGoal", "stakeholders", "budget", "budgetCurrency", "successCriteria", "owner", "status", "version"] as const;

function valuesOf(project: Project): UpdateProjectInput {
  return {
    version: project.version,
    name: project.name,
    slug: project.slug,
    status: project.status,
    description: project.description ?? "",
    businessProblem: project.businessProblem ?? "",
    businessGoal: project.businessGoal ?? "",
    stakeholders: project.stakeholders,
    budget: project.budget,
    budgetCurrency: project.budgetCurrency,
    successCriteria: project.successCriteria ?? "",
    owner: project.owner ?? "",
  };
}


interface ProjectDetailsModalProps {
  project: Project;
  /** Archiving, closing and reactivating are for leads. */
  canChangeStatus: boolean;
  opened: boolean;
  onClose: () => void;
  onSaved: (project: Project) => void;
}

export function ProjectDetailsModal({ project, canChangeStatus, opened, onClose, onSaved }: ProjectDetailsModalProps) {
  const updateProject = useUpdateProject(project.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UpdateProjectInput>({ resolver: zodResolver(UpdateProjectSchema), values: valuesOf(project) });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      onSaved(await updateProject.mutateAsync(values));
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS.filter((field) => field !== "version")));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Project details" size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Name" required {...form.register("name")} error={errors.name?.message} />
            <TextInput label="Slug" {...form.register("slug")} error={errors.slug?.message} />
            <TextInput label="Owner" {...form.register("owner")} error={errors.owner?.message} />
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <Select
                  label="Status"
                  description="Close a project when ML is judged not appropriate"
                  data={PROJECT_STATUSES.map((status) => ({ value: status, label: status.charAt(0) + status.slice(1).toLowerCase() }))}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  allowDeselect={false}
                  disabled={!canChangeStatus}
                  error={errors.status?.message}
                />
              )}
            />
          </SimpleGrid>
          <Textarea label="Business problem" autosize minRows={2} {...form.register("businessProblem")} error={errors.businessProblem?.message} />
          <Textarea label="Business goal" description="Needed to leave Goals & KPIs" autosize minRows={2} {...form.register("businessGoal")} error={errors.businessGoal?.message} />
          <Textarea label="Success criteria" autosize minRows={2} {...form.register("successCriteria")} error={errors.successCriteria?.message} />
          <Controller
            control={form.control}
            name="stakeholders"
            render={({ field }) => (
              <TagsInput label="Stakeholders" description="Press Enter after each name" value={field.value ?? []} onChange={field.onChange} error={errors.stakeholders?.message} />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Budget" type="number" min={0} step="any" {...form.register("budget", { setValueAs: numberOrNull })} error={errors.budget?.message} />
            <TextInput label="Currency" placeholder="EUR" maxLength={3} {...form.register("budgetCurrency", { setValueAs: textOrNull })} error={errors.budgetCurrency?.message} />
          </SimpleGrid>
          <Textarea label="Description" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <FormActions submitLabel="Save details" loading={updateProject.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
