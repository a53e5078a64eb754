import { expectError, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp?.close());

const EMAILS = { name: "Support emails", kind: "TEXT", labelling: "LABELLED", labelSource: "HUMAN", sourceUri: "s3://acme/support/emails", format: "JSONL", owner: "Ana" };
const VERSION = {
  fingerprint: "sha256:9f86d081884c7d65",
  itemCount: 1000,
  sizeBytes: 52_000_000,
  features: [{ name: "body", type: "text" }],
  labelDistribution: { spam: 300, ham: 700 },
  collectionNotes: "Exported from the helpdesk, Jan–Mar",
  preprocessing: ["Strip HTML", "Lower-case", "TF-IDF over word bigrams"],
  splits: [
    { name: "train", count: 700 },
    { name: "validation", count: 150 },
    { name: "test", count: 150 },
  ],
};

async function setUp() {
  const project = await makeProject(testApp);
  const base = `/api/v1/projects/${project.id}`;
  const dataSet = (await testApp.http().post(`${base}/data-sets`).send(EMAILS).expect(201)).body;
  return { project, base, dataSet };
}

const counts = async () => ({ dataSets: await testApp.prisma.dataSet.count(), versions: await testApp.prisma.dataSetVersion.count(), splits: await testApp.prisma.dataSplit.count(), uses: await testApp.prisma.runDataUse.count() });

describe("data sets", () => {
  it("describe a project's data, structured or not, and refuse a second of the same name", async () => {
    const { base, dataSet } = await setUp();
    expect(dataSet).toMatchObject({ name: "Support emails", kind: "TEXT", structured: false, labelling: "LABELLED", labelSource: "HUMAN", format: "JSONL", versions: [] });
    const table = (await testApp.http().post(`${base}/data-sets`).send({ name: "Orders", kind: "TABLE", labelling: "UNLABELLED" }).expect(201)).body;
    expect(table).toMatchObject({ structured: true, labelSource: null, sourceUri: null });
    expectError(await testApp.http().post(`${base}/data-sets`).send({ ...EMAILS }), 409, "DATA_SET_NAME_TAKEN", "name");
    expectError(await testApp.http().post(`${base}/data-sets`).send({ name: "X", kind: "SMELL", labelling: "LABELLED" }), 400, "VALIDATION_FAILED", "kind");
    expectError(await testApp.http().post(`${base}/data-sets`).send({ name: "Y", kind: "TEXT", labelling: "UNLABELLED", labelSource: "HUMAN" }), 400, "VALIDATION_FAILED", "labelSource");
    const renamed = (await testApp.http().patch(`${base}/data-sets/${table.id}`).send({ name: "Orders 2024", labelling: "PARTLY_LABELLED", labelSource: "AUTOMATIC" }).expect(200)).body;
    expect(renamed).toMatchObject({ name: "Orders 2024", labelling: "PARTLY_LABELLED", labelSource: "AUTOMATIC" });
    expect((await testApp.http().get(`${base}/data-sets`).expect(200)).body.items.map((item: { name: string }) => item.name)).toEqual(["Orders 2024", "Support emails"]);
    await testApp.http().delete(`${base}/data-sets/${table.id}`).expect(204);
    expectError(await testApp.http().get(`${base}/data-sets/${table.id}`), 404, "DATA_SET_NOT_FOUND");
  });

  it("number immutable versions with their splits, schema, labels and preparation", async () => {
    const { base, dataSet } = await setUp();
    const first = (await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send(VERSION).expect(201)).body;
    expect(first.versions).toHaveLength(1);
    expect(first.versions[0]).toMatchObject({ version: 1, itemCount: 1000, sizeBytes: 52_000_000, splits: VERSION.splits, labelDistribution: { spam: 300, ham: 700 }, preprocessing: VERSION.preprocessing, usedBy: [] });
    const second = (await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send({ fingerprint: "sha256:2", itemCount: 10, splits: [{ name: "train", count: 8 }, { name: "test", count: 2 }] }).expect(201)).body;
    expect(second.versions.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    const paths = (await testApp.http().get("/api/openapi.json").expect(200)).body.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths).filter((path) => path.includes("/data-sets/") && path.includes("/versions/"))).toEqual([]);
  });

  it("refuse splits that do not add up, naming them, and write nothing", async () => {
    const { base, dataSet } = await setUp();
    const before = await counts();
    const short = await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send({ ...VERSION, splits: [{ name: "train", count: 700 }, { name: "validation", count: 150 }, { name: "test", count: 100 }] });
    expectError(short, 400, "VALIDATION_FAILED", "splits.2.count");
    expect(short.body.details[0].message).toBe("train 700 + validation 150 + test 100 = 950, not the version's 1,000 items");
    expectError(await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send({ ...VERSION, splits: [{ name: "train", count: 500 }, { name: "train", count: 500 }] }), 400, "VALIDATION_FAILED", "splits.1.name");
    expectError(await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send({ ...VERSION, splits: [{ name: "train", count: -1 }, { name: "test", count: 1001 }] }), 400, "VALIDATION_FAILED", "splits.0.count");
    expectError(await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send({ ...VERSION, labelDistribution: { spam: 900, ham: 700 } }), 400, "VALIDATION_FAILED", "labelDistribution");
    expectError(await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send({ ...VERSION, itemCount: 0 }), 400, "VALIDATION_FAILED", "itemCount");
    expect(await counts()).toEqual(before);
  });

  it("record lineage: runs name the version and split they used, and the version lists the runs", async () => {
    const { project, base, dataSet } = await setUp();
    const version = (await testApp.http().post(`${base}/data-sets/${dataSet.id}/versions`).send(VERSION).expect(201)).body.versions[0];
    const experiment = (await testApp.http().post(`${base}/experiments`).send({ name: "e" }).expect(201)).body;
    const run = (await testApp.http().post(`${base}/experiments/${experiment.id}/runs`).send({ name: "knn-k5" }).expect(201)).body;
    const training = (await testApp.http().post(`${base}/runs/${run.id}/data`).send({ versionId: version.id, split: "train", purpose: "TRAINING" }).expect(201)).body;
    expect(training).toMatchObject({ dataSetId: dataSet.id, dataSetName: "Support emails", versionId: version.id, version: 1, split: "train", purpose: "TRAINING" });
    await testApp.http().post(`${base}/runs/${run.id}/data`).send({ versionId: version.id, split: "test", purpose: "EVALUATION" }).expect(201);
    expectError(await testApp.http().post(`${base}/runs/${run.id}/data`).send({ versionId: version.id, split: "test", purpose: "EVALUATION" }), 409, "DATA_USE_EXISTS");
    expectError(await testApp.http().post(`${base}/runs/${run.id}/data`).send({ versionId: version.id, split: "holdout", purpose: "EVALUATION" }), 400, "VALIDATION_FAILED", "split");
    const elsewhere = await makeProject(testApp);
    const foreign = (await testApp.http().post(`/api/v1/projects/${elsewhere.id}/data-sets`).send(EMAILS).expect(201)).body;
    const foreignVersion = (await testApp.http().post(`/api/v1/projects/${elsewhere.id}/data-sets/${foreign.id}/versions`).send(VERSION).expect(201)).body.versions[0];
    expectError(await testApp.http().post(`${base}/runs/${run.id}/data`).send({ versionId: foreignVersion.id, split: "train", purpose: "TRAINING" }), 404, "DATA_SET_VERSION_NOT_FOUND");

    expect((await testApp.http().get(`${base}/runs/${run.id}/data`).expect(200)).body.items.map((use: { split: string }) => use.split)).toEqual(["train", "test"]);
    const usedBy = (await testApp.http().get(`${base}/data-sets/${dataSet.id}`).expect(200)).body.versions[0].usedBy;
    expect(usedBy).toEqual([
      { runId: run.id, runName: "knn-k5", experimentId: experiment.id, split: "train", purpose: "TRAINING" },
      { runId: run.id, runName: "knn-k5", experimentId: experiment.id, split: "test", purpose: "EVALUATION" },
    ]);
    expectError(await testApp.http().delete(`${base}/data-sets/${dataSet.id}`), 409, "DATA_SET_IN_USE");
    await testApp.http().delete(`${base}/runs/${run.id}/data/${training.id}`).expect(204);
    expectError(await testApp.http().delete(`${base}/runs/${run.id}/data/${training.id}`), 404, "DATA_USE_NOT_FOUND");
    // Deleting the project takes its data sets and runs, lineage included.
    await testApp.http().delete(`/api/v1/projects/${project.id}`).expect(204);
    expect(await testApp.prisma.dataSetVersion.count({ where: { dataSetId: dataSet.id } })).toBe(0);
  });
});
