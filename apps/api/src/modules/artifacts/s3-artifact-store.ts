import { DeleteObjectsCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client, type ListObjectsV2CommandOutput } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Transform, type Readable } from "node:stream";
import { DomainError } from "../../common/errors/domain-error";
import { artifactPath, joinArtifactPath, type ArtifactEntry, type ArtifactStore, type StoredArtifact } from "./artifact-store";

/** Where an S3-compatible store is: bucket, key prefix, and (for MinIO and the like) an endpoint. */
export interface S3StoreConfig {
  bucket: string;
  /** Keys start with this ("" for the bucket's root; otherwise without slashes at either end). */
  prefix: string;
  /** e.g. http://minio:9000; unset for AWS. Path-style addressing is used whenever it is set. */
  endpoint?: string;
  region: string;
  /** Credentials; unset, the AWS SDK's own chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, profiles, roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Bytes per part of a multipart upload, and parts in flight: at most 4 × 8 MB of an upload is held in memory. */
const PART_SIZE = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

const isMissing = (error: unknown) => {
  const name = (error as { name?: string }).name;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return name === "NoSuchKey" || name === "NotFound" || status === 404;
};

/**
 * Artifacts as objects of an S3-compatible store (AWS S3, MinIO, Ceph…), the same four calls as the local store:
 * a store path is a key under the prefix, and a folder is the keys under "<path>/". Files are streamed both ways
 * (uploads in 8 MB parts, at most four in flight; downloads as the response body), and an object appears only
 * once its upload is complete. As on disk, a file may not stand where a folder is or under a file's name.
 */
export class S3ArtifactStore implements ArtifactStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3StoreConfig) {
    this.client = new S3Client({
      region: config.region,
      // Checksums only where S3 requires them: S3-compatible servers (older MinIO, Ceph) do not all read the
      // streaming checksum trailers the SDK sends by default.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
      ...(config.credentials ? { credentials: config.credentials } : {}),
    });
  }

  async write(storePath: string, body: Readable): Promise<{ size: number }> {
    const normalised = this.named(storePath);
    if (await this.hasChildren(normalised)) throw this.conflict(storePath, "a folder of that name exists");
    const segments = normalised.split("/");
    for (let depth = 1; depth < segments.length; depth += 1) {
      if (await this.exists(segments.slice(0, depth).join("/"))) throw this.conflict(storePath, "a file is in the way of its folder");
    }
    let size = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(null, chunk);
      },
    });
    body.on("error", (error) => counted.destroy(error));
    body.pipe(counted);
    const upload = new Upload({ client: this.client, params: { Bucket: this.config.bucket, Key: this.key(normalised), Body: counted }, partSize: PART_SIZE, queueSize: PARTS_IN_FLIGHT, leavePartsOnError: false });
    await upload.done();
    return { size };
  }

  async read(storePath: string): Promise<StoredArtifact | null> {
    const normalised = this.named(storePath);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(normalised) }));
      return { stream: object.Body as Readable, size: Number(object.ContentLength ?? 0) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async list(storePath: string): Promise<ArtifactEntry[]> {
    const normalised = artifactPath(storePath);
    const prefix = this.folderKey(normalised);
    const entries: ArtifactEntry[] = [];
    let token: string | undefined;
    do {
      const page: ListObjectsV2CommandOutput = await this.client.send(new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: prefix, Delimiter: "/", ContinuationToken: token }));
      for (const folder of page.CommonPrefixes ?? []) {
        const name = folder.Prefix!.slice(prefix.length, -1);
        if (name) entries.push({ path: joinArtifactPath(normalised, name), isDir: true, size: null });
      }
      for (const object of page.Contents ?? []) {
        const name = object.Key!.slice(prefix.length);
        if (name) entries.push({ path: joinArtifactPath(normalised, name), isDir: false, size: Number(object.Size ?? 0) });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async delete(storePath: string): Promise<void> {
    const normalised = artifactPath(storePath);
    if (normalised === "") throw new DomainError("VALIDATION_FAILED", "The store's root cannot be deleted.", [{ path: "path", message: "Name a file or folder" }]);
    await this.deleteKeys([this.key(normalised)]);
    // The folder's keys, a thousand at a time (DeleteObjects' limit).
    const prefix = this.folderKey(normalised);
    let token: string | undefined;
    do {
      const page: ListObjectsV2CommandOutput = await this.client.send(new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: prefix, ContinuationToken: token }));
      const keys = (page.Contents ?? []).map((object) => object.Key!);
      if (keys.length) await this.deleteKeys(keys);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private async deleteKeys(keys: string[]): Promise<void> {
    await this.client.send(new DeleteObjectsCommand({ Bucket: this.config.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }));
  }

  private async exists(normalised: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.key(normalised) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  private async hasChildren(normalised: string): Promise<boolean> {
    const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: this.folderKey(normalised), MaxKeys: 1 }));
    return (page.KeyCount ?? page.Contents?.length ?? 0) > 0;
  }

  private named(storePath: string): string {
    const normalised = artifactPath(storePath);
    if (normalised === "") throw new DomainError("VALIDATION_FAILED", "An artifact path is required.", [{ path: "path", message: "Required" }]);
    return normalised;
  }

  private key(normalised: string): string {
    return this.config.prefix ? `${this.config.prefix}/${normalised}` : normalised;
  }

  /** The key prefix of a folder's contents ("" or "<prefix>/" for the root). */
  private folderKey(normalised: string): string {
    const folder = normalised ? this.key(normalised) : this.config.prefix;
    return folder ? `${folder}/` : "";
  }

  private conflict(storePath: string, reason: string): DomainError {
    return new DomainError("ARTIFACT_CONFLICT", `Cannot write the artifact '${storePath}': ${reason}.`, [{ path: "path", message: reason }]);
  }
}

/**
 * The S3 store's settings from the environment: LIFECYCLE_ARTIFACT_STORE=s3://bucket[/prefix] chooses it (unset:
 * the local disk), LIFECYCLE_S3_ENDPOINT and LIFECYCLE_S3_REGION place it, and credentials come from
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or the SDK's other sources). Null when the local store is meant.
 */
export function s3ConfigFromEnv(env: NodeJS.ProcessEnv = process.env): S3StoreConfig | null {
  const location = env.LIFECYCLE_ARTIFACT_STORE?.trim();
  if (!location) return null;
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(location);
  if (!match) throw new Error(`LIFECYCLE_ARTIFACT_STORE must be s3://<bucket>[/<prefix>], not "${location}"`);
  const prefix = (match[2] ?? "").split("/").filter(Boolean).join("/");
  return { bucket: match[1]!, prefix, endpoint: env.LIFECYCLE_S3_ENDPOINT?.trim() || undefined, region: env.LIFECYCLE_S3_REGION?.trim() || env.AWS_REGION || "us-east-1" };
}
