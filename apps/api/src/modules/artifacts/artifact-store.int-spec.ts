import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { findFreePort } from "../../database/embedded-postgres";
import type { ArtifactStore } from "./artifact-store";
import { LocalArtifactStore } from "./local-artifact-store";
import { S3ArtifactStore, s3ConfigFromEnv } from "./s3-artifact-store";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver") as new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };

/** A stream of `size` random bytes in 1 MB chunks, and their SHA-256. */
function randomStream(size: number): { stream: Readable; sha256: string } {
  const hash = createHash("sha256");
  const chunks: Buffer[] = [];
  for (let left = size; left > 0; left -= 1024 * 1024) {
    const chunk = randomBytes(Math.min(left, 1024 * 1024));
    hash.update(chunk);
    chunks.push(chunk);
  }
  return { stream: Readable.from(chunks), sha256: hash.digest("hex") };
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const text = (value: string) => Readable.from([Buffer.from(value)]);

/** What every artifact store does, run on each. */
function behavesAsAStore(name: string, open: () => ArtifactStore) {
  describe(`${name}`, () => {
    let store: ArtifactStore;
    beforeAll(() => {
      store = open();
    });

    it("streams a file of several parts in and out, byte for byte, and replaces it when written again", async () => {
      const { stream, sha256 } = randomStream(20 * 1024 * 1024 + 123);
      expect(await store.write("big/model.bin", stream)).toEqual({ size: 20 * 1024 * 1024 + 123 });
      const read = await store.read("big/model.bin");
      expect(read?.size).toBe(20 * 1024 * 1024 + 123);
      expect(await sha256Of(read!.stream)).toBe(sha256);
      await store.write("big/model.bin", text("small now"));
      const again = await store.read("big/model.bin");
      expect(again?.size).toBe(9);
      expect(await sha256Of(again!.stream)).toBe(createHash("sha256").update("small now").digest("hex"));
    });

    it("keeps an empty file, and answers null for a missing file or a folder", async () => {
      expect(await store.write("empty/none.txt", Readable.from([]))).toEqual({ size: 0 });
      expect((await store.read("empty/none.txt"))?.size).toBe(0);
      expect(await store.read("empty/missing.txt")).toBeNull();
      expect(await store.read("empty")).toBeNull();
    });

    it("lists a folder's direct children by name, folders without a size; a missing folder is empty", async () => {
      await store.write("tree/b.txt", text("bb"));
      await store.write("tree/a/inner.txt", text("i"));
      await store.write("tree/c/deep/x.txt", text("x"));
      // (s3rver lists a folder that holds only folders as nothing, unlike S3 and MinIO: c holds a file too.)
      await store.write("tree/c/y.txt", text("y"));
      expect(await store.list("tree")).toEqual([
        { path: "tree/a", isDir: true, size: null },
        { path: "tree/b.txt", isDir: false, size: 2 },
        { path: "tree/c", isDir: true, size: null },
      ]);
      expect(await store.list("tree/c")).toEqual([
        { path: "tree/c/deep", isDir: true, size: null },
        { path: "tree/c/y.txt", isDir: false, size: 1 },
      ]);
      expect(await store.list("tree/c/deep")).toEqual([{ path: "tree/c/deep/x.txt", isDir: false, size: 1 }]);
      expect(await store.list("nowhere")).toEqual([]);
      expect((await store.list("")).map((entry) => entry.path)).toEqual(expect.arrayContaining(["tree", "big", "empty"]));
    });

    it("refuses a file where a folder is, or under a file, naming the conflict", async () => {
      await store.write("clash/folder/file.txt", text("f"));
      await expect(store.write("clash/folder", text("no"))).rejects.toMatchObject({ code: "ARTIFACT_CONFLICT" });
      await expect(store.write("clash/folder/file.txt/under", text("no"))).rejects.toMatchObject({ code: "ARTIFACT_CONFLICT" });
    });

    it("deletes a file, or a folder with everything in it; deleting nothing is fine, the root is refused", async () => {
      for (let index = 0; index < 5; index += 1) await store.write(`gone/run/${index}.txt`, text(String(index)));
      await store.write("gone/keep.txt", text("k"));
      await store.delete("gone/run");
      expect(await store.list("gone")).toEqual([{ path: "gone/keep.txt", isDir: false, size: 1 }]);
      await store.delete("gone/keep.txt");
      expect(await store.read("gone/keep.txt")).toBeNull();
      await store.delete("gone/never");
      await expect(store.delete("")).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    });

    it("refuses paths that climb out", async () => {
      await expect(store.write("../escape.txt", text("x"))).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
      await expect(store.read("a/../../b")).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    });
  });
}

const folder = mkdtempSync(path.join(os.tmpdir(), "lifecycle-stores-"));
let server: InstanceType<typeof S3rver> | undefined;
let port = 0;
beforeAll(async () => {
  port = await findFreePort();
  server = new S3rver({ port, address: "127.0.0.1", silent: true, directory: path.join(folder, "s3"), configureBuckets: [{ name: "artifacts" }] });
  await server.run();
});
afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

behavesAsAStore("the local store", () => new LocalArtifactStore(path.join(folder, "local")));
behavesAsAStore("the S3 store (s3rver, under a prefix)", () =>
  new S3ArtifactStore({ bucket: "artifacts", prefix: "team/lifecycle", endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } }),
);

describe("s3ConfigFromEnv", () => {
  it("reads s3://bucket/prefix with an endpoint and a region, and leaves the local store alone when unset", () => {
    expect(s3ConfigFromEnv({})).toBeNull();
    expect(s3ConfigFromEnv({ LIFECYCLE_ARTIFACT_STORE: "s3://ml-artifacts/teams/vision/", LIFECYCLE_S3_ENDPOINT: "http://minio:9000" })).toEqual({
      bucket: "ml-artifacts",
      prefix: "teams/vision",
      endpoint: "http://minio:9000",
      region: "us-east-1",
    });
    expect(() => s3ConfigFromEnv({ LIFECYCLE_ARTIFACT_STORE: "/data/artifacts" })).toThrow(/s3:\/\/<bucket>/);
  });
});
