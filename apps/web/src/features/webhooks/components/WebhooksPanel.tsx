import { Alert, Badge, Button, Code, CopyButton, Group, Menu, Modal, Stack, Table, Text } from "@mantine/core";
import type { OperationResult } from "@lifecycle/client";
import { useState } from "react";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useWebhooks } from "../api/get-webhooks";
import { useDeleteWebhook, useRotateWebhookSecret, useSendWebhookTest, useUpdateWebhook } from "../api/webhook-mutations";
import { DELIVERY_COLORS, DeliveriesModal } from "./DeliveriesModal";
import { WebhookFormModal, type EditedWebhook } from "./WebhookFormModal";

type Webhook = OperationResult<"listWebhooks">["items"][number];
type TestResult = OperationResult<"sendWebhookTest">;

/** A secret is shown once, with how a receiver checks it. */
function SecretModal({ secret, onClose }: { secret: { name: string; secret: string }; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`Signing secret of ${secret.name}`} size="lg">
      <Stack>
        <Alert color="yellow">Copy it now: it is not shown again. Rotate it to get a new one.</Alert>
        <Group wrap="nowrap">
          <Code style={{ flex: 1, wordBreak: "break-all" }}>{secret.secret}</Code>
          <CopyButton value={secret.secret}>{({ copied, copy }) => <Button onClick={copy}>{copied ? "Copied" : "Copy"}</Button>}</CopyButton>
        </Group>
        <Text size="sm">Every request carries X-Lifecycle-Signature: sha256= and the hex HMAC-SHA256 of the raw body with this secret. Check it before trusting the body, for example in Node:</Text>
        <Code block>{`const expected = "sha256=" + crypto.createHmac("sha256", secret).update(rawBody).digest("hex");\nconst ok = crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(request.headers["x-lifecycle-signature"]));`}</Code>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The last delivery's status and code, or that nothing was sent yet. */
function LastDelivery({ webhook }: { webhook: Webhook }) {
  if (!webhook.lastDelivery) return <Text size="sm" c="dimmed">nothing sent yet</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={DELIVERY_COLORS[webhook.lastDelivery.status]} variant="light">
        {webhook.lastDelivery.statusCode ?? webhook.lastDelivery.status.toLowerCase()}
      </Badge>
      <Text size="xs" c="dimmed">
        {formatDateTime(webhook.lastDelivery.at)}
      </Text>
    </Group>
  );
}

/** The project's outgoing webhooks (leads): add, edit, pause, test, rotate the secret, read the delivery log. */
export function WebhooksPanel({ projectId }: { projectId: string }) {
  const webhooks = useWebhooks(projectId);
  const update = useUpdateWebhook(projectId);
  const remove = useDeleteWebhook(projectId);
  const rotate = useRotateWebhookSecret(projectId);
  const sendTest = useSendWebhookTest(projectId);
  const [editing, setEditing] = useState<EditedWebhook | "new" | null>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [log, setLog] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [tested, setTested] = useState<{ webhook: string; result: TestResult } | null>(null);
  const failure = [update, rotate, sendTest].find((mutation) => mutation.error)?.error;

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Text fw={500}>Webhooks</Text>
          <Text size="sm" c="dimmed">
            Alerts, registry and deployment events POSTed to your services, signed, retried with back-off for about 8 hours.
          </Text>
        </div>
        <Button onClick={() => setEditing("new")}>New webhook</Button>
      </Group>
      <FormError message={failure ? errorMessage(failure) : null} />
      {tested && (
        <Alert color={tested.result.status === "DELIVERED" ? "green" : "red"} withCloseButton onClose={() => setTested(null)} title={`Test sent to ${tested.webhook}`}>
          {tested.result.status === "DELIVERED" ? `The receiver answered ${tested.result.attempts[0]?.statusCode}.` : `It did not go through: ${tested.result.attempts[0]?.statusCode ?? tested.result.attempts[0]?.error ?? "no answer"}.`}
        </Alert>
      )}
      <QueryState isPending={webhooks.isPending} error={webhooks.error} hasData={webhooks.data !== undefined} onRetry={() => void webhooks.refetch()} label="the webhooks">
        {webhooks.data && webhooks.data.items.length === 0 ? (
          <EmptyHint title="No webhooks yet">Add one to hear about alerts, new model versions and deployments where your team already is.</EmptyHint>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>URL</Table.Th>
                <Table.Th>Events</Table.Th>
                <Table.Th>Last delivery</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {webhooks.data?.items.map((webhook) => (
                <Table.Tr key={webhook.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{webhook.name}</Text>
                      {!webhook.active && (
                        <Badge color="gray" variant="light">
                          paused
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      secret …{webhook.secretHint}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ wordBreak: "break-all" }}>
                    <Text size="sm">{webhook.url}</Text>
                  </Table.Td>
                  <Table.Td>{webhook.events.length}</Table.Td>
                  <Table.Td>
                    <LastDelivery webhook={webhook} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button size="compact-sm" variant="default" loading={sendTest.isPending && sendTest.variables === webhook.id} onClick={() => sendTest.mutate(webhook.id, { onSuccess: (result) => setTested({ webhook: webhook.name, result }) })}>
                        Send test
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setLog(webhook)}>
                        Deliveries
                      </Button>
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <Button size="compact-sm" variant="subtle" aria-label={`More for ${webhook.name}`}>
                            More
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setEditing({ id: webhook.id, name: webhook.name, url: webhook.url, events: webhook.events })}>Edit</Menu.Item>
                          <Menu.Item onClick={() => update.mutate({ webhookId: webhook.id, body: { active: !webhook.active } })}>{webhook.active ? "Pause" : "Resume"}</Menu.Item>
                          <Menu.Item onClick={() => rotate.mutate(webhook.id, { onSuccess: (result) => setSecret({ name: result.name, secret: result.secret }) })}>Rotate secret</Menu.Item>
                          <Menu.Item color="red" onClick={() => setDeleting(webhook)}>
                            Delete
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <WebhookFormModal projectId={projectId} webhook={editing === "new" ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} onCreated={setSecret} />
      {secret && <SecretModal secret={secret} onClose={() => setSecret(null)} />}
      {log && <DeliveriesModal projectId={projectId} webhook={log} onClose={() => setLog(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete webhook"
        message={`Delete "${deleting?.name}" and its delivery log? Events stop going to ${deleting?.url}.`}
        confirmLabel="Delete webhook"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
      />
    </Stack>
  );
}
