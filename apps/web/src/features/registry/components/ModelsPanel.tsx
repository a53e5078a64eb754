import { Button, Group, Pagination, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import type { RegisteredModel } from "@lifecycle/domain";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { durationSince } from "../../../lib/format";
import { MODELS_PAGE_SIZE, useModels } from "../api/get-models";
import { AliasPanel } from "./AliasPanel";
import { CreateModelModal } from "./CreateModelModal";
import { ApprovalBadge } from "./registry-parts";
import { VersionsTable } from "./VersionsTable";

/** The Models tab: the project's registered models; the chosen one (kept in the URL) with its aliases and versions. */
export function ModelsPanel({ projectId, projectRef, canEdit, isLead }: { projectId: string; projectRef: string; canEdit: boolean; isLead: boolean }) {
  const [page, setPage] = useState(1);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const models = useModels(projectId, page);
  const items = models.data?.items ?? [];
  const total = models.data?.total ?? 0;
  const chosen = items.find((model) => model.id === params.get("model")) ?? items[0];
  const choose = (modelId: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set("model", modelId);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack>
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={() => setCreating(true)}>New model</Button>
        </Group>
      )}
      <QueryState isPending={models.isPending} error={models.error} hasData={models.data !== undefined} onRetry={() => void models.refetch()} label="the models">
        {total === 0 ? (
          <EmptyHint title="No registered models yet">
            Register a run's model from its run page, or call mlflow.register_model: versions keep the run's evidence, and a lead approves them for deployment.
          </EmptyHint>
        ) : (
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" role="list" aria-label="Registered models">
              {items.map((model) => (
                <ModelCard key={model.id} model={model} selected={model.id === chosen?.id} onSelect={() => choose(model.id)} />
              ))}
            </SimpleGrid>
            {total > MODELS_PAGE_SIZE && <Pagination total={Math.ceil(total / MODELS_PAGE_SIZE)} value={page} onChange={setPage} size="sm" />}
            {chosen && (
              <Stack component="section" aria-label={`Model ${chosen.name}`}>
                <div>
                  <Title order={3} size="h4">
                    {chosen.name}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {[chosen.description, chosen.owner && `owner ${chosen.owner}`].filter(Boolean).join(" · ") || "No description"}
                  </Text>
                </div>
                <AliasPanel projectId={projectId} model={chosen} canEdit={canEdit} />
                <VersionsTable projectId={projectId} projectRef={projectRef} model={chosen} isLead={isLead} />
              </Stack>
            )}
          </Stack>
        )}
      </QueryState>
      <CreateModelModal projectId={projectId} opened={creating} onClose={() => setCreating(false)} onCreated={choose} />
    </Stack>
  );
}

function ModelCard({ model, selected, onSelect }: { model: RegisteredModel; selected: boolean; onSelect: () => void }) {
  return (
    <UnstyledButton onClick={onSelect} role="listitem" aria-current={selected || undefined} aria-label={`${model.name}, ${model.versionCount} versions`}>
      <Paper withBorder p="sm" radius="md" style={selected ? { borderColor: "var(--mantine-color-indigo-5)", borderWidth: 2 } : undefined}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} lineClamp={1}>
            {model.name}
          </Text>
          {model.latestVersion && <ApprovalBadge approval={{ status: model.latestVersion.approval, override: false, reason: null }} />}
        </Group>
        <Text size="xs" c="dimmed">
          {model.versionCount} version{model.versionCount === 1 ? "" : "s"}
          {model.latestVersion ? ` · v${model.latestVersion.version} ${durationSince(model.latestVersion.createdAt)} ago` : ""}
        </Text>
        {model.aliases.length > 0 && (
          <Text size="xs" mt={4}>
            {model.aliases.map(({ alias, version }) => `@${alias} → v${version}`).join(" · ")}
          </Text>
        )}
      </Paper>
    </UnstyledButton>
  );
}
