import { Group, Select, TextInput } from "@mantine/core";
import { PROJECT_STATUSES, type ProjectStatus } from "@lifecycle/domain";

export interface BoardFilterValues {
  q: string;
  owner: string;
  status: ProjectStatus | "";
}

const STATUS_OPTIONS = [
  { value: "", label: "Active and closed" },
  ...PROJECT_STATUSES.map((status) => ({ value: status, label: status.charAt(0) + status.slice(1).toLowerCase() })),
];

export function BoardFilters({ values, onChange }: { values: BoardFilterValues; onChange: (values: BoardFilterValues) => void }) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Name, goal, owner…"
        value={values.q}
        onChange={(event) => onChange({ ...values, q: event.currentTarget.value })}
        w={260}
      />
      <TextInput label="Owner" placeholder="Any owner" value={values.owner} onChange={(event) => onChange({ ...values, owner: event.currentTarget.value })} w={180} />
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={values.status}
        onChange={(value) => onChange({ ...values, status: (value ?? "") as BoardFilterValues["status"] })}
        allowDeselect={false}
        w={180}
      />
    </Group>
  );
}
