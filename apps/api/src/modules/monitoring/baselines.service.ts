import type { Readable } from "node:stream";
import { Injectable } from "@nestjs/common";
import {
  BASELINE_ROWS_MAX,
  BaselineBuilder,
  FEATURE_NAME_MAX,
  FEATURES_PER_RECORD,
  predictionValue,
  type Baseline,
  type BaselineReferences,
  type BaselineSource,
  type CreateProductionBaselineInput,
  type FeatureReference,
  type FeatureValue,
  type UploadBaselineQuery,
} from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { linesOf } from "../../common/lines";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import { DeploymentsService } from "../deployments/deployments.service";
import { BaselinesRepository, type BaselineRow } from "./baselines.repository";
import { MonitoringRepository } from "./monitoring.repository";
import { parseCsvLine } from "./csv";

function summary(name: string, reference: FeatureReference) {
  return {
    name,
    kind: reference.kind,
    count: reference.count,
    missing: reference.missing,
    binning: reference.binning,
    binCounts: reference.binCounts,
    mean: reference.kind === "numeric" ? reference.mean : null,
    std: reference.kind === "numeric" ? reference.std : null,
  };
}

export function toBaselineView(row: BaselineRow): Baseline {
  const { features, prediction } = row;
  return {
    id: row.id,
    deploymentId: row.deploymentId,
    name: row.name,
    source: row.source,
    dataSetVersionId: row.dataSetVersionId,
    split: row.split,
    windowFrom: row.windowFrom?.toISOString() ?? null,
    windowTo: row.windowTo?.toISOString() ?? null,
    rowCount: row.rowCount,
    active: row.active,
    features: Object.entries(features).map(([name, reference]) => summary(name, reference)),
    prediction: prediction ? summary("prediction", prediction) : null,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Baselines: what a deployment's production data is compared with — built from a data set version's split
 * (its rows uploaded as CSV or JSON lines, read as they arrive) or from a window of the deployment's own
 * records. Each feature's reference keeps its binning, so every drift figure can be recomputed later. One
 * baseline is active at a time; records are profiled on the active one from the moment it is active.
 */
@Injectable()
export class BaselinesService {
  /** Baselines never change once written: their parsed references are kept by id. */
  private readonly cache = new Map<string, BaselineReferences>();

  constructor(
    private readonly baselines: BaselinesRepository,
    private readonly records: MonitoringRepository,
    private readonly deployments: DeploymentsService,
  ) {}

  async list(projectRef: string, deploymentId: string): Promise<{ items: Baseline[] }> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    return { items: (await this.baselines.list(deployment.id)).map(toBaselineView) };
  }

  async get(projectRef: string, deploymentId: string, baselineId: string): Promise<Baseline> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    return toBaselineView(await this.require(deployment.id, baselineId));
  }

  async activate(projectRef: string, deploymentId: string, baselineId: string): Promise<Baseline> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    await this.require(deployment.id, baselineId);
    return toBaselineView(await this.baselines.activate(deployment.id, baselineId));
  }

  async createFromProduction(principal: Principal, projectRef: string, deploymentId: string, input: CreateProductionBaselineInput): Promise<Baseline> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    const from = new Date(input.from);
    const to = new Date(input.to);
    if (from >= to) throw invalidField("from", "Must be before to");
    await this.requireFreeName(deployment.id, input.name);
    const rows = await this.records.recordsForBaseline(deployment.id, from, to, BASELINE_ROWS_MAX + 1);
    if (rows.length === 0) throw invalidField("from", "The deployment has no records in this window");
    if (rows.length > BASELINE_ROWS_MAX) throw new DomainError("PAYLOAD_TOO_LARGE", `The window holds more than ${BASELINE_ROWS_MAX.toLocaleString("en")} records; choose a shorter one.`);
    const builder = new BaselineBuilder();
    for (const row of rows) builder.add(row.features as Record<string, FeatureValue>, predictionValue(row.prediction as Parameters<typeof predictionValue>[0]));
    return this.store(deployment.id, principal, builder, { name: input.name, source: "PRODUCTION", windowFrom: from, windowTo: to, activate: input.activate });
  }

  /** A baseline from rows streamed as CSV (a header line, then one row a line) or JSON lines (one flat object a line). */
  async upload(principal: Principal, projectRef: string, deploymentId: string, query: UploadBaselineQuery, format: "csv" | "ndjson", body: Readable): Promise<Baseline> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    if (query.dataSetVersionId) {
      const version = await this.baselines.findDataSetVersion(deployment.projectId, query.dataSetVersionId);
      if (!version) throw new DomainError("DATA_SET_VERSION_NOT_FOUND", `No data set version "${query.dataSetVersionId}" in this project.`);
      if (query.split && !version.splits.includes(query.split)) throw invalidField("split", `The version has no split "${query.split}"; it has ${version.splits.join(", ") || "none"}`);
    } else if (query.split) {
      throw invalidField("split", "A split needs its dataSetVersionId");
    }
    await this.requireFreeName(deployment.id, query.name);
    const builder = new BaselineBuilder();
    const predictionColumn = query.predictionColumn;
    let header: string[] | null = null;
    let lineNumber = 0;
    for await (const line of linesOf(body)) {
      lineNumber += 1;
      const text = line.endsWith("\r") ? line.slice(0, -1) : line;
      if (text.trim() === "") continue;
      let row: Record<string, FeatureValue>;
      if (format === "csv") {
        const cells = parseCsvLine(text, lineNumber);
        if (!header) {
          header = cells;
          const duplicate = header.find((name, index) => header!.indexOf(name) !== index);
          if (duplicate !== undefined) throw invalidField("body", `Line 1: the column "${duplicate}" appears twice`);
          if (header.some((name) => name === "")) throw invalidField("body", "Line 1: every column needs a name");
          if (predictionColumn && !header.includes(predictionColumn)) throw invalidField("predictionColumn", `No column "${predictionColumn}" in the header`);
          const problem = header.map(featureNameProblem).find((message) => message !== null);
          if (problem) throw invalidField("body", `Line 1: ${problem}`);
          if (header.length > FEATURES_PER_RECORD + 1) throw invalidField("body", `Line 1: at most ${FEATURES_PER_RECORD} feature columns`);
          continue;
        }
        if (cells.length !== header.length) throw invalidField("body", `Line ${lineNumber}: ${cells.length} values for ${header.length} columns`);
        row = {};
        header.forEach((name, index) => (row[name] = csvValue(cells[index]!)));
      } else {
        row = jsonRow(text, lineNumber);
      }
      if (builder.rowCount >= BASELINE_ROWS_MAX) throw new DomainError("PAYLOAD_TOO_LARGE", `At most ${BASELINE_ROWS_MAX.toLocaleString("en")} rows per baseline.`);
      let prediction: FeatureValue = null;
      if (predictionColumn) {
        prediction = row[predictionColumn] ?? null;
        delete row[predictionColumn];
      }
      builder.add(row, prediction);
      if (builder.featureCount > FEATURES_PER_RECORD) throw invalidField("body", `Line ${lineNumber}: the rows name more than ${FEATURES_PER_RECORD} features`);
    }
    if (builder.rowCount === 0) throw invalidField("body", format === "csv" ? "No rows: send a header line and then one row a line" : "No rows: send one JSON object a line");
    return this.store(deployment.id, principal, builder, {
      name: query.name,
      source: "DATA_SET",
      dataSetVersionId: query.dataSetVersionId ?? null,
      split: query.split ?? null,
      activate: query.activate === "true",
    });
  }

  /** The active baseline's id and references, or null when the deployment has none. */
  async activeReferences(deploymentId: string): Promise<{ id: string; name: string; references: BaselineReferences } | null> {
    const active = await this.baselines.findActiveId(deploymentId);
    if (!active) return null;
    let references = this.cache.get(active.id);
    if (!references) {
      const row = await this.baselines.findReferences(active.id);
      if (!row) return null;
      references = { features: row.features, prediction: row.prediction };
      this.cache.set(active.id, references);
    }
    return { id: active.id, name: active.name, references };
  }

  private async store(
    deploymentId: string,
    principal: Principal,
    builder: BaselineBuilder,
    fields: { name: string; source: BaselineSource; dataSetVersionId?: string | null; split?: string | null; windowFrom?: Date; windowTo?: Date; activate: boolean },
  ): Promise<Baseline> {
    const references = builder.build();
    if (Object.keys(references.features).length === 0) throw invalidField("body", "The rows have no features");
    try {
      const row = await this.baselines.create({
        deploymentId,
        name: fields.name.trim(),
        source: fields.source,
        dataSetVersionId: fields.dataSetVersionId ?? null,
        split: fields.split ?? null,
        windowFrom: fields.windowFrom ?? null,
        windowTo: fields.windowTo ?? null,
        rowCount: builder.rowCount,
        features: references.features,
        prediction: references.prediction,
        createdBy: principal.name,
        activate: fields.activate,
      });
      return toBaselineView(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTaken(fields.name);
      throw error;
    }
  }

  private async requireFreeName(deploymentId: string, name: string): Promise<void> {
    if (await this.baselines.nameExists(deploymentId, name.trim())) throw this.nameTaken(name);
  }

  private nameTaken(name: string): DomainError {
    return new DomainError("BASELINE_NAME_TAKEN", `The deployment already has a baseline named "${name.trim()}".`, [{ path: "name", message: "Already taken" }]);
  }

  private async require(deploymentId: string, baselineId: string): Promise<BaselineRow> {
    const row = await this.baselines.find(deploymentId, baselineId);
    if (!row) throw new DomainError("BASELINE_NOT_FOUND", `The deployment has no baseline "${baselineId}".`);
    return row;
  }
}

/** Why a column cannot be a feature (the names records may use), or null. */
function featureNameProblem(name: string): string | null {
  if (name.length > FEATURE_NAME_MAX) return `the name "${name.slice(0, 40)}…" is longer than ${FEATURE_NAME_MAX} characters`;
  if (name.startsWith("__")) return `names starting with __ are reserved ("${name.slice(0, 40)}")`;
  return null;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A CSV cell as a feature value: empty is missing, a number is a number, anything else is text. */
function csvValue(cell: string): FeatureValue {
  const text = cell.trim();
  if (text === "") return null;
  if (NUMBER.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  return cell;
}

function jsonRow(text: string, lineNumber: number): Record<string, FeatureValue> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidField("body", `Line ${lineNumber}: not JSON`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw invalidField("body", `Line ${lineNumber}: not a JSON object of features`);
  for (const [name, feature] of Object.entries(value)) {
    const problem = featureNameProblem(name);
    if (problem) throw invalidField("body", `Line ${lineNumber}: ${problem}`);
    if (!(feature === null || typeof feature === "string" || typeof feature === "boolean" || (typeof feature === "number" && Number.isFinite(feature)))) {
      throw invalidField("body", `Line ${lineNumber}: "${name.slice(0, 60)}" is not a number, text, boolean or null`);
    }
  }
  return value as Record<string, FeatureValue>;
}
