import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Badge, Button, Checkbox, Code, CopyButton, Group, PasswordInput, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { CreateUserSchema, type CreateUserInput, type User } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError } from "../../../components/ui/FormParts";
import { QueryState } from "../../../components/ui/QueryState";
import { applyServerErrors } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useCreateUser, useDeactivateUser, usePasswordResetLink, useReactivateUser, useUnlockUser, useUsers } from "../api/admin";
import { useDocumentTitle } from "../../../lib/document-title";

/** One user's access: active or not, locked by failed sign-ins or not, and a reset link when they forgot their password. */
function UserActions({ user, isMe, onLink }: { user: User & { failedSignIns: number }; isMe: boolean; onLink: (url: string) => void }) {
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const unlock = useUnlockUser();
  const resetLink = usePasswordResetLink();
  const [error, setError] = useState<string | null>(null);
  const run = (work: Promise<unknown>) => {
    setError(null);
    work.catch((caught: unknown) => setError(caught instanceof Error ? caught.message : "That did not work"));
  };
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        {user.active ? (
          <Badge color="teal" variant="light">
            Active
          </Badge>
        ) : (
          <Badge color="gray">Deactivated</Badge>
        )}
        {user.failedSignIns >= 5 && (
          <Badge color="orange" variant="light">
            {user.failedSignIns} failed sign-ins
          </Badge>
        )}
      </Group>
      <Group gap={4} wrap="nowrap">
        {user.active && !isMe && (
          <Button size="compact-xs" variant="subtle" color="red" loading={deactivate.isPending} onClick={() => run(deactivate.mutateAsync(user.id))} aria-label={`Deactivate ${user.name}`}>
            Deactivate
          </Button>
        )}
        {!user.active && (
          <Button size="compact-xs" variant="subtle" loading={reactivate.isPending} onClick={() => run(reactivate.mutateAsync(user.id))} aria-label={`Reactivate ${user.name}`}>
            Reactivate
          </Button>
        )}
        {user.failedSignIns > 0 && (
          <Button size="compact-xs" variant="subtle" loading={unlock.isPending} onClick={() => run(unlock.mutateAsync(user.id))} aria-label={`Unlock ${user.name}`}>
            Unlock
          </Button>
        )}
        <Button size="compact-xs" variant="subtle" loading={resetLink.isPending} onClick={() => run(resetLink.mutateAsync(user.id).then((link) => onLink(link.url)))} aria-label={`Password-reset link for ${user.name}`}>
          Reset link
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Admins add the people who use this instance; leads then add them to projects. */
export function UsersPage({ myUserId }: { myUserId: string | null }) {
  useDocumentTitle("Users");
  const users = useUsers();
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
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
      {link && (
        <Alert color="indigo" title={`Password-reset link for ${link.name}`} withCloseButton onClose={() => setLink(null)}>
          <Text size="sm">Send it to them: it works once, for 24 hours, and is not shown again.</Text>
          <Group gap="xs" mt="xs" wrap="nowrap">
            <Code style={{ wordBreak: "break-all" }} data-testid="reset-link">
              {link.url}
            </Code>
            <CopyButton value={link.url}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? "Copied" : "Copy"}</Button>}</CopyButton>
          </Group>
        </Alert>
      )}
      <QueryState isPending={users.isPending} error={users.error} hasData={users.data !== undefined} onRetry={() => void users.refetch()} label="users">
        <Table striped aria-label="Users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Since</Table.Th>
              <Table.Th>Access</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.name}</Table.Td>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{user.isAdmin ? <Badge variant="light">Admin</Badge> : "User"}</Table.Td>
                <Table.Td>{formatDateTime(user.createdAt)}</Table.Td>
                <Table.Td>
                  <UserActions user={user} isMe={user.id === myUserId} onLink={(url) => setLink({ name: user.name, url })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
    </Stack>
  );
}
