import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository root: the nearest folder up from here whose package.json declares workspaces. */
export function findRepositoryRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).workspaces) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No workspace root found above ${start}`);
    dir = parent;
  }
}

/** Where Lifecycle keeps its own data: LIFECYCLE_DATA_DIR, else .data/ in the repository. */
export function dataDirectory(): string {
  return process.env.LIFECYCLE_DATA_DIR ? path.resolve(process.env.LIFECYCLE_DATA_DIR) : path.join(findRepositoryRoot(), ".data");
}

/** Where artifacts are kept on local disk: LIFECYCLE_ARTIFACT_ROOT, else artifacts/ in the data folder. */
export function artifactDirectory(): string {
  return process.env.LIFECYCLE_ARTIFACT_ROOT ? path.resolve(process.env.LIFECYCLE_ARTIFACT_ROOT) : path.join(dataDirectory(), "artifacts");
}
