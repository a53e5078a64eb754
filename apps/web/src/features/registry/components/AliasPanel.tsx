import { zodResolver } from "@hookform/resolvers/zod";
import { Badge, Button, CloseButton, Group, Pagination, Paper, Stack, Text, TextInput, Timeline, Title } from "@mantine/core";
import { AliasNameSchema, SetAliasSchema, type RegisteredModel } from "@lifecycle/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { applyServerErrors, errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { ALIAS_HISTORY_PAGE_SIZE, useAliasHistory } from "../api/get-alias-history";
import { useAliasAt } from "../api/get-alias-at";
import { useDeleteAlias, useSetAlias } from "../api/registry-mutations";

const MoveAliasSchema = SetAliasSchema.extend({ alias: AliasNameSchema });
type MoveAliasInput = z.infer<typeof MoveAliasSchema>;
const FIELDS = ["alias", "version", "reason"] as const;

/** A model's aliases: where each points, moving one, the append-only history, and where one pointed at a past instant. */
export function AliasPanel({ projectId, model, canEdit }: { projectId: string; model: RegisteredModel; canEdit: boolean }) {
  const removeAlias = useDeleteAlias(projectId);
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Aliases">
      <Title order={3} size="h5" mb="xs">
        Aliases
      </Title>
      <Stack gap="sm">
        {model.aliases.length === 0 ? (
          <Text size="sm" c="dimmed">
            No aliases: point one (e.g. champion) at the version apps should load as models:/{model.name}@champion.
          </Text>
        ) : (
          <Group gap="xs">
            {model.aliases.map(({ alias, version }) => (
              <Badge key={alias} size="lg" variant="outline" tt="none" rightSection={canEdit ? <CloseButton size="xs" aria-label={`Remove alias ${alias}`} onClick={() => removeAlias.mutate({ modelId: model.id, alias, reason: null })} /> : undefined}>
                @{alias} → v{version}
              </Badge>
            ))}
          </Group>
        )}
        {removeAlias.error && <FormError message={errorMessage(removeAlias.error)} />}
        {canEdit && <MoveAliasForm projectId={projectId} model={model} />}
        <AliasAtLookup projectId={projectId} model={model} />
        <AliasHistory projectId={projectId} modelId={model.id} />
      </Stack>
    </Paper>
  );
}

function MoveAliasForm({ projectId, model }: { projectId: string; model: RegisteredModel }) {
  const setAlias = useSetAlias(projectId);
  const [formError, setFormError] = useState<string | null>(null);
  const empty = { alias: "", version: model.latestVersion?.version ?? 1, reason: "" };
  const form = useForm<MoveAliasInput>({ resolver: zodResolver(MoveAliasSchema), defaultValues: empty });
  const { errors } = form.formState;
  const submit = form.handleSubmit(async ({ alias, ...body }) => {
    setFormError(null);
    try {
      await setAlias.mutateAsync({ modelId: model.id, alias, body });
      form.reset(empty);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, FIELDS));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Move an alias">
      <Stack gap="xs">
        <FormError message={formError} />
        <Group align="flex-start" gap="xs">
          <TextInput label="Alias" placeholder="champion" w={160} {...form.register("alias")} error={errors.alias?.message} />
          <TextInput label="Version" type="number" min={1} w={100} {...form.register("version", { valueAsNumber: true })} error={errors.version?.message} />
          <TextInput label="Why" placeholder="optional" style={{ flex: 1 }} {...form.register("reason")} error={errors.reason?.message} />
          <Button type="submit" mt={25} loading={setAlias.isPending}>
            Point alias
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AliasAtLookup({ projectId, model }: { projectId: string; model: RegisteredModel }) {
  const [alias, setAlias] = useState(model.aliases[0]?.alias ?? "");
  const [local, setLocal] = useState("");
  const at = local ? new Date(local).toISOString() : null;
  const answer = useAliasAt(projectId, model.id, alias, at);
  return (
    <Group align="flex-end" gap="xs">
      <TextInput label="Which version did" value={alias} onChange={(event) => setAlias(event.currentTarget.value)} w={160} placeholder="champion" />
      <TextInput label="point to at" type="datetime-local" value={local} onChange={(event) => setLocal(event.currentTarget.value)} />
      <Text size="sm" pb={6} aria-live="polite">
        {!at || !alias
          ? ""
          : answer.isPending
            ? "…"
            : answer.error
              ? errorMessage(answer.error)
              : answer.data?.version === null || answer.data === undefined
                ? `@${alias} pointed nowhere then`
                : `@${alias} → v${answer.data.version}`}
      </Text>
    </Group>
  );
}

function AliasHistory({ projectId, modelId }: { projectId: string; modelId: string }) {
  const [page, setPage] = useState(1);
  const history = useAliasHistory(projectId, modelId, page);
  const total = history.data?.total ?? 0;
  return (
    <QueryState isPending={history.isPending} error={history.error} hasData={history.data !== undefined} onRetry={() => void history.refetch()} label="the alias history">
      {total === 0 ? (
        <EmptyHint title="No alias moves yet">Every move is kept: who, from which version to which, when and why.</EmptyHint>
      ) : (
        <Stack gap="xs">
          <Timeline bulletSize={14} lineWidth={2} aria-label="Alias history">
            {history.data?.items.map((move) => (
              <Timeline.Item key={move.id} color={move.toVersion === null ? "gray" : "indigo"} title={<Text size="sm">@{move.alias}: {move.fromVersion === null ? "set to" : `v${move.fromVersion} →`} {move.toVersion === null ? "removed" : `v${move.toVersion}`}</Text>}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(move.createdAt)} · {move.actor}
                </Text>
                {move.reason && <Text size="sm">“{move.reason}”</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
          {total > ALIAS_HISTORY_PAGE_SIZE && <Pagination total={Math.ceil(total / ALIAS_HISTORY_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
        </Stack>
      )}
    </QueryState>
  );
}
