import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox, Modal, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { CreateWebhookSchema, WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, type CreateWebhookInput } from "@lifecycle/domain";
import { useState } from "react";
import type { z } from "zod";
import { Controller, useForm } from "react-hook-form";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { applyServerErrors } from "../../../lib/form-errors";
import { useCreateWebhook, useUpdateWebhook } from "../api/webhook-mutations";

const FIELDS = ["name", "url", "events"] as const;

export interface EditedWebhook {
  id: string;
  name: string;
  url: string;
  events: CreateWebhookInput["events"];
}

/** Adds a webhook (then shows its secret once), or edits one's name, URL and events. */
export function WebhookFormModal({ projectId, webhook, opened, onClose, onCreated }: { projectId: string; webhook: EditedWebhook | null; opened: boolean; onClose: () => void; onCreated: (created: { name: string; secret: string }) => void }) {
  const create = useCreateWebhook(projectId);
  const update = useUpdateWebhook(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof CreateWebhookSchema>, unknown, CreateWebhookInput>({
    resolver: zodResolver(CreateWebhookSchema),
    values: { name: webhook?.name ?? "", url: webhook?.url ?? "", events: webhook?.events ?? [...WEBHOOK_EVENTS] },
  });
  const { errors } = form.formState;

  const close = () => {
    setFormError(null);
    form.reset();
    onClose();
  };

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (webhook) await update.mutateAsync({ webhookId: webhook.id, body: values });
      else onCreated(await create.mutateAsync(values));
      close();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={webhook ? `Edit ${webhook.name}` : "New webhook"} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" required data-autofocus placeholder="e.g. On-call channel" {...form.register("name")} error={errors.name?.message} />
          <TextInput label="URL" required placeholder="https://hooks.example.com/lifecycle" description="Lifecycle POSTs JSON here, signed in X-Lifecycle-Signature" {...form.register("url")} error={errors.url?.message} />
          <Controller
            control={form.control}
            name="events"
            render={({ field }) => (
              <Checkbox.Group label="Events" value={field.value ?? []} onChange={(value) => field.onChange(value)} error={errors.events?.message ?? errors.events?.root?.message}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                  {WEBHOOK_EVENTS.map((event) => (
                    <Checkbox key={event} value={event} label={<Text size="sm">{WEBHOOK_EVENT_LABELS[event]}</Text>} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
          <FormActions submitLabel={webhook ? "Save webhook" : "Add webhook"} loading={create.isPending || update.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
