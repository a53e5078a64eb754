import { Badge, Button, FileInput, Group, Modal, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import type { Evaluation } from "@lifecycle/domain";
import { useState, type FormEvent } from "react";
import { FormActions, FormError } from "../../../components/ui/FormParts";
import { EmptyHint, QueryState } from "../../../components/ui/QueryState";
import { errorMessage } from "../../../lib/form-errors";
import { formatDateTime } from "../../../lib/format";
import { useCreateEvaluation, useDeleteEvaluation, useEvaluations, useStreamRegression } from "../api/evaluations";
import { BinaryCurves, ClassReport, ConfusionMatrix, GenerationView, RegressionView } from "./EvaluationViews";

/** A run's evaluations on validation and test: heatmaps, reports, regression plots and scores. */
export function EvaluationsPanel({ projectId, runId, canEdit }: { projectId: string; runId: string; canEdit: boolean }) {
  const evaluations = useEvaluations(projectId, runId);
  const remove = useDeleteEvaluation(projectId, runId);
  const [adding, setAdding] = useState(false);
  return (
    <Stack>
      {canEdit && (
        <Group justify="flex-end">
          <Button variant="light" onClick={() => setAdding(true)}>
            Add evaluation
          </Button>
        </Group>
      )}
      <QueryState isPending={evaluations.isPending} error={evaluations.error} hasData={evaluations.data !== undefined} onRetry={() => void evaluations.refetch()} label="evaluations">
        {evaluations.data?.items.length === 0 ? (
          <EmptyHint title="No evaluations yet">Add the run's confusion matrix, regression pairs or generation scores on its validation or test split.</EmptyHint>
        ) : (
          evaluations.data?.items.map((evaluation) => (
            <EvaluationCard key={evaluation.id} evaluation={evaluation} onDelete={canEdit ? () => remove.mutate(evaluation.id) : undefined} />
          ))
        )}
      </QueryState>
      {remove.error && <FormError message={errorMessage(remove.error)} />}
      {adding && <AddEvaluationModal projectId={projectId} runId={runId} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

function EvaluationCard({ evaluation, onDelete }: { evaluation: Evaluation; onDelete?: () => void }) {
  const title = `${evaluation.kind.toLowerCase()} on ${evaluation.split}${evaluation.name ? ` · ${evaluation.name}` : ""}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`Evaluation: ${title}`}>
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={4} size="h5" tt="capitalize">
            {title}
          </Title>
          {evaluation.classification && <Badge variant="light">accuracy {(evaluation.classification.accuracy * 100).toFixed(1)} %</Badge>}
          {evaluation.classification && <Badge variant="light" color="grape">F1 macro {evaluation.classification.macro.f1.toFixed(3)}</Badge>}
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {formatDateTime(evaluation.createdAt)}
          </Text>
          {onDelete && (
            <Button size="compact-xs" variant="subtle" color="red" onClick={onDelete}>
              Delete
            </Button>
          )}
        </Group>
      </Group>
      {evaluation.classification && (
        <Stack>
          <Group align="flex-start" gap="xl">
            <ConfusionMatrix classification={evaluation.classification} />
            <ClassReport classification={evaluation.classification} />
          </Group>
          {evaluation.classification.curves && <BinaryCurves curves={evaluation.classification.curves} />}
        </Stack>
      )}
      {evaluation.regression && <RegressionView regression={evaluation.regression} />}
      {evaluation.generation && <GenerationView generation={evaluation.generation} />}
    </Paper>
  );
}

/** Rows of counts, one per line, separated by spaces, commas or tabs. */
function parseMatrix(text: string): number[][] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.split(/[\s,;]+/).map(Number));
}

function AddEvaluationModal({ projectId, runId, onClose }: { projectId: string; runId: string; onClose: () => void }) {
  const create = useCreateEvaluation(projectId, runId);
  const stream = useStreamRegression(projectId, runId);
  const [kind, setKind] = useState<Evaluation["kind"]>("CLASSIFICATION");
  const [split, setSplit] = useState<"validation" | "test">("test");
  const [name, setName] = useState("");
  const [labels, setLabels] = useState("");
  const [matrix, setMatrix] = useState("");
  const [pairs, setPairs] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [scores, setScores] = useState("");
  const [ratingCount, setRatingCount] = useState<number | string>("");
  const [ratingMean, setRatingMean] = useState<number | string>("");
  const [localError, setLocalError] = useState<string | null>(null);
  const failure = create.error ?? stream.error;
  const pending = create.isPending || stream.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLocalError(null);
    const common = { split, ...(name.trim() ? { name: name.trim() } : {}) };
    if (kind === "CLASSIFICATION") {
      create.mutate({ kind, ...common, labels: labels.split(",").map((label) => label.trim()).filter(Boolean), matrix: parseMatrix(matrix) }, { onSuccess: onClose });
    } else if (kind === "REGRESSION") {
      if (!file && !pairs.trim()) return setLocalError("Choose a CSV file or paste actual,predicted lines.");
      stream.mutate({ split, name: name.trim() || undefined, body: file ?? pairs }, { onSuccess: onClose });
    } else {
      const entries = scores.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => line.split("="));
      const bad = entries.filter((entry) => entry.length !== 2 || !entry[0]!.trim() || !Number.isFinite(Number(entry[1])));
      if (bad.length) return setLocalError(`These lines do not read as name=number: ${bad.map((entry) => entry.join("=")).join("; ")}`);
      create.mutate(
        {
          kind,
          ...common,
          scores: Object.fromEntries(entries.map(([key, value]) => [key!.trim(), Number(value)])),
          ...(ratingCount !== "" && ratingMean !== "" ? { humanRatings: { count: Number(ratingCount), mean: Number(ratingMean) } } : {}),
        },
        { onSuccess: onClose },
      );
    }
  };
  return (
    <Modal opened onClose={onClose} title="Add evaluation" size="lg">
      <form onSubmit={submit} noValidate aria-label="Add evaluation">
        <Stack>
          <FormError message={localError ?? (failure ? errorMessage(failure) : null)} />
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as Evaluation["kind"])}
            data={[
              { value: "CLASSIFICATION", label: "Classification" },
              { value: "REGRESSION", label: "Regression" },
              { value: "GENERATION", label: "Generation / LLM" },
            ]}
          />
          <Group grow>
            <Select label="Split" data={["validation", "test"]} value={split} onChange={(value) => value && setSplit(value as typeof split)} allowDeselect={false} />
            <TextInput label="Name" placeholder="e.g. threshold 0.5" value={name} onChange={(event) => setName(event.currentTarget.value)} />
          </Group>
          {kind === "CLASSIFICATION" && (
            <>
              <TextInput label="Labels" description="Comma-separated, in the matrix's order" placeholder="ham, spam" value={labels} onChange={(event) => setLabels(event.currentTarget.value)} />
              <Textarea label="Confusion matrix" description="One row per actual label, the counts per predicted label" placeholder={"50 10\n5 35"} autosize minRows={3} styles={{ input: { fontFamily: "monospace" } }} value={matrix} onChange={(event) => setMatrix(event.currentTarget.value)} />
            </>
          )}
          {kind === "REGRESSION" && (
            <>
              <FileInput label="Pairs file" description="CSV of actual,predicted, up to 1,000,000 lines, streamed to the server" accept=".csv,text/csv,text/plain" clearable value={file} onChange={setFile} />
              <Textarea label="Or paste pairs" description="actual,predicted per line" autosize minRows={3} styles={{ input: { fontFamily: "monospace" } }} value={pairs} onChange={(event) => setPairs(event.currentTarget.value)} disabled={file !== null} />
            </>
          )}
          {kind === "GENERATION" && (
            <>
              <Textarea label="Scores" description="One per line: name=number (e.g. rouge_l=0.41)" autosize minRows={3} value={scores} onChange={(event) => setScores(event.currentTarget.value)} />
              <Group grow>
                <NumberInput label="Human ratings" description="How many" min={1} value={ratingCount} onChange={setRatingCount} />
                <NumberInput label="Mean rating" decimalScale={3} value={ratingMean} onChange={setRatingMean} />
              </Group>
            </>
          )}
          <FormActions submitLabel="Add evaluation" loading={pending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
