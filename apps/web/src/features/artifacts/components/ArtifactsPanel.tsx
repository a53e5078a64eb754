import { Anchor, Box, Breadcrumbs, Button, Code, FileButton, Group, Image, Loader, Paper, ScrollArea, Stack, Table, Text, Title, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "../../../components/ui/ConfirmModal";
import { FormError } from "../../../components/ui/FormParts";
import { QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatBytes } from "../../../lib/format";
import { artifactUrl, useArtifacts, useArtifactText, useDeleteArtifact, useUploadArtifact } from "../api/artifacts";

const IMAGE = /\.(png|jpe?g|gif|webp)$/i;
const TEXT = /(\.(json|txt|log|md|ya?ml|csv|py)|(^|\/)MLmodel)$/i;
/** Larger text files are downloaded rather than previewed. */
const PREVIEW_LIMIT = 256 * 1024;

const baseName = (path: string) => path.split("/").pop() ?? path;

/** One file shown: images as themselves, text files (up to 256 KB) as text, anything else as a download. */
function ArtifactPreview({ projectId, runId, path, size }: { projectId: string; runId: string; path: string; size: number | null }) {
  const textual = TEXT.test(path) && (size ?? 0) <= PREVIEW_LIMIT;
  const text = useArtifactText(projectId, runId, textual ? path : null);
  return (
    <Paper withBorder p="sm" radius="md" aria-label={`Preview of ${baseName(path)}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={500} size="sm">
          {path}
        </Text>
        <Anchor href={artifactUrl(projectId, runId, path)} size="sm" download>
          Download ({formatBytes(size)})
        </Anchor>
      </Group>
      {IMAGE.test(path) ? (
        <Image src={artifactUrl(projectId, runId, path, true)} alt={baseName(path)} fit="contain" mah={480} />
      ) : textual ? (
        <QueryState isPending={text.isPending} error={text.error} hasData={text.data !== undefined} label="the file">
          <ScrollArea.Autosize mah={420}>
            <Code block>{text.data}</Code>
          </ScrollArea.Autosize>
        </QueryState>
      ) : (
        <Text size="sm" c="dimmed">
          {TEXT.test(path) ? "Too large to preview here: download it." : "No preview for this kind of file: download it."}
        </Text>
      )}
    </Paper>
  );
}

/**
 * A run's artifacts: browse folders, preview images and text, download, upload
 * into the folder shown and delete. MLflow clients write the same files through
 * the artifact URI shown at the top.
 */
export function ArtifactsPanel({ projectId, runId, canEdit }: { projectId: string; runId: string; canEdit: boolean }) {
  const [folder, setFolder] = useState("");
  const [selected, setSelected] = useState<{ path: string; size: number | null } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const listing = useArtifacts(projectId, runId, folder);
  const upload = useUploadArtifact(projectId, runId);
  const remove = useDeleteArtifact(projectId, runId);
  const open = (path: string) => {
    setFolder(path);
    setSelected(null);
  };
  const crumbs = folder ? folder.split("/") : [];
  return (
    <Stack>
      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between" mb="xs" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h5">
              Artifacts
            </Title>
            {listing.data && (
              <Text size="xs" c="dimmed">
                MLflow artifact URI <Code>{listing.data.rootUri}</Code>
              </Text>
            )}
          </Stack>
          {canEdit && (
            <FileButton
              onChange={(file) => {
                if (file) upload.mutate({ path: [folder, file.name].filter(Boolean).join("/"), file });
              }}
            >
              {(props) => (
                <Button size="xs" variant="light" loading={upload.isPending} {...props}>
                  Upload file{folder ? ` to ${baseName(folder)}` : ""}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        {upload.isPending && (
          <Group gap="xs" mb="xs">
            <Loader size="xs" />
            <Text size="sm">Uploading {upload.variables?.file instanceof File ? upload.variables.file.name : "file"} ({formatBytes(upload.variables?.file.size ?? null)})…</Text>
          </Group>
        )}
        <FormError message={upload.error ? errorMessage(upload.error) : remove.error ? errorMessage(remove.error) : null} />
        <Breadcrumbs mb="xs" aria-label="Artifact folder">
          <Anchor component="button" type="button" size="sm" onClick={() => open("")}>
            artifacts
          </Anchor>
          {crumbs.map((name, index) => (
            <Anchor key={index} component="button" type="button" size="sm" onClick={() => open(crumbs.slice(0, index + 1).join("/"))}>
              {name}
            </Anchor>
          ))}
        </Breadcrumbs>
        <QueryState isPending={listing.isPending} error={listing.error} hasData={listing.data !== undefined} label="the artifacts">
          {listing.data && listing.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {folder ? "This folder is empty." : "No artifacts yet. Log them with mlflow.log_artifact(…) or mlflow.log_model(…) against this server, or upload a file here."}
            </Text>
          ) : (
            <Table aria-label="Artifacts" fz="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th ta="right">Size</Table.Th>
                  <Table.Th w={canEdit ? 170 : 90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listing.data?.items.map((item) => (
                  <Table.Tr key={item.path} bg={selected?.path === item.path ? "var(--mantine-color-blue-light)" : undefined}>
                    <Table.Td>
                      <UnstyledButton
                        onClick={() => (item.isDir ? open(item.path) : setSelected({ path: item.path, size: item.size }))}
                        aria-label={item.isDir ? `Open folder ${baseName(item.path)}` : `Preview ${baseName(item.path)}`}
                      >
                        <Text size="sm" fw={item.isDir ? 600 : 400} c={item.isDir ? "blue" : undefined}>
                          {item.isDir ? `${baseName(item.path)}/` : baseName(item.path)}
                        </Text>
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td ta="right">{item.isDir ? "" : formatBytes(item.size)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        {!item.isDir && (
                          <Anchor href={artifactUrl(projectId, runId, item.path)} size="sm" download aria-label={`Download ${baseName(item.path)}`}>
                            Download
                          </Anchor>
                        )}
                        {canEdit && (
                          <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(item.path)} aria-label={`Delete ${baseName(item.path)}`}>
                            Delete
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      </Paper>
      {selected && (
        <Box>
          <ArtifactPreview projectId={projectId} runId={runId} path={selected.path} size={selected.size} />
        </Box>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete artifact"
        message={`Delete ${deleting ?? ""}${listing.data?.items.find((item) => item.path === deleting)?.isDir ? " and everything in it" : ""}? This cannot be undone.`}
        confirmLabel="Delete"
        loading={remove.isPending}
        onConfirm={() => {
          if (deleting)
            remove.mutate(deleting, {
              onSuccess: () => {
                if (selected?.path.startsWith(deleting)) setSelected(null);
                setDeleting(null);
              },
            });
        }}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
