import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, Checkbox, Group, PasswordInput, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { CreateUserSchema, type CreateUserInput } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "../../../components/ui/FormParts";
import { QueryState } from "../../../components/ui/QueryState";
import { applyServerErrors } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useCreateUser, useUsers } from "../api/admin";
import { useDocumentTitle } from "../../../lib/document-title";

/** Admins add the people who use this instance; leads then add them to projects. */
export function UsersPage() {
  useDocumentTitle("Users");
  const users = useUsers();
  const createUser = useCreateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<CreateUserInput>({ resolver: zodResolver(CreateUserSchema), defaultValues: { email: "", name: "", password: "", isAdmin: false } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setCreated(null);
    try {
      const user = await createUser.mutateAsync(values);
      setCreated(`${user.name} can now sign in as ${user.email}.`);
      form.reset();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["email", "name", "password"]));
    }
  });

  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        Users
      </Title>
      <form onSubmit={submit} noValidate aria-label="New user">
        <Stack gap="xs">
          <Group align="flex-start">
            <TextInput label="Name" required {...form.register("name")} error={errors.name?.message} />
            <TextInput label="Email" type="email" required {...form.register("email")} error={errors.email?.message} />
            <PasswordInput label="Initial password" description="At least 10 characters" required {...form.register("password")} error={errors.password?.message} />
          </Group>
          <Group>
            <Checkbox label="Instance admin" {...form.register("isAdmin")} />
            <Button type="submit" loading={createUser.isPending}>
              Add user
            </Button>
            {created && (
              <Text size="sm" c="green" role="status">
                {created}
              </Text>
            )}
          </Group>
          <FormError message={formError} />
        </Stack>
      </form>
      <QueryState isPending={users.isPending} error={users.error} hasData={users.data !== undefined} onRetry={() => void users.refetch()} label="users">
        <Table striped aria-label="Users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Since</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{user.isAdmin ? <Badge variant="light">Admin</Badge> : "User"}</Table.Td>
                <Table.Td>{formatDateTime(user.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
    </Stack>
  );
}
