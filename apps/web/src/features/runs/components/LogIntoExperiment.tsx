import { ActionIcon, Anchor, Code, CopyButton, Group, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import { Link } from "react-router";

function Copyable({ label, value }: { label: string; value: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Code>{value}</Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? "Copied" : `Copy the ${label.toLowerCase()}`}>
            <ActionIcon size="sm" variant="subtle" onClick={copy} aria-label={`Copy the ${label.toLowerCase()}`}>
              {copied ? "✓" : "⧉"}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

function Snippet({ title, code }: { title: string; code: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Anchor component="button" type="button" size="xs" onClick={copy}>
              {copied ? "Copied" : "Copy"}
            </Anchor>
          )}
        </CopyButton>
      </Group>
      <Code block aria-label={title}>
        {code}
      </Code>
    </Stack>
  );
}

/** What an empty experiment shows: exactly how to log into it, from MLflow's Python client or Lifecycle's tracker. */
export function LogIntoExperiment({ projectId, projectRef, experimentId, experimentName }: { projectId: string; projectRef: string; experimentId: string; experimentName: string }) {
  const origin = window.location.origin;
  const python = [
    `export MLFLOW_TRACKING_URI=${origin}`,
    "export MLFLOW_TRACKING_USERNAME=me            # any name",
    "export MLFLOW_TRACKING_PASSWORD=<your API token>",
    "",
    "import mlflow",
    `mlflow.set_experiment(${JSON.stringify(`${projectRef}/${experimentName}`)})`,
    "with mlflow.start_run(run_name=\"first\"):",
    "    mlflow.log_param(\"learning_rate\", 0.01)",
    "    mlflow.log_metric(\"loss\", 0.42, step=1)",
  ].join("\n");
  const node = [
    'import { startRun } from "@lifecycle/client";',
    "",
    `const run = await startRun({ baseUrl: ${JSON.stringify(origin)}, token: process.env.LIFECYCLE_TOKEN, projectId: ${JSON.stringify(projectRef)}, experimentId: ${JSON.stringify(experimentId)} }, { name: "first", params: { learning_rate: 0.01 } });`,
    'run.logMetric("loss", 0.42, { step: 1, split: "train" });',
    "await run.end();",
  ].join("\n");
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Log runs into this experiment">
      <Stack gap="sm">
        <Title order={3} size="h4">
          No runs yet: log the first one
        </Title>
        <Text size="sm">
          Scripts sign in with an API token —{" "}
          <Anchor component={Link} to="/settings/tokens">
            create one
          </Anchor>{" "}
          (a project token keeps a script to this project).
        </Text>
        <Group gap="lg">
          <Copyable label="Project" value={projectRef} />
          <Copyable label="Project id" value={projectId} />
          <Copyable label="Experiment id" value={experimentId} />
        </Group>
        <Snippet title="MLflow's Python client, unchanged" code={python} />
        <Snippet title="Lifecycle's Node tracker" code={node} />
      </Stack>
    </Paper>
  );
}
