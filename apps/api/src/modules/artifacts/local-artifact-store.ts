import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DomainError } from "../../common/errors/domain-error";
import { artifactPath, joinArtifactPath, type ArtifactEntry, type ArtifactStore, type StoredArtifact } from "./artifact-store";

/** Folder under the root where uploads are written before they are renamed into place. */
const UPLOADS = ".uploads";

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR";

/** Artifacts as files under one folder on local disk (by default .data/artifacts). */
export class LocalArtifactStore implements ArtifactStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async write(storePath: string, body: Readable): Promise<{ size: number }> {
    const target = this.locate(storePath, true);
    const uploads = path.join(this.root, UPLOADS);
    await mkdir(uploads, { recursive: true });
    await mkdir(path.dirname(target), { recursive: true }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === "EEXIST" || (error as NodeJS.ErrnoException).code === "ENOTDIR") throw this.conflict(storePath, "a file is in the way of its folder");
      throw error;
    });
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory()) throw this.conflict(storePath, "a folder of that name exists");
    const partial = path.join(uploads, `${randomUUID()}.part`);
    let size = 0;
    body.on("data", (chunk: Buffer) => {
      size += chunk.length;
    });
    try {
      await pipeline(body, createWriteStream(partial, { flags: "wx" }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { size };
  }

  async read(storePath: string): Promise<StoredArtifact | null> {
    const file = this.locate(storePath, true);
    const info = await stat(file).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (!info?.isFile()) return null;
    return { stream: createReadStream(file), size: info.size };
  }

  async list(storePath: string): Promise<ArtifactEntry[]> {
    const normalised = artifactPath(storePath);
    const folder = this.locate(normalised, false);
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      if (isMissing(error)) return [];
      throw error;
    });
    const visible = entries.filter((entry) => !(normalised === "" && entry.name === UPLOADS) && (entry.isFile() || entry.isDirectory()));
    const listed = await Promise.all(
      visible.map(async (entry): Promise<ArtifactEntry> => {
        const entryPath = joinArtifactPath(normalised, entry.name);
        if (entry.isDirectory()) return { path: entryPath, isDir: true, size: null };
        const info = await stat(path.join(folder, entry.name));
        return { path: entryPath, isDir: false, size: info.size };
      }),
    );
    return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async delete(storePath: string): Promise<void> {
    const normalised = artifactPath(storePath);
    if (normalised === "") throw new DomainError("VALIDATION_FAILED", "The store's root cannot be deleted.", [{ path: "path", message: "Name a file or folder" }]);
    await rm(this.locate(normalised, true), { recursive: true, force: true });
  }

  /** The file system path of a store path, which must lie inside the root (and name something, when `named`). */
  private locate(storePath: string, named: boolean): string {
    const normalised = artifactPath(storePath);
    if (named && normalised === "") throw new DomainError("VALIDATION_FAILED", "An artifact path is required.", [{ path: "path", message: "Required" }]);
    const resolved = path.resolve(this.root, ...normalised.split("/").filter(Boolean));
    if (resolved !== this.root && !resolved.startsWith(this.root + path.sep)) throw new DomainError("VALIDATION_FAILED", `Invalid artifact path '${storePath}'.`, [{ path: "path", message: "Not a safe artifact path" }]);
    return resolved;
  }

  private conflict(storePath: string, reason: string): DomainError {
    return new DomainError("ARTIFACT_CONFLICT", `Cannot write the artifact '${storePath}': ${reason}.`, [{ path: "path", message: reason }]);
  }
}
