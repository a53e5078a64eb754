// The S3 artifact store (issue 16): its own server with LIFECYCLE_ARTIFACT_STORE=s3://… against s3rver (an
// S3-protocol server on local disk, started here), an artifact of several hundred MB streamed up and down through
// the MLflow artifact proxy, checked byte for byte, with the server's resident memory sampled every 20 ms.
//   npm run bench:s3 -- [artifact MB=500]
// s3rver writes to disk and is itself a Node process on the same two cores: the figures are this path's floor,
// not S3's or MinIO's speed.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { artifactRoundTrip, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const S3rver = require("s3rver");
const { findFreePort } = require("../apps/api/dist/database/embedded-postgres.js");

const artifactMb = Number(process.argv[2] ?? 500);
const folder = mkdtempSync(path.join(os.tmpdir(), "lifecycle-bench-s3-"));
const s3Port = await findFreePort();
const s3 = new S3rver({ port: s3Port, address: "127.0.0.1", silent: true, directory: folder, configureBuckets: [{ name: "bench" }] });
await s3.run();
Object.assign(process.env, {
  LIFECYCLE_ARTIFACT_STORE: "s3://bench/lifecycle",
  LIFECYCLE_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
  AWS_ACCESS_KEY_ID: "S3RVER",
  AWS_SECRET_ACCESS_KEY: "S3RVER",
});
const { base, token, pid, call, stop } = await startBenchServer();
const mlflow = (route, body) => call("POST", `/api/2.0/mlflow/${route}`, body);
const project = await call("POST", "/api/v1/projects", { name: "S3 bench" });
const { experiment_id: experimentId } = await mlflow("experiments/create", { name: `${project.slug}/s3` });
const runId = (await mlflow("runs/create", { experiment_id: experimentId })).run.info.run_id;

const { uploadSeconds, uploadMemory, downloadSeconds, downloadMemory } = await artifactRoundTrip({ base, token, pid, experimentId, runId, mb: artifactMb });
const figures = {
  artifact_mb: artifactMb,
  upload_mb_per_s: Math.round(artifactMb / uploadSeconds),
  upload_memory_growth_mb: Math.round(uploadMemory.growth),
  download_mb_per_s: Math.round(artifactMb / downloadSeconds),
  download_memory_growth_mb: Math.round(downloadMemory.growth),
};
console.log(
  `[bench] S3 store (s3rver): artifact of ${artifactMb} MB up ${figures.upload_mb_per_s} MB/s (server memory +${figures.upload_memory_growth_mb} MB over ${Math.round(uploadMemory.baseline)} MB), ` +
    `down ${figures.download_mb_per_s} MB/s (+${figures.download_memory_growth_mb} MB), identical bytes`,
);
await stop();
await s3.close();
rmSync(folder, { recursive: true, force: true });
console.log(JSON.stringify(figures));
