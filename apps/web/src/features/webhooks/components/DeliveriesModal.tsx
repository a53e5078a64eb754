import { Badge, Button, Code, Group, Modal, Pagination, SegmentedControl, Stack, Table, Text } from "@mantine/core";
import type { OperationResult } from "@lifecycle/client";
import { Fragment, useState } from "react";
import { FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { DELIVERIES_PAGE_SIZE, useDeliveries, type DeliveryFilter } from "../api/get-deliveries";
import { useRedeliver } from "../api/webhook-mutations";

type Delivery = OperationResult<"listWebhookDeliveries">["items"][number];

export const DELIVERY_COLORS = { PENDING: "orange", DELIVERED: "green", FAILED: "red" } as const;

/** What each attempt got: the status codes, or why there was none. */
function attemptSummary(delivery: Delivery): string {
  if (delivery.attempts.length === 0) return "not sent yet";
  return delivery.attempts.map((attempt) => attempt.statusCode ?? "no answer").join(" → ");
}

/** One webhook's delivery log: every event's exact body, each attempt's status code and answer, and redelivery. */
export function DeliveriesModal({ projectId, webhook, onClose }: { projectId: string; webhook: { id: string; name: string }; onClose: () => void }) {
  const [filter, setFilter] = useState<DeliveryFilter>("ALL");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const deliveries = useDeliveries(projectId, webhook.id, filter, page);
  const redeliver = useRedeliver(projectId);
  const total = deliveries.data?.total ?? 0;
  return (
    <Modal opened onClose={onClose} title={`Deliveries of ${webhook.name}`} size="xl">
      <Stack>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(value) => {
            setFilter(value as DeliveryFilter);
            setPage(1);
          }}
          data={[
            { value: "ALL", label: "All" },
            { value: "PENDING", label: "Retrying" },
            { value: "FAILED", label: "Failed" },
            { value: "DELIVERED", label: "Delivered" },
          ]}
        />
        <FormError message={redeliver.error ? errorMessage(redeliver.error) : null} />
        <QueryState isPending={deliveries.isPending} error={deliveries.error} hasData={deliveries.data !== undefined} onRetry={() => void deliveries.refetch()} label="the deliveries">
          {deliveries.data && deliveries.data.items.length === 0 ? (
            <EmptyHint title="No deliveries">{filter === "ALL" ? "Events the webhook receives show here once they happen; Send test sends one now." : "None with this status."}</EmptyHint>
          ) : (
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Queued</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.data?.items.map((delivery) => (
                  <Fragment key={delivery.id}>
                    <Table.Tr>
                      <Table.Td>
                        <Button variant="subtle" size="compact-sm" aria-expanded={open === delivery.id} onClick={() => setOpen(open === delivery.id ? null : delivery.id)}>
                          {delivery.event}
                        </Button>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={DELIVERY_COLORS[delivery.status]} variant="light">
                          {delivery.status.toLowerCase()}
                        </Badge>
                        {delivery.nextAttemptAt && (
                          <Text size="xs" c="dimmed">
                            next try {formatDateTime(delivery.nextAttemptAt)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{attemptSummary(delivery)}</Table.Td>
                      <Table.Td>{formatDateTime(delivery.createdAt)}</Table.Td>
                      <Table.Td>
                        {delivery.status !== "PENDING" && (
                          <Button size="compact-xs" variant="default" loading={redeliver.isPending && redeliver.variables?.deliveryId === delivery.id} onClick={() => redeliver.mutate({ webhookId: webhook.id, deliveryId: delivery.id }, { onSuccess: () => void deliveries.refetch() })}>
                            Redeliver
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                    {open === delivery.id && (
                      <Table.Tr>
                        <Table.Td colSpan={5}>
                          <Stack gap="xs">
                            <Text size="xs" fw={500}>
                              Body (signed as sent)
                            </Text>
                            <Code block>{delivery.body}</Code>
                            {delivery.attempts.map((attempt, index) => (
                              <Group key={attempt.at + index} gap="xs" wrap="nowrap" align="flex-start">
                                <Badge variant="outline" color={attempt.statusCode !== null && attempt.statusCode < 300 ? "green" : "red"}>
                                  {attempt.statusCode ?? "no answer"}
                                </Badge>
                                <Text size="xs">
                                  {formatDateTime(attempt.at)} · {Math.round(attempt.durationMs)} ms{attempt.error ? ` · ${attempt.error}` : ""}
                                  {attempt.response ? ` · “${attempt.response.slice(0, 200)}”` : ""}
                                </Text>
                              </Group>
                            ))}
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
        {total > DELIVERIES_PAGE_SIZE && <Pagination total={Math.ceil(total / DELIVERIES_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
      </Stack>
    </Modal>
  );
}
