import { Alert, Badge, Button, Chip, Code, Group, Kbd, NumberInput, Paper, Progress, SimpleGrid, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import type { AnnotationItem, AnnotationQueue, PreferenceChoice, ScoreConfig, ScoreValue } from "@lifecycle/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { EmptyHint } from "../../../components/ui/QueryState";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useAnnotate, useClaimAnnotationItem, useSkipAnnotationItem } from "../api/annotation-queues";
import { keyedValues, keyValue, PAIR_KEYS } from "../review-keys";

type Progress = AnnotationQueue["progress"];

/** Whether a key press belongs to a field being typed in (then the screen's keys stay out of the way). */
const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type !== "checkbox"));

function RecordView({ record }: { record: NonNullable<AnnotationItem["record"]> }) {
  const prediction = record.prediction as { text?: string; label?: string; value?: number; scores?: Record<string, number> };
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Recorded {formatDateTime(record.timestamp)}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} aria-label="Input">
        <Table.Tbody>
          {Object.entries(record.features).map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Td w="30%">
                <Text size="sm" c="dimmed">
                  {name}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "pre-wrap" }}>{value === null ? <Text c="dimmed">missing</Text> : String(value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)" aria-label="Prediction">
        <Text size="xs" c="dimmed" mb={4}>
          Prediction
        </Text>
        {prediction.text !== undefined && <Text style={{ whiteSpace: "pre-wrap" }}>{prediction.text}</Text>}
        {prediction.label !== undefined && <Text fw={600}>{prediction.label}</Text>}
        {prediction.value !== undefined && <Text fw={600}>{prediction.value}</Text>}
        {prediction.scores && <Code block>{JSON.stringify(prediction.scores)}</Code>}
      </Paper>
    </Stack>
  );
}

/** One score config's answer: its keyed values as chips, else a number or a text field. */
function ScoreField({ config, value, active, onChange, onFocus }: { config: ScoreConfig; value: ScoreValue | undefined; active: boolean; onChange: (value: ScoreValue | undefined) => void; onFocus: () => void }) {
  const keyed = keyedValues(config);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (active && config.type === "TEXT") textRef.current?.focus();
  }, [active, config.type]);
  return (
    <Paper withBorder p="sm" radius="md" component="section" style={active ? { borderColor: "var(--mantine-color-indigo-6)", borderWidth: 2 } : undefined} onClick={onFocus} aria-current={active ? "true" : undefined} aria-label={`Score ${config.name}`}>
      <Group justify="space-between" mb={6}>
        <Text fw={500}>{config.name}</Text>
        {config.description && (
          <Text size="xs" c="dimmed">
            {config.description}
          </Text>
        )}
      </Group>
      {keyed.length > 0 ? (
        <Chip.Group value={value === undefined ? "" : String(value)} onChange={(picked) => onChange(keyed.find((entry) => String(entry.value) === picked)?.value)}>
          <Group gap="xs">
            {keyed.map((entry) => (
              <Chip key={entry.key} value={String(entry.value)}>
                <Kbd size="xs" mr={6}>
                  {entry.key}
                </Kbd>
                {entry.label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      ) : config.type === "TEXT" ? (
        <Textarea ref={textRef} autosize minRows={2} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.currentTarget.value || undefined)} aria-label={config.name} />
      ) : (
        <NumberInput value={typeof value === "number" ? value : ""} min={config.min ?? undefined} max={config.max ?? undefined} onChange={(next) => onChange(typeof next === "number" ? next : undefined)} aria-label={config.name} w={160} />
      )}
    </Paper>
  );
}

function PairView({ pair, choice, onChoose }: { pair: NonNullable<AnnotationItem["pair"]>; choice: PreferenceChoice | null; onChoose: (choice: PreferenceChoice) => void }) {
  const side = (label: "A" | "B", key: string, answer: typeof pair.a) => (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="button"
      type="button"
      onClick={() => onChoose(label)}
      aria-pressed={choice === label}
      aria-label={`Answer ${label}`}
      style={{ textAlign: "left", cursor: "pointer", ...(choice === label ? { borderColor: "var(--mantine-color-indigo-6)", borderWidth: 2 } : {}) }}
    >
      <Group justify="space-between" mb="xs">
        <Group gap={6}>
          <Kbd>{key}</Kbd>
          <Text fw={600}>Answer {label}</Text>
        </Group>
        <Badge variant="light">{answer.version}</Badge>
      </Group>
      <Text style={{ whiteSpace: "pre-wrap" }}>{answer.response}</Text>
    </Paper>
  );
  return (
    <Stack>
      <Paper withBorder p="sm" aria-label="Prompt">
        <Text size="xs" c="dimmed" mb={4}>
          Prompt
        </Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{pair.prompt}</Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {side("A", "1", pair.a)}
        {side("B", "2", pair.b)}
      </SimpleGrid>
      <Group>
        <Button variant={choice === "TIE" ? "filled" : "default"} onClick={() => onChoose("TIE")} leftSection={<Kbd size="xs">t</Kbd>} aria-pressed={choice === "TIE"}>
          Tie: neither is better
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The keyboard-first review screen: one item at a time, claimed for the reviewer. Keys give the active score
 * (digits, y / n), ↑ ↓ move between scores, 1 / 2 / t pick an answer of a pair, c writes a comment, Enter saves
 * and brings the next item, s skips.
 */
export function ReviewScreen({ projectId, queue, backTo }: { projectId: string; queue: AnnotationQueue; backTo: string }) {
  const claim = useClaimAnnotationItem(projectId, queue.id);
  const annotate = useAnnotate(projectId, queue.id);
  const skip = useSkipAnnotationItem(projectId, queue.id);
  const [item, setItem] = useState<AnnotationItem | null | undefined>(undefined);
  const [progress, setProgress] = useState<Progress>(queue.progress);
  const [values, setValues] = useState<Record<string, ScoreValue>>({});
  const [active, setActive] = useState(0);
  const [choice, setChoice] = useState<PreferenceChoice | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const configs = queue.scoreConfigs;
  const claimNext = claim.mutateAsync;

  const next = useCallback(async () => {
    setError(null);
    try {
      const claimed = await claimNext();
      setItem(claimed.item);
      setProgress(claimed.progress);
      setValues({});
      setActive(0);
      setChoice(null);
      setComment("");
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not fetch the next item");
    }
  }, [claimNext]);
  useEffect(() => {
    void next();
  }, [next]);

  const complete = item?.pair ? choice !== null : configs.every((config) => values[config.name] !== undefined);
  const busy = annotate.isPending || skip.isPending || claim.isPending;
  const save = useCallback(async () => {
    if (!item || !complete || busy) return;
    setError(null);
    try {
      const body = item.pair
        ? { choice: choice!, ...(comment.trim() ? { reason: comment.trim() } : {}) }
        : { scores: configs.map((config, index) => ({ config: config.name, value: values[config.name]!, ...(index === 0 && comment.trim() ? { comment: comment.trim() } : {}) })) };
      await annotate.mutateAsync({ itemId: item.id, body });
      await next();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not save the answer");
    }
  }, [annotate, busy, choice, comment, complete, configs, item, next, values]);
  const skipItem = useCallback(async () => {
    if (!item || busy) return;
    try {
      await skip.mutateAsync(item.id);
      await next();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not skip the item");
    }
  }, [busy, item, next, skip]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== "Enter")) return;
      if (typing(event.target)) {
        if (event.key === "Escape") (event.target as HTMLElement).blur();
        if (event.key === "Enter" && event.ctrlKey) {
          event.preventDefault();
          void save();
        }
        return;
      }
      if (!item) return;
      const key = event.key;
      if (key === "Enter") {
        event.preventDefault();
        void save();
      } else if (key === "s") {
        void skipItem();
      } else if (key === "c") {
        event.preventDefault();
        commentRef.current?.focus();
      } else if (item.pair) {
        if (PAIR_KEYS[key.toLowerCase()]) setChoice(PAIR_KEYS[key.toLowerCase()]!);
      } else if (key === "ArrowDown" || key === "j") {
        event.preventDefault();
        setActive((current) => Math.min(configs.length - 1, current + 1));
      } else if (key === "ArrowUp" || key === "k") {
        event.preventDefault();
        setActive((current) => Math.max(0, current - 1));
      } else {
        const config = configs[active];
        const value = config ? keyValue(config, key) : undefined;
        if (config && value !== undefined) {
          setValues((current) => ({ ...current, [config.name]: value }));
          setActive((current) => Math.min(configs.length - 1, current + 1));
        }
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, configs, item, save, skipItem]);

  const answered = progress.done + progress.skipped;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {queue.name}
        </Title>
        <Text size="sm" c="dimmed" aria-live="polite">
          {formatNumber(progress.done)} of {formatNumber(progress.total)} done{progress.skipped ? ` · ${formatNumber(progress.skipped)} skipped` : ""}
        </Text>
      </Group>
      <Progress value={progress.total ? (answered / progress.total) * 100 : 0} aria-label="Progress of the queue" />
      {queue.description && <Text size="sm">{queue.description}</Text>}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {item === undefined ? (
        <Text c="dimmed">Fetching the next item…</Text>
      ) : item === null ? (
        <EmptyHint title="Nothing left for you in this queue">
          Every item is answered, skipped or dealt to someone else. <Link to={backTo}>Back to the Feedback tab</Link>
        </EmptyHint>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: item.pair ? 1 : 2 }}>
          <Paper withBorder p="md" radius="md" aria-label={`Item ${item.position}`}>
            <Text size="xs" c="dimmed" mb="xs">
              Item {item.position}
              {item.predictionId ? ` · prediction ${item.predictionId}` : ""}
            </Text>
            {item.record && <RecordView record={item.record} />}
            {item.pair && <PairView pair={item.pair} choice={choice} onChoose={setChoice} />}
          </Paper>
          <Stack>
            {!item.pair &&
              configs.map((config, index) => (
                <ScoreField
                  key={config.id}
                  config={config}
                  value={values[config.name]}
                  active={index === active}
                  onFocus={() => setActive(index)}
                  onChange={(value) =>
                    setValues((current) => {
                      const { [config.name]: _dropped, ...rest } = current;
                      return value === undefined ? rest : { ...rest, [config.name]: value };
                    })
                  }
                />
              ))}
            <Textarea ref={commentRef} label={item.pair ? "Why (optional)" : "Comment (optional)"} autosize minRows={2} value={comment} onChange={(event) => setComment(event.currentTarget.value)} />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {item.pair ? (
                  <>
                    <Kbd>1</Kbd> <Kbd>2</Kbd> <Kbd>t</Kbd> choose · <Kbd>c</Kbd> why · <Kbd>Enter</Kbd> save · <Kbd>s</Kbd> skip
                  </>
                ) : (
                  <>
                    keys give the framed score · <Kbd>↑</Kbd> <Kbd>↓</Kbd> move · <Kbd>c</Kbd> comment · <Kbd>Enter</Kbd> save · <Kbd>s</Kbd> skip
                  </>
                )}
              </Text>
              <Group gap="xs">
                <Button variant="default" onClick={() => void skipItem()} disabled={busy}>
                  Skip
                </Button>
                <Button onClick={() => void save()} disabled={!complete} loading={annotate.isPending}>
                  Save and next
                </Button>
              </Group>
            </Group>
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}
