import { Injectable } from "@nestjs/common";
import {
  splitsProblem,
  STRUCTURED_KINDS,
  type CreateDataSetInput,
  type CreateDataSetVersionInput,
  type DataSet,
  type LinkRunDataInput,
  type RunData,
  type RunInput,
  type UpdateDataSetInput,
} from "@lifecycle/domain";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import { normaliseText } from "../../common/text";
import { isUniqueViolation } from "../../prisma/prisma-errors";
import type { Db } from "../../prisma/prisma.service";
import { ProjectsService } from "../projects/projects.service";
import { RunsService } from "../runs/runs.service";
import { DataSetsRepository, type DataSetRow, type RunDataRow } from "./data-sets.repository";

function toDataSetView(row: DataSetRow): DataSet {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    description: row.description,
    kind: row.kind,
    structured: STRUCTURED_KINDS.has(row.kind),
    labelling: row.labelling,
    labelSource: row.labelSource,
    sourceUri: row.sourceUri,
    format: row.format,
    owner: row.owner,
    versions: row.versions.map((version) => ({
      id: version.id,
      dataSetId: version.dataSetId,
      version: version.version,
      fingerprint: version.fingerprint,
      itemCount: Number(version.itemCount),
      sizeBytes: version.sizeBytes === null ? null : Number(version.sizeBytes),
      features: version.features as Array<{ name: string; type: string }>,
      labelDistribution: version.labelDistribution as Record<string, number>,
      collectionNotes: version.collectionNotes,
      preprocessing: version.preprocessing as string[],
      splits: version.splits.map((split) => ({ name: split.name, count: Number(split.count) })),
      preferenceExport: version.export,
      usedBy: version.uses.map((use) => ({ runId: use.run.id, runName: use.run.name, experimentId: use.run.experimentId, split: use.split, purpose: use.purpose as RunData["purpose"] })),
      createdAt: version.createdAt.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const toRunDataView = (row: RunDataRow): RunData => ({
  id: row.id,
  dataSetId: row.version.dataSet.id,
  dataSetName: row.version.dataSet.name,
  versionId: row.version.id,
  version: row.version.version,
  split: row.split,
  purpose: row.purpose,
});

/** Data sets, their immutable versions with splits, and lineage: which runs used which split. */
export interface NewRunInput {
  name: string;
  digest: string;
  sourceType: string;
  source: string;
  schema: string | null;
  profile: string | null;
  tags: Array<{ key: string; value: string }>;
}

function toRunInputView(row: { id: string; name: string; digest: string; sourceType: string; source: string; schema: string | null; profile: string | null; tags: unknown; createdAt: Date }): RunInput {
  const tags = Object.fromEntries((row.tags as Array<{ key: string; value: string }>).map((tag) => [tag.key, tag.value]));
  return {
    id: row.id,
    name: row.name,
    digest: row.digest,
    sourceType: row.sourceType,
    source: row.source,
    schema: row.schema,
    profile: row.profile,
    context: tags["mlflow.data.context"] ?? null,
    tags,
    createdAt: row.createdAt.toISOString(),
  };
}

@Injectable()
export class DataSetsService {
  constructor(
    private readonly dataSets: DataSetsRepository,
    private readonly projects: ProjectsService,
    private readonly runs: RunsService,
  ) {}

  async listDataSets(projectRef: string): Promise<{ items: DataSet[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: (await this.dataSets.findDataSets(project.id)).map(toDataSetView) };
  }

  async getDataSet(projectRef: string, dataSetId: string): Promise<DataSet> {
    return toDataSetView(await this.requireDataSet(projectRef, dataSetId));
  }

  async createDataSet(projectRef: string, input: CreateDataSetInput): Promise<DataSet> {
    const project = await this.projects.requireProject(projectRef);
    this.checkLabelSource(input.labelling, input.labelSource);
    const fields = normaliseText(input);
    const row = await this.dataSets
      .createDataSet({
        projectId: project.id,
        name: input.name,
        description: fields.description ?? null,
        kind: input.kind,
        labelling: input.labelling,
        labelSource: input.labelSource ?? null,
        sourceUri: fields.sourceUri ?? null,
        format: fields.format ?? null,
        owner: fields.owner ?? null,
      })
      .catch((error: unknown) => this.rethrowNameTaken(error, input.name));
    return toDataSetView(row);
  }

  async updateDataSet(projectRef: string, dataSetId: string, input: UpdateDataSetInput): Promise<DataSet> {
    const current = await this.requireDataSet(projectRef, dataSetId);
    this.checkLabelSource(input.labelling ?? current.labelling, input.labelSource === undefined ? current.labelSource : input.labelSource);
    const row = await this.dataSets.updateDataSet(current.id, normaliseText(input)).catch((error: unknown) => this.rethrowNameTaken(error, input.name ?? current.name));
    return toDataSetView(row);
  }

  async deleteDataSet(projectRef: string, dataSetId: string): Promise<void> {
    const current = await this.requireDataSet(projectRef, dataSetId);
    const uses = await this.dataSets.countUses(current.id);
    if (uses > 0) throw new DomainError("DATA_SET_IN_USE", `Runs used "${current.name}" ${uses} time${uses === 1 ? "" : "s"}; unlink them from the runs before deleting it.`);
    await this.dataSets.deleteDataSet(current.id);
  }

  /**
   * A new immutable version; its splits must add up to its item count. `alongside` writes what comes with it in
   * the version's transaction.
   */
  async createVersion(projectRef: string, dataSetId: string, input: CreateDataSetVersionInput, alongside?: (tx: Db, created: { id: string; version: number }) => Promise<void>): Promise<DataSet> {
    const current = await this.requireDataSet(projectRef, dataSetId);
    const problem = splitsProblem(input.itemCount, input.splits);
    if (problem) throw invalidField(problem.path, problem.message);
    const distribution = input.labelDistribution ?? {};
    const labelled = Object.values(distribution).reduce((sum, count) => sum + count, 0);
    if (labelled > input.itemCount) throw invalidField("labelDistribution", `${labelled.toLocaleString("en")} labelled items is more than the version's ${input.itemCount.toLocaleString("en")}`);
    const fields = normaliseText(input);
    await this.dataSets.createVersion(
      current.id,
      {
        fingerprint: input.fingerprint,
        itemCount: input.itemCount,
        sizeBytes: input.sizeBytes ?? null,
        features: input.features ?? [],
        labelDistribution: distribution,
        collectionNotes: fields.collectionNotes ?? null,
        preprocessing: input.preprocessing ?? [],
      },
      input.splits,
      alongside,
    );
    return this.getDataSet(projectRef, current.id);
  }

  async listRunInputs(projectRef: string, runId: string): Promise<{ items: RunInput[] }> {
    const run = await this.runs.locateRun(projectRef, runId);
    return { items: (await this.dataSets.findRunInputs([run.id])).map(toRunInputView) };
  }

  /** The inputs of several runs (of one project, already checked), by run. */
  async runInputsByRun(runIds: string[]): Promise<Map<string, RunInput[]>> {
    const byRun = new Map<string, RunInput[]>();
    for (const row of await this.dataSets.findRunInputs(runIds)) byRun.set(row.runId, [...(byRun.get(row.runId) ?? []), toRunInputView(row)]);
    return byRun;
  }

  /** Records data sets a run read (MLflow's log-inputs); those it already has are kept as they were. */
  async logRunInputs(projectRef: string, runId: string, inputs: NewRunInput[]): Promise<void> {
    const run = await this.runs.locateRun(projectRef, runId);
    if (run.deleted) throw new DomainError("RUN_DELETED", "The run is deleted: restore it before logging to it.");
    await this.dataSets.createRunInputs(
      inputs.map((input) => ({ runId: run.id, name: input.name, digest: input.digest, sourceType: input.sourceType, source: input.source, schema: input.schema, profile: input.profile, tags: input.tags })),
    );
  }

  async listRunData(projectRef: string, runId: string): Promise<{ items: RunData[] }> {
    const run = await this.runs.getRun(projectRef, runId);
    return { items: (await this.dataSets.findRunData(run.id)).map(toRunDataView) };
  }

  /** Records that a run trained or was evaluated on a split of a version of one of the project's data sets. */
  async linkRunData(projectRef: string, runId: string, input: LinkRunDataInput): Promise<RunData> {
    const project = await this.projects.requireProject(projectRef);
    const run = await this.runs.getRun(projectRef, runId);
    const version = await this.dataSets.findProjectVersion(project.id, input.versionId);
    if (!version) throw new DomainError("DATA_SET_VERSION_NOT_FOUND", `No data set version "${input.versionId}" in project "${project.slug}".`);
    if (!version.splits.some((split) => split.name === input.split)) {
      throw invalidField("split", `The version has no split "${input.split}"; it has ${version.splits.map((split) => split.name).join(", ")}`);
    }
    const row = await this.dataSets.createRunData({ runId: run.id, versionId: version.id, split: input.split, purpose: input.purpose }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new DomainError("DATA_USE_EXISTS", `The run already records ${input.purpose.toLowerCase()} on that split.`);
      throw error;
    });
    return toRunDataView(row);
  }

  async unlinkRunData(projectRef: string, runId: string, useId: string): Promise<void> {
    const run = await this.runs.getRun(projectRef, runId);
    if (!(await this.dataSets.deleteRunData(run.id, useId))) throw new DomainError("DATA_USE_NOT_FOUND", `The run has no data use "${useId}".`);
  }

  private checkLabelSource(labelling: string, labelSource: string | null | undefined): void {
    if (labelling === "UNLABELLED" && labelSource) throw invalidField("labelSource", "Unlabelled data has no label source");
  }

  private async requireDataSet(projectRef: string, dataSetId: string): Promise<DataSetRow> {
    const project = await this.projects.requireProject(projectRef);
    const row = await this.dataSets.findDataSet(project.id, dataSetId);
    if (!row) throw new DomainError("DATA_SET_NOT_FOUND", `No data set "${dataSetId}" in project "${project.slug}".`);
    return row;
  }

  private rethrowNameTaken(error: unknown, name: string): never {
    if (isUniqueViolation(error)) throw new DomainError("DATA_SET_NAME_TAKEN", `The project already has a data set named "${name}".`, [{ path: "name", message: "Already taken" }]);
    throw error;
  }
}
