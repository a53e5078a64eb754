import { Code, Group, Pagination, Select, Stack, Table, Text, Title } from "@mantine/core";
import { SECURITY_EVENT_TYPES, type SecurityEventType } from "@lifecycle/domain";
import { useState } from "react";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { formatDateTime } from "../../../lib/format";
import { useSecurityEvents } from "../api/admin";
import { useDocumentTitle } from "../../../lib/document-title";

const PAGE_SIZE = 50;
const label = (type: string) => type.charAt(0) + type.slice(1).toLowerCase().replaceAll("_", " ");

/** Sign-ins, tokens, role changes and gate overrides, newest first. */
export function SecurityLogPage() {
  useDocumentTitle("Security log");
  const [type, setType] = useState<SecurityEventType | null>(null);
  const [page, setPage] = useState(1);
  const events = useSecurityEvents({ page, pageSize: PAGE_SIZE, ...(type ? { type } : {}) });
  const total = events.data?.total ?? 0;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          Security log
        </Title>
        <Select
          label="Event"
          placeholder="All events"
          clearable
          data={SECURITY_EVENT_TYPES.map((value) => ({ value, label: label(value) }))}
          value={type}
          onChange={(value) => {
            setType(value as SecurityEventType | null);
            setPage(1);
          }}
          w={240}
        />
      </Group>
      <QueryState isPending={events.isPending} error={events.error} hasData={events.data !== undefined} onRetry={() => void events.refetch()} label="the security log">
        {total === 0 ? (
          <EmptyHint title="No events" />
        ) : (
          <>
            <Table striped aria-label="Security events">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>Details</Table.Th>
                  <Table.Th>From</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data?.items.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>{formatDateTime(event.createdAt)}</Table.Td>
                    <Table.Td>{label(event.type)}</Table.Td>
                    <Table.Td>{event.actorName}</Table.Td>
                    <Table.Td>{event.detail ? <Code>{JSON.stringify(event.detail)}</Code> : <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>{event.ip ?? "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {total > PAGE_SIZE && <Pagination total={Math.ceil(total / PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
