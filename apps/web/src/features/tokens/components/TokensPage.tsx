import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Badge, Button, Code, CopyButton, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { CreateTokenSchema, type ApiToken, type CreateTokenInput } from "@lifecycle/domain";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { applyServerErrors } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useCreateToken, useRevokeToken, useTokenProjects, useTokens } from "../api/tokens";
import { useDocumentTitle } from "../../../lib/document-title";

function tokenState(token: ApiToken): { label: string; color: string } {
  if (token.revokedAt) return { label: "Revoked", color: "gray" };
  if (token.expiresAt && new Date(token.expiresAt).getTime() < Date.now()) return { label: "Expired", color: "gray" };
  return { label: "Active", color: "green" };
}

/** API tokens for scripts, the client and MLflow clients: created here, shown once. */
export function TokensPage() {
  useDocumentTitle("API tokens");
  const tokens = useTokens();
  const createToken = useCreateToken();
  const revokeToken = useRevokeToken();
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const projects = useTokenProjects();
  const form = useForm<CreateTokenInput>({ resolver: zodResolver(CreateTokenSchema), defaultValues: { name: "", expiresOn: null, project: null } });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const created = await createToken.mutateAsync(values);
      setSecret(created.token);
      form.reset();
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["name", "expiresOn", "project"]));
    }
  });

  return (
    <Stack maw={960}>
      <div>
        <Title order={1} size="h2">
          API tokens
        </Title>
        <Text c="dimmed" size="sm">
          Send a token as <Code>Authorization: Bearer &lt;token&gt;</Code>. It acts as you, with your roles. A project token acts in its
          project only, and MLflow clients using it log every experiment name (and the Default experiment) into that project: a team&apos;s
          scripts share one namespace, as on an MLflow server.
        </Text>
      </div>
      {secret && (
        <Alert color="green" title="Copy your new token now: it is not shown again" withCloseButton onClose={() => setSecret(null)}>
          <Group gap="sm" wrap="nowrap">
            <Code data-testid="new-token" style={{ wordBreak: "break-all" }}>
              {secret}
            </Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? "Copied" : "Copy"}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-label="New API token">
        <Group align="flex-start">
          <TextInput label="Name" placeholder="e.g. training cluster" required {...form.register("name")} error={errors.name?.message} w={260} />
          <Controller
            control={form.control}
            name="project"
            render={({ field }) => (
              <Select
                label="Project (optional)"
                placeholder="Personal: all your projects"
                data={(projects.data?.items ?? []).map((project) => ({ value: project.id, label: project.name }))}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
                clearable
                searchable
                error={errors.project?.message}
                w={260}
              />
            )}
          />
          <TextInput
            label="Last day (optional)"
            type="date"
            {...form.register("expiresOn", { setValueAs: (value: string) => (value === "" ? null : value) })}
            error={errors.expiresOn?.message}
          />
          <Button type="submit" mt={25} loading={createToken.isPending}>
            Create token
          </Button>
        </Group>
        <FormError message={formError} />
      </form>
      <QueryState isPending={tokens.isPending} error={tokens.error} hasData={tokens.data !== undefined} onRetry={() => void tokens.refetch()} label="your tokens">
        {tokens.data?.items.length === 0 ? (
          <EmptyHint title="No tokens yet" />
        ) : (
          <Table striped aria-label="Your API tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Token</Table.Th>
                <Table.Th>Scope</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data?.items.map((token) => {
                const state = tokenState(token);
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>
                      <Code>{token.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{token.project ? token.project.name : "Personal"}</Table.Td>
                    <Table.Td>
                      <Badge color={state.color} variant="light">
                        {state.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                    <Table.Td>{token.expiresAt ? formatDateTime(token.expiresAt) : "Never"}</Table.Td>
                    <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(token)}>
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke token"
        message={revoking ? `Revoke "${revoking.name}" (${revoking.prefix}…)? Scripts using it will be refused from now on.` : ""}
        confirmLabel="Revoke"
        loading={revokeToken.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revokeToken.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
      />
    </Stack>
  );
}
