import type { Readable } from "node:stream";
import { DomainError } from "../../common/errors/domain-error";

/** One entry of a folder: its path from the store's root, and the size of a file. */
export interface ArtifactEntry {
  path: string;
  isDir: boolean;
  size: number | null;
}

export interface StoredArtifact {
  stream: Readable;
  size: number;
}

/**
 * Where artifacts live: files addressed by "/"-separated relative paths, written
 * and read as streams (never whole in memory). The local disk is the one
 * implementation today; an S3-compatible store is the same four calls.
 */
export interface ArtifactStore {
  /** Writes the body at `path`, replacing any file there; readers see it only once it is complete. */
  write(path: string, body: Readable): Promise<{ size: number }>;
  /** The file at `path`, or null when there is none (or it is a folder). */
  read(path: string): Promise<StoredArtifact | null>;
  /** The direct children of the folder at `path` ("" for the root), by name; none when it does not exist. */
  list(path: string): Promise<ArtifactEntry[]>;
  /** Removes the file or the whole folder at `path`; nothing happens when there is none. */
  delete(path: string): Promise<void>;
}

export const ARTIFACT_STORE = Symbol("ArtifactStore");

/**
 * A path inside the store, checked: "/"-separated names, no "." or ".." (nothing
 * may climb out), no NUL or backslash, no drive letters. Empty and repeated
 * slashes are dropped; the root is "".
 */
export function artifactPath(raw: string, field = "path"): string {
  if (Buffer.byteLength(raw) > ARTIFACT_PATH_MAX_BYTES) {
    throw new DomainError("VALIDATION_FAILED", `The artifact path is ${Buffer.byteLength(raw)} bytes long; at most ${ARTIFACT_PATH_MAX_BYTES} are allowed.`, [{ path: field, message: `At most ${ARTIFACT_PATH_MAX_BYTES} bytes` }]);
  }
  const segments = raw.split("/").filter((segment) => segment !== "");
  for (const segment of segments) {
    if (segment === "." || segment === ".." || /[\\\0]/.test(segment) || /^[A-Za-z]:$/.test(segment)) {
      throw new DomainError("VALIDATION_FAILED", `Invalid artifact path '${raw}': it may not contain '.', '..', backslashes or drive letters.`, [{ path: field, message: "Not a safe artifact path" }]);
    }
    if (Buffer.byteLength(segment) > ARTIFACT_NAME_MAX_BYTES) {
      throw new DomainError("VALIDATION_FAILED", `A name in the artifact path is ${Buffer.byteLength(segment)} bytes long; file systems allow ${ARTIFACT_NAME_MAX_BYTES}.`, [{ path: field, message: `Names of at most ${ARTIFACT_NAME_MAX_BYTES} bytes` }]);
    }
  }
  return segments.join("/");
}

/** What a file system takes: names of 255 bytes, and (with the store's own folders before it) a path well inside 4,096. */
export const ARTIFACT_NAME_MAX_BYTES = 255;
export const ARTIFACT_PATH_MAX_BYTES = 2048;

/** `child` under `parent`, both store paths. */
export const joinArtifactPath = (parent: string, child: string) => [parent, child].filter(Boolean).join("/");
