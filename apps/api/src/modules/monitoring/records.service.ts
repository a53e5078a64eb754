import { createHash } from "node:crypto";
import { Injectable } from "@nestjs/common";
import {
  foldRecords,
  FUTURE_SKEW_MS,
  mergeProfileSets,
  mergeTraffic,
  type FeatureProfile,
  type InferenceRecordView,
  type LogRecordsInput,
  type LogRecordsResult,
  type TrafficProfile,
} from "@lifecycle/domain";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { DeploymentsService } from "../deployments/deployments.service";
import { BaselinesService } from "./baselines.service";
import { MonitoringConfig } from "./monitoring.config";
import { MonitoringRepository } from "./monitoring.repository";
import { RecordPartitions } from "./record-partitions";

const DAY_MS = 86_400_000;

/**
 * Production inference records in: a batch is checked whole before anything is written, then in one transaction
 * its new prediction ids are recorded (a repeated id is ignored and counted as a duplicate), the records written
 * to their day's partition, and each hour's traffic and, with an active baseline, each feature's profile merged.
 * An Idempotency-Key makes a retry answer the first result and write nothing.
 */
@Injectable()
export class RecordsService {
  constructor(
    private readonly repository: MonitoringRepository,
    private readonly deployments: DeploymentsService,
    private readonly baselines: BaselinesService,
    private readonly partitions: RecordPartitions,
    private readonly config: MonitoringConfig,
  ) {}

  async logRecords(projectRef: string, deploymentId: string, input: LogRecordsInput, idempotencyKey?: string): Promise<LogRecordsResult> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    const now = Date.now();
    const oldest = now - this.config.retentionDays * DAY_MS;
    const days = new Set<string>();
    input.records.forEach((record, index) => {
      const ms = Date.parse(record.timestamp);
      if (ms < oldest) throw invalidField(`records.${index}.timestamp`, `Older than the ${this.config.retentionDays}-day retention of production records`);
      if (ms > now + FUTURE_SKEW_MS) throw invalidField(`records.${index}.timestamp`, "More than a day ahead of the server's clock");
      days.add(new Date(ms).toISOString().slice(0, 10));
    });
    const bodyHash = idempotencyKey ? createHash("sha256").update(JSON.stringify(input.records)).digest("hex") : "";
    if (idempotencyKey) {
      const receipt = await this.repository.findReceipt(deployment.id, idempotencyKey);
      if (receipt) return this.replay(receipt, bodyHash);
    }
    // The first occurrence of a prediction id in the batch is the one kept.
    const seen = new Set<string>();
    const duplicates: string[] = [];
    const unique = input.records.filter((record) => {
      if (seen.has(record.predictionId)) {
        duplicates.push(record.predictionId);
        return false;
      }
      seen.add(record.predictionId);
      return true;
    });
    await this.partitions.ensure([...days]);
    const baseline = await this.baselines.activeReferences(deployment.id);
    const outcome = await this.repository.transaction(async (client) => {
      if (idempotencyKey && !(await this.repository.claimReceipt(client, deployment.id, idempotencyKey, bodyHash))) return null;
      const written = new Set(await this.repository.insertRecords(client, deployment.id, JSON.stringify(unique)));
      const accepted = unique.filter((record) => written.has(record.predictionId));
      for (const record of unique) if (!written.has(record.predictionId)) duplicates.push(record.predictionId);
      const hours = foldRecords(accepted, baseline?.references ?? null);
      if (hours.size > 0) {
        await this.repository.lockDeploymentProfiles(client, deployment.id);
        const keys = [...hours.keys()];
        const traffic = await this.repository.hourTraffic(client, deployment.id, keys);
        await this.repository.saveHourTraffic(
          client,
          deployment.id,
          keys,
          keys.map((hour) => {
            const stored = traffic.get(hour) as TrafficProfile | undefined;
            const fresh = hours.get(hour)!.traffic;
            return JSON.stringify(stored ? mergeTraffic(stored, fresh) : fresh);
          }),
        );
        if (baseline) {
          const stored = await this.repository.hourProfiles(client, deployment.id, baseline.id, keys);
          const profiles = keys.map((hour) => {
            const fold = hours.get(hour)!;
            const before = stored.get(hour);
            return JSON.stringify(before ? mergeProfileSets(before.profiles as Record<string, FeatureProfile>, fold.profiles!) : fold.profiles);
          });
          const counts = keys.map((hour) => (stored.get(hour)?.count ?? 0) + hours.get(hour)!.count);
          await this.repository.saveHourProfiles(client, deployment.id, baseline.id, keys, profiles, counts);
        }
      }
      const result: LogRecordsResult = { accepted: accepted.length, duplicates: duplicates.length, duplicatePredictionIds: duplicates.slice(0, 100), profiled: baseline !== null };
      if (idempotencyKey) await this.repository.completeReceipt(client, deployment.id, idempotencyKey, result);
      return result;
    });
    if (outcome) return outcome;
    // Another request with the same key committed first: answer what it answered.
    const receipt = await this.repository.findReceipt(deployment.id, idempotencyKey!);
    if (!receipt) throw new DomainError("IDEMPOTENCY_KEY_REUSED", "A request with this Idempotency-Key is still being written; retry it in a moment.");
    return this.replay(receipt, bodyHash);
  }

  async listRecords(projectRef: string, deploymentId: string, query: { from?: string | undefined; to?: string | undefined; cursor?: string | undefined; pageSize: number }) {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    const to = query.to ? new Date(query.to) : new Date(Date.now() + FUTURE_SKEW_MS);
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - this.config.retentionDays * DAY_MS - FUTURE_SKEW_MS);
    if (from >= to) throw invalidField("from", "Must be before to");
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.repository.recordPage(deployment.id, from, to, after, query.pageSize + 1);
    const items: InferenceRecordView[] = rows.slice(0, query.pageSize).map((row) => ({
      predictionId: row.prediction_id,
      timestamp: row.recorded_at.toISOString(),
      receivedAt: row.received_at.toISOString(),
      features: row.features as InferenceRecordView["features"],
      prediction: row.prediction as InferenceRecordView["prediction"],
      ...(row.variant !== null ? { variant: row.variant } : {}),
      ...(row.latency_ms !== null ? { latencyMs: row.latency_ms } : {}),
      ...(row.input_tokens !== null ? { inputTokens: row.input_tokens } : {}),
      ...(row.output_tokens !== null ? { outputTokens: row.output_tokens } : {}),
      ...(row.cost !== null ? { cost: row.cost } : {}),
      ...(row.error !== null ? { error: row.error } : {}),
    }));
    const last = rows.length > query.pageSize ? items[items.length - 1]! : null;
    return { items, nextCursor: last ? Buffer.from(JSON.stringify([last.timestamp, last.predictionId])).toString("base64url") : null };
  }

  private replay(receipt: { body_hash: string; result: unknown }, bodyHash: string): LogRecordsResult {
    if (receipt.body_hash !== bodyHash) {
      throw new DomainError("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different batch of records; use a new key for a new batch.", [
        { path: "Idempotency-Key", message: "Already used for another batch" },
      ]);
    }
    if (receipt.result === null) throw new DomainError("IDEMPOTENCY_KEY_REUSED", "A request with this Idempotency-Key is still being written; retry it in a moment.");
    return receipt.result as LogRecordsResult;
  }
}

function decodeCursor(cursor: string): { recordedAt: string; predictionId: string } {
  try {
    const [recordedAt, predictionId] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    // Exactly the ISO form this list writes: anything else never reaches Postgres.
    if (typeof recordedAt === "string" && typeof predictionId === "string" && !Number.isNaN(Date.parse(recordedAt)) && new Date(recordedAt).toISOString() === recordedAt) return { recordedAt, predictionId };
  } catch {
    // fall through
  }
  throw invalidField("cursor", "Not a cursor this list gave");
}
