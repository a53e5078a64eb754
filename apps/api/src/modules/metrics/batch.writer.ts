import { Injectable } from "@nestjs/common";
import { encodeCopy, foldPoints, int64Text, rollupsOf, type BatchPoint, type SeriesFold } from "@lifecycle/domain";
import type { PoolClient } from "pg";
import { DomainError } from "../../common/errors/domain-error";
import { copyIn } from "../../prisma/copy-in";
import { PrismaService } from "../../prisma/prisma.service";
import { COPY_POINTS, INSERT_PARAMS, MARK_FIT_DUE, INSERT_RECEIPT, pointsAtOnce, READ_PARAMS, READ_RECEIPT, rollupUpsert, summaryUpsert, UPSERT_TAGS } from "./metric-sql";
import { paramValueOf } from "../runs/runs.mapper";
import type { NewParam } from "../runs/runs.repository";

export type { BatchPoint } from "@lifecycle/domain";

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
        if (idempotency) await client.query(INSERT_RECEIPT, [runId, idempotency.key, idempotency.bodyHash, JSON.stringify(result)]);
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
    const { rows } = await client.query<{ result: BatchResult; body_hash: string | null }>(READ_RECEIPT, [runId, idempotency.key]);
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
      INSERT_PARAMS,
      [runId, fresh.map((param) => param.key), fresh.map((param) => param.type), fresh.map((param) => param.numberValue), fresh.map((param) => param.textValue)],
    );
    if (inserted.length < fresh.length) {
      const written = new Set(inserted.map((row) => row.key));
      assertSameParams(await this.readParams(client, runId, fresh.filter((param) => !written.has(param.key)).map((param) => param.key)), sent);
    }
  }

  private async readParams(client: PoolClient, runId: string, keys: string[]): Promise<NewParam[]> {
    const { rows } = await client.query<NewParam>(
      READ_PARAMS,
      [runId, keys],
    );
    return rows;
  }

  private async writeTags(client: PoolClient, runId: string, tags: Array<{ key: string; value: string }>): Promise<void> {
    if (!tags.length) return;
    const sorted = [...new Map(tags.map((tag) => [tag.key, tag.value])).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    await client.query(
      UPSERT_TAGS,
      [runId, sorted.map(([key]) => key), sorted.map(([, value]) => value)],
    );
  }

  private async appendPoints(client: PoolClient, runId: string, points: BatchPoint[]): Promise<void> {
    if (!points.length) return;
    const arrived = Date.now();
    const summaries = foldPoints(points, arrived);
    // Encoded before the COPY starts: the points were checked on the way in, and nothing can fail half-way.
    const encoded = encodeCopy(runId, points, arrived);
    await copyIn(client, COPY_POINTS, [Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength)]);

    await client.query(summaryUpsert(2), [runId, ...summaryArrays(summaries)]);
    await client.query(rollupUpsert(2, ""), [runId, ...rollupArrays(summaries)]);
    await client.query(MARK_FIT_DUE, [runId]);
  }

  /**
   * A small batch of points alone (MLflow's log-batch sends up to a thousand) in
   * one statement, so one round trip and no transaction to open and commit: the
   * points, then the summaries and the rollups, which wait for the summaries (the
   * same locking order as the COPY path).
   */
  private async appendPointsAtOnce(runId: string, points: BatchPoint[]): Promise<void> {
    const arrived = Date.now();
    const summaries = foldPoints(points, arrived);
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
      pointsAtOnce(summaryValues.length),
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
