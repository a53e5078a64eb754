import { Inject, Injectable } from "@nestjs/common";
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import {
  dpoLine,
  DPO_EXPORT_MAX,
  winRates,
  type CreateDpoExportInput,
  type DpoExport,
  type LogPreferencesInput,
  type Preference,
  type PreferenceChoice,
  type PreferencePageQuery,
  type PreferenceSideInputSchema,
  type ScoreSource,
  type WinRates,
  type WinRatesQuery,
} from "@lifecycle/domain";
import type { z } from "zod";
import type { Principal } from "../../common/auth/principal";
import { DomainError, invalidField } from "../../common/errors/domain-error";
import type { Db } from "../../prisma/prisma.service";
import { ARTIFACT_STORE, type ArtifactStore, type StoredArtifact } from "../artifacts/artifact-store";
import { DataSetsService } from "../data-sets/data-sets.service";
import { ProjectsService } from "../projects/projects.service";
import { PreferencesRepository, type NewPreference, type PreferenceExportRow, type PreferenceRow } from "./preferences.repository";

type SideInput = z.infer<typeof PreferenceSideInputSchema>;
/** A pair as it is stored: the prompt and both answers, each with what produced it. */
export interface PairContent {
  prompt: string;
  a: SideInput;
  b: SideInput;
}

/** What a side is compared as: its registry version, or else its label. */
const variantOf = (versionId: string | null, label: string | null) => versionId ?? `label:${label ?? ""}`;
const sideView = (response: string, versionId: string | null, label: string | null, version: { version: number; model: { name: string } } | null) => ({
  response,
  modelVersionId: versionId,
  label,
  version: [version ? `${version.model.name} v${version.version}` : null, label].filter(Boolean).join(" · ") || "unknown",
});

function toPreferenceView(row: PreferenceRow): Preference {
  return {
    id: row.id,
    prompt: row.prompt,
    a: sideView(row.responseA, row.versionAId, row.labelA, row.versionA),
    b: sideView(row.responseB, row.versionBId, row.labelB, row.versionB),
    choice: row.choice as PreferenceChoice,
    reason: row.reason,
    deploymentId: row.deploymentId,
    predictionId: row.predictionId,
    source: row.source as ScoreSource,
    author: row.author,
    timestamp: row.judgedAt.toISOString(),
  };
}

function toExportView(row: PreferenceExportRow): DpoExport {
  const filter = row.filter as DpoExport["filter"];
  return {
    id: row.id,
    dataSetId: row.dataSetVersion.dataSet.id,
    dataSetName: row.dataSetVersion.dataSet.name,
    dataSetVersionId: row.dataSetVersion.id,
    version: row.dataSetVersion.version,
    pairs: row.pairs,
    ties: row.ties,
    sizeBytes: Number(row.dataSetVersion.sizeBytes ?? 0),
    fingerprint: row.dataSetVersion.fingerprint,
    filter,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

const EXPORT_CHUNK = 500;
const exportNotFound = (exportId: string) => new DomainError("PREFERENCE_EXPORT_NOT_FOUND", `The project has no DPO export "${exportId}".`);

/** Pairwise preferences: recorded, listed, counted into win rates per version, and exported for DPO as a data set version. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly preferences: PreferencesRepository,
    private readonly projects: ProjectsService,
    private readonly dataSets: DataSetsService,
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
  ) {}

  /**
   * Checks a batch of pairs whole — their versions are the project's, their deployments too — and answers the rows
   * to write; `path` names each pair's place in the request (`preferences.3`).
   */
  async checkedRows(projectId: string, pairs: ReadonlyArray<PairContent & { deploymentId?: string | undefined }>, path: (index: number) => string): Promise<Array<Omit<NewPreference, "choice" | "source" | "author" | "judgedAt">>> {
    const versionIds = [...new Set(pairs.flatMap((pair) => [pair.a.modelVersionId, pair.b.modelVersionId].filter((id): id is string => id !== undefined)))];
    const deploymentIds = [...new Set(pairs.flatMap((pair) => (pair.deploymentId ? [pair.deploymentId] : [])))];
    const [versions, deployments] = await Promise.all([
      versionIds.length ? this.preferences.projectVersions(projectId, versionIds) : new Map<string, string>(),
      deploymentIds.length ? this.preferences.projectDeployments(projectId, deploymentIds) : new Set<string>(),
    ]);
    return pairs.map((pair, index) => {
      for (const side of ["a", "b"] as const) {
        const id = pair[side].modelVersionId;
        if (id && !versions.has(id)) throw invalidField(`${path(index)}.${side}.modelVersionId`, "No such version in the project's registry");
      }
      if (pair.deploymentId && !deployments.has(pair.deploymentId)) throw invalidField(`${path(index)}.deploymentId`, "No such deployment in the project");
      return {
        projectId,
        deploymentId: pair.deploymentId ?? null,
        prompt: pair.prompt,
        responseA: pair.a.response,
        responseB: pair.b.response,
        versionAId: pair.a.modelVersionId ?? null,
        versionBId: pair.b.modelVersionId ?? null,
        labelA: pair.a.label ?? null,
        labelB: pair.b.label ?? null,
      };
    });
  }

  async log(principal: Principal, projectRef: string, input: LogPreferencesInput): Promise<{ accepted: number }> {
    const project = await this.projects.requireProject(projectRef);
    const rows = await this.checkedRows(project.id, input.preferences, (index) => `preferences.${index}`);
    const now = new Date();
    return {
      accepted: await this.preferences.add(
        rows.map((row, index) => {
          const preference = input.preferences[index]!;
          return { ...row, predictionId: preference.predictionId ?? null, choice: preference.choice, reason: preference.reason || null, source: preference.source, author: preference.author ?? principal.name, judgedAt: preference.timestamp ? new Date(preference.timestamp) : now };
        }),
      ),
    };
  }

  /** Newest first; an export's preferences in the export's order. */
  async list(projectRef: string, query: PreferencePageQuery) {
    const project = await this.projects.requireProject(projectRef);
    const skip = (query.page - 1) * query.pageSize;
    if (query.exportId) {
      const all = await this.preferences.exportPreferenceIds(project.id, query.exportId);
      if (!all) throw exportNotFound(query.exportId);
      const ids = all.slice(skip, skip + query.pageSize);
      const { rows } = await this.preferences.page({ ids }, 0, ids.length);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return { items: ids.flatMap((id) => (byId.has(id) ? [toPreferenceView(byId.get(id)!)] : [])), total: all.length, page: query.page, pageSize: query.pageSize };
    }
    const { rows, total } = await this.preferences.page({ ...query, projectId: project.id }, skip, query.pageSize);
    return { items: rows.map(toPreferenceView), total, page: query.page, pageSize: query.pageSize };
  }

  async winRates(projectRef: string, filter: WinRatesQuery): Promise<WinRates> {
    const project = await this.projects.requireProject(projectRef);
    const groups = await this.preferences.tallies({ ...filter, projectId: project.id });
    const names = new Map<string, { version: string; modelVersionId: string | null }>();
    const versionIds = [...new Set(groups.flatMap((group) => [group.versionAId, group.versionBId].filter((id): id is string => id !== null)))];
    const versions = versionIds.length ? await this.preferences.projectVersions(project.id, versionIds) : new Map<string, string>();
    const tallies = groups.map((group) => {
      const a = variantOf(group.versionAId, group.labelA);
      const b = variantOf(group.versionBId, group.labelB);
      names.set(a, { version: group.versionAId ? (versions.get(group.versionAId) ?? "a deleted version") : (group.labelA ?? ""), modelVersionId: group.versionAId });
      names.set(b, { version: group.versionBId ? (versions.get(group.versionBId) ?? "a deleted version") : (group.labelB ?? ""), modelVersionId: group.versionBId });
      return { a, b, choice: group.choice as PreferenceChoice, count: group._count._all };
    });
    const rates = winRates(tallies);
    return {
      preferences: tallies.reduce((sum, tally) => sum + tally.count, 0),
      variants: rates.variants.map((rate) => ({ ...rate, ...names.get(rate.variant)! })),
      headToHead: rates.headToHead,
    };
  }

  /**
   * The filter's preferences as DPO JSON lines (ties left out), streamed to the artifact store while hashed, then
   * pinned as a new version of a data set (a new one when named) with the export's record in its transaction.
   */
  async export(principal: Principal, projectRef: string, input: CreateDpoExportInput): Promise<DpoExport> {
    const project = await this.projects.requireProject(projectRef);
    if (input.deploymentId && !(await this.preferences.projectDeployments(project.id, [input.deploymentId])).has(input.deploymentId)) throw invalidField("deploymentId", "No such deployment in the project");
    if (input.dataSetId) await this.dataSets.getDataSet(project.id, input.dataSetId);
    else if ((await this.dataSets.listDataSets(project.id)).items.some((dataSet) => dataSet.name === input.dataSetName)) {
      throw new DomainError("DATA_SET_NAME_TAKEN", `The project already has a data set named "${input.dataSetName}": export into it with its dataSetId.`, [{ path: "dataSetName", message: "Already taken" }]);
    }
    const { ids, ties } = await this.preferences.exportIds({ ...input, projectId: project.id }, DPO_EXPORT_MAX + 1);
    if (ids.length === 0) throw new DomainError("NOTHING_TO_EXPORT", ties ? `The filter holds only ${ties === 1 ? "a tie" : `${ties} ties`}: a tie prefers nothing.` : "No preference matches the filter.");
    if (ids.length > DPO_EXPORT_MAX) throw new DomainError("EXPORT_TOO_LARGE", `More than ${DPO_EXPORT_MAX.toLocaleString("en")} preferences match: export a shorter window (from / to).`, [{ path: "from", message: "Narrow the window" }]);

    const exportId = randomUUID();
    const path = `preference-exports/${project.id}/${exportId}/dpo.jsonl`;
    const hash = createHash("sha256");
    const texts = this.preferences;
    async function* lines() {
      for (let start = 0; start < ids.length; start += EXPORT_CHUNK) {
        for (const row of await texts.texts(ids.slice(start, start + EXPORT_CHUNK))) {
          const line = Buffer.from(dpoLine({ ...row, choice: row.choice as PreferenceChoice })!);
          hash.update(line);
          yield line;
        }
      }
    }
    const { size } = await this.store.write(path, Readable.from(lines()));
    const filter = { from: input.from ?? null, to: input.to ?? null, deploymentId: input.deploymentId ?? null, source: input.source ?? null };
    try {
      const dataSetId = input.dataSetId ?? (await this.dataSets.createDataSet(project.id, { name: input.dataSetName!, kind: "TEXT", labelling: "LABELLED", labelSource: "HUMAN", format: "JSONL", description: "Pairwise preferences exported for DPO (prompt, chosen, rejected)." })).id;
      const notes = [`DPO export of ${ids.length} pairwise preferences (${ties} ties left out) by ${principal.name}.`, input.note].filter(Boolean).join("\n\n");
      await this.dataSets.createVersion(
        project.id,
        dataSetId,
        { fingerprint: `sha256:${hash.digest("hex")}`, itemCount: ids.length, sizeBytes: size, features: [{ name: "prompt", type: "text" }, { name: "chosen", type: "text" }, { name: "rejected", type: "text" }], collectionNotes: notes, splits: [{ name: "train", count: ids.length }] },
        async (tx: Db, created) => {
          await this.preferences.createExport(tx, { id: exportId, projectId: project.id, dataSetVersionId: created.id, filter, preferenceIds: ids, pairs: ids.length, ties, path, createdBy: principal.name });
        },
      );
    } catch (error) {
      await this.store.delete(path);
      throw error;
    }
    return toExportView((await this.preferences.findExport(project.id, exportId))!);
  }

  async listExports(projectRef: string): Promise<{ items: DpoExport[] }> {
    const project = await this.projects.requireProject(projectRef);
    return { items: (await this.preferences.exports(project.id)).map(toExportView) };
  }

  async exportContent(projectRef: string, exportId: string): Promise<StoredArtifact & { name: string }> {
    const project = await this.projects.requireProject(projectRef);
    const found = await this.requireExport(project.id, exportId);
    const file = await this.store.read(found.path);
    if (!file) throw new DomainError("ARTIFACT_NOT_FOUND", "The export's file is missing from the artifact store.");
    return { ...file, name: `${found.dataSetVersion.dataSet.name}-v${found.dataSetVersion.version}.jsonl` };
  }

  private async requireExport(projectId: string, exportId: string): Promise<PreferenceExportRow> {
    const found = await this.preferences.findExport(projectId, exportId);
    if (!found) throw exportNotFound(exportId);
    return found;
  }
}
