// Issue 16: artifacts in an S3-compatible store (here s3rver, an S3-protocol server started by the test), through
// the MLflow artifact proxy and the run page's uploads, as with the local store.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../src/database/embedded-postgres";
import { createTestApp, type TestApp } from "./support/test-app";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver") as new (options: Record<string, unknown>) => { run(): Promise<unknown>; close(): Promise<void> };

const API = "/api/2.0/mlflow";
const ARTIFACTS = "/api/2.0/mlflow-artifacts/artifacts";
const folder = mkdtempSync(path.join(os.tmpdir(), "lifecycle-s3-e2e-"));
let server: InstanceType<typeof S3rver>;
let testApp: TestApp;
beforeAll(async () => {
  const port = await findFreePort();
  server = new S3rver({ port, address: "127.0.0.1", silent: true, directory: path.join(folder, "s3"), configureBuckets: [{ name: "ml" }] });
  await server.run();
  testApp = await createTestApp({ s3: { bucket: "ml", prefix: "lifecycle", endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } } });
});
afterAll(async () => {
  await testApp?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const bytes = (request: import("supertest").Test) =>
  request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => done(null, Buffer.concat(chunks)));
  });

describe("artifacts in an S3-compatible store", () => {
  it("takes MLflow's uploads into the bucket, lists and streams them back byte for byte, and deletes them", async () => {
    const run = (await testApp.http().post(`${API}/runs/create`).send({}).expect(200)).body.run;
    const root = `${ARTIFACTS}/${run.info.experiment_id}/${run.info.run_id}/artifacts`;
    const weights = randomBytes(9 * 1024 * 1024 + 5);
    await testApp.http().put(`${root}/model/model.pkl`).send(weights).expect(200, {});
    await testApp.http().put(`${root}/model/MLmodel`).set("Content-Type", "text/plain").send("flavors: {}\n").expect(200, {});
    expect((await testApp.http().get(ARTIFACTS).query({ path: `${run.info.experiment_id}/${run.info.run_id}/artifacts/model` }).expect(200)).body).toEqual({
      files: [
        { path: "MLmodel", is_dir: false, file_size: 12 },
        { path: "model.pkl", is_dir: false, file_size: weights.length },
      ],
    });
    const download = await bytes(testApp.http().get(`${root}/model/model.pkl`)).expect(200);
    expect(createHash("sha256").update(download.body as Buffer).digest("hex")).toBe(createHash("sha256").update(weights).digest("hex"));
    // In the bucket, under the prefix; nothing on the local disk.
    expect(existsSync(path.join(folder, "s3", "ml", "lifecycle"))).toBe(true);
    expect(existsSync(testApp.artifactRoot) ? readdirSync(testApp.artifactRoot) : []).toEqual([]);

    await testApp.http().delete(`${root}/model/MLmodel`).expect(200);
    expect((await testApp.http().get(ARTIFACTS).query({ path: `${run.info.experiment_id}/${run.info.run_id}/artifacts/model` }).expect(200)).body.files).toEqual([{ path: "model.pkl", is_dir: false, file_size: weights.length }]);
    await testApp.http().get(`${root}/model/MLmodel`).expect(404);
  });
});
