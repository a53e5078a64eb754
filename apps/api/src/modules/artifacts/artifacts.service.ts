import { Inject, Injectable } from "@nestjs/common";
import type { Readable } from "node:stream";
import type { ArtifactList, SavedArtifact } from "@lifecycle/domain";
import { DomainError } from "../../common/errors/domain-error";
import { RunsService } from "../runs/runs.service";
import { ARTIFACT_STORE, artifactPath, joinArtifactPath, type ArtifactStore, type StoredArtifact } from "./artifact-store";

/** Where a run's artifacts live in the store, as MLflow's tracking server lays them out. */
export const runArtifactRoot = (experimentId: string, runId: string) => `${experimentId}/${runId}/artifacts`;
/** The run's artifact URI for MLflow clients, which resolve it against their tracking URI. */
export const runArtifactUri = (experimentId: string, runId: string) => `mlflow-artifacts:/${runArtifactRoot(experimentId, runId)}`;

/** A run's artifacts: files under its root in the store, listed, read, written and removed. */
@Injectable()
export class ArtifactsService {
  constructor(
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    private readonly runs: RunsService,
  ) {}

  async listArtifacts(projectRef: string, runId: string, rawPath = ""): Promise<ArtifactList> {
    const run = await this.runs.locateRun(projectRef, runId);
    const root = runArtifactRoot(run.experimentId, run.id);
    const folder = artifactPath(rawPath);
    const entries = await this.store.list(joinArtifactPath(root, folder));
    return {
      rootUri: runArtifactUri(run.experimentId, run.id),
      path: folder,
      items: entries.map((entry) => ({ path: entry.path.slice(root.length + 1), isDir: entry.isDir, size: entry.size })),
    };
  }

  async readArtifact(projectRef: string, runId: string, rawPath: string): Promise<StoredArtifact & { name: string }> {
    const run = await this.runs.locateRun(projectRef, runId);
    const file = artifactPath(rawPath);
    const found = file ? await this.store.read(joinArtifactPath(runArtifactRoot(run.experimentId, run.id), file)) : null;
    if (!found) throw new DomainError("ARTIFACT_NOT_FOUND", `The run has no artifact file '${file}'.`, [{ path: "path", message: "No such file" }]);
    return { ...found, name: file.split("/").pop() ?? file };
  }

  async saveArtifact(projectRef: string, runId: string, rawPath: string, body: Readable): Promise<SavedArtifact> {
    const run = await this.runs.locateRun(projectRef, runId);
    if (run.deleted) throw new DomainError("RUN_DELETED", "The run is deleted: restore it before adding artifacts.");
    const file = artifactPath(rawPath);
    if (!file) throw new DomainError("VALIDATION_FAILED", "Name the file to write.", [{ path: "path", message: "Required" }]);
    const { size } = await this.store.write(joinArtifactPath(runArtifactRoot(run.experimentId, run.id), file), body);
    return { path: file, size };
  }

  async deleteArtifact(projectRef: string, runId: string, rawPath: string): Promise<void> {
    const run = await this.runs.locateRun(projectRef, runId);
    if (run.deleted) throw new DomainError("RUN_DELETED", "The run is deleted: restore it before changing its artifacts.");
    const file = artifactPath(rawPath);
    if (!file) throw new DomainError("VALIDATION_FAILED", "Name the file or folder to delete.", [{ path: "path", message: "Required" }]);
    const root = runArtifactRoot(run.experimentId, run.id);
    const parent = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    const exists = (await this.store.list(joinArtifactPath(root, parent))).some((entry) => entry.path === joinArtifactPath(root, file));
    if (!exists) throw new DomainError("ARTIFACT_NOT_FOUND", `The run has no artifact '${file}'.`, [{ path: "path", message: "No such file or folder" }]);
    await this.store.delete(joinArtifactPath(root, file));
  }
}

const TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  json: "application/json",
  txt: "text/plain",
  log: "text/plain",
  md: "text/plain",
  yaml: "text/plain",
  yml: "text/plain",
  csv: "text/plain",
  py: "text/plain",
  MLmodel: "text/plain",
};

/**
 * How a file may be shown in the browser: images as themselves, text as plain text
 * (never HTML or SVG, which could run script on the dashboard's origin); null when
 * it can only be downloaded.
 */
export function inlineType(name: string): string | null {
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1).toLowerCase() : name;
  const type = TYPES[extension] ?? TYPES[name];
  if (!type) return null;
  return type.startsWith("image/") ? type : `${type === "application/json" ? "application/json" : "text/plain"}; charset=utf-8`;
}
