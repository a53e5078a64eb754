import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Checkbox, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { AddAnnotationItemsSchema, ANNOTATION_QUEUE_KINDS, CreateAnnotationQueueSchema, type AddAnnotationItemsInput, type AnnotationQueue, type CreateAnnotationQueueFields, type CreateAnnotationQueueInput } from "@lifecycle/domain";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { formatNumber } from "../../../lib/format";
import { useDeployments } from "../../deployments/api/get-deployments";
import { useMembers } from "../../members/api/members";
import { useAddAnnotationItems, useCreateAnnotationQueue } from "../api/annotation-queues";
import { useScoreConfigs } from "../api/get-score-configs";

const KIND_LABELS = { PREDICTIONS: "Score predictions", PAIRS: "Pick the better of two answers" } as const;
const QUEUE_FIELDS = ["name", "kind", "scoreConfigs", "description"] as const;

/** A new queue: predictions to score with some of the project's score configs, or pairs to choose between. */
export function NewQueueModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const configs = useScoreConfigs(projectId);
  const create = useCreateAnnotationQueue(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateAnnotationQueueFields, unknown, CreateAnnotationQueueInput>({ resolver: zodResolver(CreateAnnotationQueueSchema), defaultValues: { name: "", kind: "PREDICTIONS", scoreConfigs: [], description: "" } });
  const { errors } = form.formState;
  const kind = form.watch("kind");
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await create.mutateAsync(values);
      onClose();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, QUEUE_FIELDS));
    }
  });
  return (
    <Modal opened onClose={onClose} title="New annotation queue">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus placeholder="e.g. Weekly expert review" {...form.register("name")} error={errors.name?.message} />
          <NativeSelect label="Reviewers" data={ANNOTATION_QUEUE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))} {...form.register("kind", { onChange: () => form.setValue("scoreConfigs", []) })} error={errors.kind?.message} />
          {kind === "PREDICTIONS" && (
            <Controller
              control={form.control}
              name="scoreConfigs"
              render={({ field }) => (
                <Checkbox.Group label="Scores each prediction gets" value={field.value} onChange={field.onChange} error={errors.scoreConfigs?.message ?? errors.scoreConfigs?.[0]?.message}>
                  <Stack gap={4} mt={4}>
                    {(configs.data?.items ?? []).map((config) => (
                      <Checkbox key={config.id} value={config.name} label={`${config.name} (${config.type.toLowerCase()})`} />
                    ))}
                    {configs.data?.items.length === 0 && (
                      <Text size="sm" c="dimmed">
                        Define a score config first (above).
                      </Text>
                    )}
                  </Stack>
                </Checkbox.Group>
              )}
            />
          )}
          <Textarea label="What reviewers look for" autosize minRows={2} {...form.register("description")} error={errors.description?.message} />
          <FormActions submitLabel="Create queue" loading={create.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

const ITEM_FIELDS = ["deploymentId", "sample", "assignees"] as const;
/** A day picked in a date field, as the instant it starts (UTC). */
const dayStart = (value: string) => (value ? `${value}T00:00:00Z` : undefined);

/** Adds a random sample of a deployment's recent predictions to a queue, dealt to the chosen reviewers in turn. */
export function AddItemsModal({ projectId, queue, onClose }: { projectId: string; queue: AnnotationQueue; onClose: () => void }) {
  const deployments = useDeployments(projectId, { includeRetired: false, page: 1 });
  const members = useMembers(projectId);
  const add = useAddAnnotationItems(projectId, queue.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<{ added: number } | null>(null);
  const form = useForm<AddAnnotationItemsInput>({ resolver: zodResolver(AddAnnotationItemsSchema), values: { deploymentId: deployments.data?.items[0]?.id ?? "", sample: { count: 20 }, assignees: [] } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      setAdded(await add.mutateAsync(values));
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ITEM_FIELDS));
    }
  });
  return (
    <Modal opened onClose={onClose} title={`Add predictions to ${queue.name}`}>
      {added ? (
        <Stack>
          <Text>{added.added === 0 ? "No new predictions in that window: the queue has them all already." : `${formatNumber(added.added)} predictions added.`}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAdded(null)}>
              Add more
            </Button>
            <Button onClick={onClose} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={formError} />
            <NativeSelect label="Deployment" data={(deployments.data?.items ?? []).map((deployment) => ({ value: deployment.id, label: deployment.name }))} {...form.register("deploymentId")} error={errors.deploymentId?.message} />
            <SimpleGrid cols={2}>
              <Controller control={form.control} name="sample.count" render={({ field }) => <NumberInput label="How many" min={1} max={1000} value={field.value} onChange={(value) => field.onChange(typeof value === "number" ? value : Number(value))} error={errors.sample?.count?.message} />} />
              <TextInput label="Recorded since" description="Default: the last 7 days" type="date" {...form.register("sample.from", { setValueAs: dayStart })} error={errors.sample?.from?.message} />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="assignees"
              render={({ field }) => (
                <Checkbox.Group label="Deal them to" description="In turn; none leaves them for whoever reviews next" value={field.value ?? []} onChange={field.onChange} error={errors.assignees?.message}>
                  <Stack gap={4} mt={4}>
                    {(members.data?.items ?? []).map((member) => (
                      <Checkbox key={member.userId} value={member.userId} label={member.name} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            />
            <FormActions submitLabel="Add predictions" loading={add.isPending} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
