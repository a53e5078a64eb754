import { Injectable } from "@nestjs/common";
import { addToExtremes, blockWidth, mergeExtremes, ROLLUP_LEVELS, type Extremes } from "@lifecycle/domain";
import type { PoolClient } from "pg";
import { DomainError } from "../../common/errors/domain-error";
import { copyIn } from "../../prisma/copy-in";
import { encodeCopy, type CopyRow } from "./copy-encoding";
import { PrismaService } from "../../prisma/prisma.service";
import { paramValueOf } from "./runs.mapper";
import type { NewParam } from "./runs.repository";

export interface BatchPoint {
  key: string;
  split: string;
  step: number;
  /** The step's exact decimal digits when it is beyond 2^53 (where `step` is rounded): what is stored. */
  stepText?: string;
  value: number;
  /** Epoch milliseconds, or undefined for the time the batch arrived. */
  at: number | undefined;
}

export interface Batch {
  params: NewParam[];
  tags: Array<{ key: string; value: string }>;
  points: BatchPoint[];
}

export type BatchResult = { metrics: number; params: number; tags: number };
/** A batch's Idempotency-Key and a hash of what was sent with it. */
export type Idempotency = { key: string; bodyHash: string };

/** Up to this many points alone go in one statement; bigger batches stream in with COPY, which is faster per point. */
const ONE_STATEMENT_POINTS = 2000;

/** The new highest point beats the kept one: a greater number, or an equal one (NaN with NaN) at an earlier step; a number always beats NaN. */
const HIGHER = `((EXCLUDED.max_value <> 'NaN' AND (r.max_value = 'NaN' OR EXCLUDED.max_value > r.max_value))
  OR (EXCLUDED.max_value = r.max_value AND EXCLUDED.max_step < r.max_step))`;

/**
 * Writes a batch in one transaction on a driver connection: the points go in
 * with COPY (the fastest way into Postgres), and the series' summaries and
 * rollups, folded in memory first, with one upsert each. A batch of up to 2,000
 * points and nothing else goes in as one statement instead (see
 * appendPointsAtOnce). Rows are locked in key order, summaries before rollups,
 * so that concurrent batches to one run cannot deadlock.
 */
@Injectable()
export class BatchWriter {
  constructor(private readonly prisma: PrismaService) {}

  async write(runId: string, batch: Batch, result: BatchResult, idempotency: Idempotency | undefined): Promise<BatchResult> {
    const idempotencyKey = idempotency?.key;
    if (!idempotencyKey && !batch.params.length && !batch.tags.length && batch.points.length > 0 && batch.points.length <= ONE_STATEMENT_POINTS) {
      await this.appendPointsAtOnce(runId, batch.points);
      return result;
    }
    try {
      return await this.prisma.driverTransaction(async (client) => {
        if (idempotency) {
          const receipt = await this.findReceipt(client, runId, idempotency);
          if (receipt) return receipt;
        }
        await this.writeParams(client, runId, batch.params);
        await this.writeTags(client, runId, batch.tags);
        await this.appendPoints(client, runId, batch.points);
        if (idempotency) await client.query("INSERT INTO batch_receipts (run_id, idempotency_key, body_hash, result) VALUES ($1, $2, $3, $4)", [runId, idempotency.key, idempotency.bodyHash, JSON.stringify(result)]);
        return result;
      });
    } catch (error) {
      // The same key sent twice at once: the second waited for the first's receipt and answers it.
      if (idempotency && (error as { constraint?: string }).constraint === "batch_receipts_pkey") {
        const receipt = await this.prisma.batchReceipt.findUnique({ where: { runId_idempotencyKey: { runId, idempotencyKey: idempotency.key } }, select: { result: true, bodyHash: true } });
        if (receipt) return answerReceipt(receipt, idempotency);
      }
      throw error;
    }
  }

  private async findReceipt(client: PoolClient, runId: string, idempotency: Idempotency): Promise<BatchResult | null> {
    const { rows } = await client.query<{ result: BatchResult; body_hash: string | null }>("SELECT result, body_hash FROM batch_receipts WHERE run_id = $1 AND idempotency_key = $2", [runId, idempotency.key]);
    return rows[0] ? answerReceipt({ result: rows[0].result, bodyHash: rows[0].body_hash }, idempotency) : null;
  }

  /**
   * Params are written once: the same value again is nothing, another is a 409
   * naming both. A key another batch wrote meanwhile is checked the same way
   * once that batch has committed (the insert waits for it).
   */
  private async writeParams(client: PoolClient, runId: string, params: NewParam[]): Promise<void> {
    if (!params.length) return;
    const sent = new Map(params.map((param) => [param.key, param]));
    const stored = await this.readParams(client, runId, [...sent.keys()]);
    assertSameParams(stored, sent);
    const fresh = params.filter((param) => !stored.some((existing) => existing.key === param.key)).sort((a, b) => (a.key < b.key ? -1 : 1));
    if (!fresh.length) return;
    const { rows: inserted } = await client.query<{ key: string }>(
      `INSERT INTO run_params (run_id, experiment_id, key, type, number_value, text_value)
       SELECT $1, (SELECT experiment_id FROM runs WHERE id = $1), key, type, number_value, text_value FROM unnest($2::text[], $3::text[], $4::float8[], $5::text[]) AS t(key, type, number_value, text_value)
       ON CONFLICT (run_id, key) DO NOTHING RETURNING key`,
      [runId, fresh.map((param) => param.key), fresh.map((param) => param.type), fresh.map((param) => param.numberValue), fresh.map((param) => param.textValue)],
    );
    if (inserted.length < fresh.length) {
      const written = new Set(inserted.map((row) => row.key));
      assertSameParams(await this.readParams(client, runId, fresh.filter((param) => !written.has(param.key)).map((param) => param.key)), sent);
    }
  }

  private async readParams(client: PoolClient, runId: string, keys: string[]): Promise<NewParam[]> {
    const { rows } = await client.query<NewParam>(
      `SELECT key, type, number_value AS "numberValue", text_value AS "textValue" FROM run_params WHERE run_id = $1 AND key = ANY($2::text[]) ORDER BY key`,
      [runId, keys],
    );
    return rows;
  }

  private async writeTags(client: PoolClient, runId: string, tags: Array<{ key: string; value: string }>): Promise<void> {
    if (!tags.length) return;
    const sorted = [...new Map(tags.map((tag) => [tag.key, tag.value])).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    await client.query(
      `INSERT INTO run_tags (run_id, key, value) SELECT $1, key, value FROM unnest($2::text[], $3::text[]) AS t(key, value)
       ON CONFLICT (run_id, key) DO UPDATE SET value = EXCLUDED.value`,
      [runId, sorted.map(([key]) => key), sorted.map(([, value]) => value)],
    );
  }

  private async appendPoints(client: PoolClient, runId: string, points: BatchPoint[]): Promise<void> {
    if (!points.length) return;
    const { folds, rows } = foldPoints(points, Date.now());

    // Encoded before the COPY starts: the points were checked on the way in, and nothing can fail half-way.
    await copyIn(client, "COPY metric_points (run_id, key, split, step, value, timestamp) FROM STDIN WITH (FORMAT binary)", [encodeCopy(runId, rows)]);

    const summaries = [...folds.values()].sort(bySeries);
    await client.query(summaryUpsert(2), [runId, ...summaryArrays(summaries)]);
    await client.query(rollupUpsert(2, ""), [runId, ...rollupArrays(summaries)]);
  }

  /**
   * A small batch of points alone (MLflow's log-batch sends up to a thousand) in
   * one statement, so one round trip and no transaction to open and commit: the
   * points, then the summaries and the rollups, which wait for the summaries (the
   * same locking order as the COPY path).
   */
  private async appendPointsAtOnce(runId: string, points: BatchPoint[]): Promise<void> {
    const arrived = Date.now();
    const { folds } = foldPoints(points, arrived);
    const summaries = [...folds.values()].sort(bySeries);
    const summaryValues = summaryArrays(summaries);
    // Each point names its series by number (the order of the summaries); numbers go as array literals,
    // made in one pass, rather than as arrays the driver would quote element by element.
    const seriesOf = new Map(summaries.map((summary, index) => [`${summary.key}\u0000${summary.split}`, index + 1]));
    const series = new Array<number>(points.length);
    const steps = new Array<number | string>(points.length);
    const values = new Array<number>(points.length);
    const times = new Array<number>(points.length);
    let last = "";
    let lastSeries = 0;
    for (let index = 0; index < points.length; index += 1) {
      const point = points[index]!;
      const id = `${point.key}\u0000${point.split}`;
      if (id !== last) {
        last = id;
        lastSeries = seriesOf.get(id)!;
      }
      series[index] = lastSeries;
      steps[index] = point.stepText ?? point.step;
      values[index] = point.value;
      times[index] = point.at ?? arrived;
    }
    const literal = (numbers: Array<number | string>) => `{${numbers.join(",")}}`;
    await this.prisma.driverQuery(
      `WITH points AS (
         INSERT INTO metric_points (run_id, key, split, step, value, timestamp)
         SELECT $1, s.key, s.split, t.step, t.value, timestamptz 'epoch' + t.ms * interval '1 millisecond'
         FROM unnest($2::int[], $3::bigint[], $4::float8[], $5::float8[]) AS t(series, step, value, ms)
         JOIN unnest($6::text[], $7::text[]) WITH ORDINALITY AS s(key, split, n) ON s.n = t.series
       ), summaries AS (${summaryUpsert(6)} RETURNING 1)
       ${rollupUpsert(6 + summaryValues.length, "WHERE (SELECT count(*) FROM summaries) >= 0")}`,
      [runId, literal(series), literal(steps), literal(values), literal(times), ...summaryValues, ...rollupArrays(summaries)],
    );
  }
}

/** A retry answers the first result; the same key with another batch would silently drop the new data, and is refused. */
function answerReceipt(receipt: { result: unknown; bodyHash: string | null }, idempotency: Idempotency): BatchResult {
  if (receipt.bodyHash !== null && receipt.bodyHash !== idempotency.bodyHash) {
    throw new DomainError("IDEMPOTENCY_KEY_REUSED", `The Idempotency-Key "${idempotency.key}" was already used for another batch to this run: use a new key for new data.`, [
      { path: "Idempotency-Key", message: "Already used with another batch" },
    ]);
  }
  return receipt.result as BatchResult;
}

/** The upsert of series summaries, its arrays from parameter $first on ($1 is the run). */
function summaryUpsert(first: number): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `INSERT INTO metric_summaries AS s (run_id, experiment_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       SELECT $1, (SELECT experiment_id FROM runs WHERE id = $1), key, split, latest_value, latest_step, latest_at, min_value, max_value, count
       FROM unnest(${$(0)}::text[], ${$(1)}::text[], ${$(2)}::text[]::float8[], ${$(3)}::bigint[], ${$(4)}::timestamptz[], ${$(5)}::text[]::float8[], ${$(6)}::text[]::float8[], ${$(7)}::bigint[])
         AS t(key, split, latest_value, latest_step, latest_at, min_value, max_value, count)
       ON CONFLICT (run_id, key, split) DO UPDATE SET
         latest_value = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_value ELSE s.latest_value END,
         latest_at = CASE WHEN (EXCLUDED.latest_step, EXCLUDED.latest_at) >= (s.latest_step, s.latest_at) THEN EXCLUDED.latest_at ELSE s.latest_at END,
         latest_step = greatest(s.latest_step, EXCLUDED.latest_step),
         min_value = CASE WHEN s.min_value = 'NaN' THEN EXCLUDED.min_value WHEN EXCLUDED.min_value = 'NaN' THEN s.min_value ELSE least(s.min_value, EXCLUDED.min_value) END,
         max_value = CASE WHEN s.max_value = 'NaN' THEN EXCLUDED.max_value WHEN EXCLUDED.max_value = 'NaN' THEN s.max_value ELSE greatest(s.max_value, EXCLUDED.max_value) END,
         count = s.count + EXCLUDED.count`;
}

function summaryArrays(summaries: SeriesFold[]): unknown[] {
  return [
    summaries.map((summary) => summary.key),
    summaries.map((summary) => summary.split),
    summaries.map((summary) => String(summary.latest.value)),
    summaries.map((summary) => summary.latest.stepText ?? int64Text(summary.latest.step)),
    summaries.map((summary) => new Date(summary.latest.at).toISOString()),
    summaries.map((summary) => String(summary.min)),
    summaries.map((summary) => String(summary.max)),
    summaries.map((summary) => summary.count),
  ];
}

/**
 * The upsert of rollup blocks, its arrays from parameter $first on. A new extreme
 * replaces the kept one only when strictly better, as lowerThan and higherThan in
 * packages/domain decide: Postgres orders NaN above every number, so (value, step)
 * compares the lows directly.
 */
function rollupUpsert(first: number, where: string): string {
  const $ = (offset: number) => `$${first + offset}`;
  return `INSERT INTO metric_rollups AS r (run_id, key, split, level, block, count, min_value, min_step, max_value, max_step)
       SELECT $1, key, split, level, block, count, min_value, min_step, max_value, max_step
       FROM unnest(${$(0)}::text[], ${$(1)}::text[], ${$(2)}::smallint[], ${$(3)}::bigint[], ${$(4)}::int[], ${$(5)}::text[]::float8[], ${$(6)}::bigint[], ${$(7)}::text[]::float8[], ${$(8)}::bigint[])
         AS t(key, split, level, block, count, min_value, min_step, max_value, max_step)
       ${where}
       ON CONFLICT (run_id, key, split, level, block) DO UPDATE SET
         count = r.count + EXCLUDED.count,
         min_value = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_value ELSE r.min_value END,
         min_step = CASE WHEN (EXCLUDED.min_value, EXCLUDED.min_step) < (r.min_value, r.min_step) THEN EXCLUDED.min_step ELSE r.min_step END,
         max_value = CASE WHEN ${HIGHER} THEN EXCLUDED.max_value ELSE r.max_value END,
         max_step = CASE WHEN ${HIGHER} THEN EXCLUDED.max_step ELSE r.max_step END`;
}

function rollupArrays(summaries: SeriesFold[]): unknown[] {
  const blocks = summaries.flatMap((summary) => rollupsOf(summary));
  return [
    blocks.map((block) => block.key),
    blocks.map((block) => block.split),
    blocks.map((block) => block.level),
    blocks.map((block) => int64Text(block.block)),
    blocks.map((block) => block.extremes.count),
    blocks.map((block) => String(block.extremes.min.value)),
    blocks.map((block) => int64Text(block.extremes.min.step)),
    blocks.map((block) => String(block.extremes.max.value)),
    blocks.map((block) => int64Text(block.extremes.max.step)),
  ];
}

/**
 * An integral number as Postgres' bigint reads it. Beyond 2^53, String() writes the shortest text that rounds to
 * the number (String(2 ** 63) is "9223372036854776000", out of bigint's range); BigInt writes its exact digits,
 * and a step of 2^63 − 1, which a number rounds up to 2^63, is held at bigint's end. (Only rollups and the
 * summary of a series without exact text use this: the points themselves keep their exact steps.)
 */
const INT64_MAX = 2n ** 63n - 1n;
function int64Text(value: number): string {
  if (Number.isSafeInteger(value)) return String(value);
  const exact = BigInt(value);
  return (exact > INT64_MAX ? INT64_MAX : exact).toString();
}

interface SeriesFold {
  key: string;
  split: string;
  count: number;
  latest: { step: number; stepText?: string; at: number; value: number };
  min: number;
  max: number;
  /** The finest level's blocks; the coarser levels are folded from them. */
  blocks: Map<number, Extremes>;
}

const bySeries = (a: SeriesFold, b: SeriesFold) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.split < b.split ? -1 : a.split > b.split ? 1 : 0);
const FINEST_WIDTH = blockWidth(ROLLUP_LEVELS[0]!);

function assertSameParams(stored: NewParam[], sent: ReadonlyMap<string, NewParam>): void {
  for (const existing of stored) {
    const sentParam = sent.get(existing.key)!;
    const old = paramValueOf(existing);
    const value = paramValueOf(sentParam);
    // The text as sent decides, as in MLflow: '1' after '1.0' is another value.
    if (existing.type !== sentParam.type || existing.textValue !== sentParam.textValue) {
      throw new DomainError("PARAM_CONFLICT", `Param "${existing.key}" is already ${JSON.stringify(old)}; params are written once, so ${JSON.stringify(value)} is refused.`, [
        { path: "params", code: existing.key, message: `Already ${JSON.stringify(old)}, not ${JSON.stringify(value)}` },
      ]);
    }
  }
}


/**
 * One pass over a batch: the rows to COPY, and per series its summary and its
 * finest-level blocks. Points of one series usually come together and in step
 * order, so the last series and block are kept at hand.
 */
function foldPoints(points: BatchPoint[], arrivedMs: number) {
  const folds = new Map<string, SeriesFold>();
  const rows: CopyRow[] = new Array(points.length);
  let fold: SeriesFold | undefined;
  let key = Buffer.alloc(0);
  let split = Buffer.alloc(0);
  let block = -1;
  let extremes: Extremes | undefined;
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index]!;
    const at = point.at ?? arrivedMs;
    if (!fold || fold.key !== point.key || fold.split !== point.split) {
      const id = `${point.key}\u0000${point.split}`;
      fold = folds.get(id);
      if (!fold) {
        fold = { key: point.key, split: point.split, count: 0, latest: { step: point.step, stepText: point.stepText, at, value: point.value }, min: Number.NaN, max: Number.NaN, blocks: new Map() };
        folds.set(id, fold);
      }
      key = Buffer.from(point.key);
      split = Buffer.from(point.split);
      block = -1;
    }
    rows[index] = { point, at, key, split };

    fold.count += 1;
    if (point.step > fold.latest.step || (point.step === fold.latest.step && at >= fold.latest.at)) fold.latest = { step: point.step, stepText: point.stepText, at, value: point.value };
    if (!Number.isNaN(point.value)) {
      if (Number.isNaN(fold.min) || point.value < fold.min) fold.min = point.value;
      if (Number.isNaN(fold.max) || point.value > fold.max) fold.max = point.value;
    }
    const pointBlock = Math.floor(point.step / FINEST_WIDTH);
    if (pointBlock !== block) {
      block = pointBlock;
      extremes = fold.blocks.get(block);
      if (!extremes) {
        extremes = addToExtremes(undefined, point);
        fold.blocks.set(block, extremes);
        continue;
      }
    }
    addToExtremes(extremes, point);
  }
  return { folds, rows };
}

/** A series' blocks at every level, in (level, block) order: each coarser level merges four blocks of the one below. */
function rollupsOf(fold: SeriesFold): Array<{ key: string; split: string; level: number; block: number; extremes: Extremes }> {
  const rows: Array<{ key: string; split: string; level: number; block: number; extremes: Extremes }> = [];
  let level = new Map(fold.blocks);
  for (const [index, number] of ROLLUP_LEVELS.entries()) {
    if (index > 0) {
      const coarser = new Map<number, Extremes>();
      for (const [block, extremes] of level) coarser.set(Math.floor(block / 4), mergeExtremes(coarser.get(Math.floor(block / 4)), extremes));
      level = coarser;
    }
    for (const block of [...level.keys()].sort((a, b) => a - b)) rows.push({ key: fold.key, split: fold.split, level: number, block, extremes: level.get(block)! });
  }
  return rows;
}
