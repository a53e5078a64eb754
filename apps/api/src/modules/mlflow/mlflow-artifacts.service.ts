import { Inject, Injectable } from "@nestjs/common";
import type { Readable } from "node:stream";
import type { ProjectRole } from "@lifecycle/domain";
import type { Principal } from "../../common/auth/principal";
import { DomainError } from "../../common/errors/domain-error";
import { ARTIFACT_STORE, artifactPath, joinArtifactPath, type ArtifactEntry, type ArtifactStore } from "../artifacts/artifact-store";
import { runArtifactRoot, runArtifactUri } from "../artifacts/artifacts.service";
import { MlflowRepository } from "./mlflow.repository";
import { MlflowAccess } from "./mlflow-access.service";
import { isUuid, runIdOf, type Body } from "./mlflow-fields";


/** A listing entry as MLflow sends it: file_size only for files. */
const fileInfo = (path: string, entry: ArtifactEntry) => ({ path, is_dir: entry.isDir, ...(entry.isDir ? {} : { file_size: entry.size }) });

/**
 * The artifact proxy of `mlflow server --serve-artifacts` (/api/2.0/mlflow-artifacts)
 * and the tracking API's artifacts/list. Paths are "<experiment id>/<run id>/…", the
 * layout of the artifact URIs runs are given; the caller needs a role in the
 * experiment's project (contributor to write or delete), and the run must be one
 * of that experiment.
 */
@Injectable()
export class MlflowArtifactsService {
  constructor(
    @Inject(ARTIFACT_STORE) private readonly store: ArtifactStore,
    private readonly access: MlflowAccess,
    private readonly repository: MlflowRepository,
  ) {}

  async upload(principal: Principal, rawPath: string, body: Readable) {
    const path = await this.authorise(principal, rawPath, "CONTRIBUTOR");
    if (path.split("/").length < 3) throw new DomainError("VALIDATION_FAILED", `Invalid artifact path '${rawPath}': name a file inside a run's folder.`);
    await this.store.write(path, body);
    return {};
  }

  async download(principal: Principal, rawPath: string) {
    const path = await this.authorise(principal, rawPath, "VIEWER");
    const file = await this.store.read(path);
    if (!file) throw new DomainError("ARTIFACT_NOT_FOUND", `No artifact file at '${path}'.`);
    return { ...file, name: path.split("/").pop() ?? path };
  }

  /** The children of a folder, by name (the root lists the experiments the caller may see). */
  async list(principal: Principal, rawPath: string) {
    const path = artifactPath(rawPath);
    let entries: ArtifactEntry[];
    if (path === "") {
      const visible = new Set((await this.repository.findVisibleExperiments(principal)).map((experiment) => experiment.id));
      entries = (await this.store.list("")).filter((entry) => visible.has(entry.path));
    } else {
      entries = await this.store.list(await this.authorise(principal, path, "VIEWER"));
    }
    const files = entries.map((entry) => fileInfo(entry.path.split("/").pop() ?? entry.path, entry));
    return files.length ? { files } : {};
  }

  async delete(principal: Principal, rawPath: string) {
    const path = await this.authorise(principal, rawPath, "CONTRIBUTOR");
    if (path.split("/").length < 3) throw new DomainError("VALIDATION_FAILED", `Invalid artifact path '${rawPath}': name a file or folder inside a run's folder.`);
    await this.store.delete(path);
    return {};
  }

  /** artifacts/list of the tracking API: paths from the run's artifact root. */
  async listRun(principal: Principal, query: Body) {
    const runId = runIdOf(query);
    const { run } = await this.access.runAccess(principal, runId, "VIEWER");
    const root = runArtifactRoot(run.experimentId, runId);
    const folder = artifactPath(typeof query.path === "string" ? query.path : "");
    const entries = await this.store.list(joinArtifactPath(root, folder));
    const files = entries.map((entry) => fileInfo(entry.path.slice(root.length + 1), entry));
    return { root_uri: runArtifactUri(run.experimentId, runId), ...(files.length ? { files } : {}) };
  }

  private async authorise(principal: Principal, rawPath: string, role: ProjectRole): Promise<string> {
    const path = artifactPath(rawPath);
    const [experimentId = "", runId] = path.split("/");
    if (!isUuid(experimentId)) throw new DomainError("EXPERIMENT_NOT_FOUND", `No Experiment with id=${experimentId} exists`);
    await this.access.experimentAccess(principal, experimentId, role);
    if (runId !== undefined) {
      const run = isUuid(runId) ? await this.repository.findRunExperiment(runId) : null;
      if (!run || run.experimentId !== experimentId) throw new DomainError("RUN_NOT_FOUND", `Run with id=${runId} not found in experiment ${experimentId}`);
      if (role !== "VIEWER" && run.deletedAt) throw new DomainError("RUN_DELETED", `The run ${runId} is deleted: restore it before changing its artifacts.`);
    }
    return path;
  }
}
