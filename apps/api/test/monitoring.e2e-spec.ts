import {
  buildReference,
  emptyProfile,
  featureDrift,
  profileAdd,
  seededRandom as random,
  type FeatureValue,
} from "@lifecycle/domain";
import { RecordPartitions } from "../src/modules/monitoring/record-partitions";
import { expectError, makeDeployment, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/** Production data in: inference records, duplicates and retries, baselines, traffic and drift from the hourly profiles. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const HOUR = 3_600_000;
/** The start of the hour before the current one: whole hours of records that are in the past. */
const lastHour = () => Math.floor(Date.now() / HOUR) * HOUR - HOUR;

const deployment = () => makeDeployment(testApp);

function rows(count: number, seed: number, shift = 0) {
  const next = random(seed);
  return Array.from({ length: count }, () => ({
    amount: Math.round((50 + shift * 40 + next() * 100) * 100) / 100,
    age: Math.floor(20 + next() * 50),
    country: next() < (shift ? 0.2 : 0.6) ? "FR" : next() < 0.5 ? "DE" : "ES",
    label: next() < 0.3 ? "fraud" : "ok",
  }));
}

function recordsOf(data: ReturnType<typeof rows>, start: number, prefix: string) {
  return data.map((row, index) => ({
    predictionId: `${prefix}-${index}`,
    timestamp: new Date(start + index * 1000).toISOString(),
    features: { amount: row.amount, age: row.age, country: row.country },
    prediction: { label: row.label, scores: { fraud: 0.5, ok: 0.5 } },
    latencyMs: 10 + (index % 10),
    ...(index % 50 === 0 ? { error: "timeout" } : {}),
  }));
}

describe("inference records", () => {
  it("keeps records as they were sent, newest first, and pages them", async () => {
    const { url } = await deployment();
    const start = lastHour();
    const sent = [
      { predictionId: "p-1", timestamp: new Date(start).toISOString(), features: { b: 0.1, a: "x", flag: true, none: null }, prediction: { label: "spam", scores: { spam: 0.9, ham: 0.1 } }, latencyMs: 12.5, variant: "primary" },
      { predictionId: "p-2", timestamp: new Date(start + 1000).toISOString(), features: { b: 1e-7 }, prediction: { value: 3.25 }, inputTokens: 10, outputTokens: 20, cost: 0.0004 },
      { predictionId: "p-3", timestamp: new Date(start + 2000).toISOString(), features: {}, prediction: { text: "Hello" }, error: "upstream timeout" },
    ];
    expect((await testApp.http().post(`${url}/records`).send({ records: sent }).expect(200)).body).toEqual({ accepted: 3, duplicates: 0, duplicatePredictionIds: [], profiled: false });
    const first = (await testApp.http().get(`${url}/records?pageSize=2`).expect(200)).body;
    expect(first.items.map((item: { predictionId: string }) => item.predictionId)).toEqual(["p-3", "p-2"]);
    const second = (await testApp.http().get(`${url}/records?pageSize=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.nextCursor).toBeNull();
    const back = second.items[0];
    expect(back).toEqual({ ...sent[0], receivedAt: expect.any(String) });
    // The features keep their order.
    expect(Object.keys(back.features)).toEqual(["b", "a", "flag", "none"]);
    expect(first.items[1]).toEqual({ ...sent[1], receivedAt: expect.any(String) });
    expectError(await testApp.http().get(`${url}/records?cursor=nonsense`), 400, "VALIDATION_FAILED", "cursor");
    // A cursor of the right shape whose time Postgres would not read is refused before any query.
    expectError(await testApp.http().get(`${url}/records?cursor=${Buffer.from(JSON.stringify(["2026", "p-1"])).toString("base64url")}`), 400, "VALIDATION_FAILED", "cursor");
  });

  it("checks the whole batch before writing: a 400 names the record and the field, and nothing is kept", async () => {
    const { url, id } = await deployment();
    const good = { predictionId: "ok", timestamp: new Date(lastHour()).toISOString(), features: { x: 1 }, prediction: { label: "a" } };
    expectError(await testApp.http().post(`${url}/records`).send({ records: [good, { ...good, predictionId: "bad", features: { x: { nested: 1 } } }] }), 400, "VALIDATION_FAILED", "records.1.features.x");
    expectError(await testApp.http().post(`${url}/records`).send({ records: [good, { ...good, predictionId: "old", timestamp: "2020-01-01T00:00:00Z" }] }), 400, "VALIDATION_FAILED", "records.1.timestamp");
    expectError(await testApp.http().post(`${url}/records`).send({ records: [{ ...good, timestamp: new Date(Date.now() + 3 * 86_400_000).toISOString() }] }), 400, "VALIDATION_FAILED", "records.0.timestamp");
    expectError(await testApp.http().post(`${url}/records`).send({ records: [{ ...good, prediction: {} }] }), 400, "VALIDATION_FAILED", "records.0.prediction");
    expectError(await testApp.http().post(`${url}/records`).send({ records: [{ ...good, latencyMs: -1 }] }), 400, "VALIDATION_FAILED", "records.0.latencyMs");
    expectError(await testApp.http().post(`${url}/records`).send({ records: [{ ...good, features: { __prediction: 1 } }] }), 400, "VALIDATION_FAILED");
    expectError(await testApp.http().post(`${url}/records`).send({ records: Array.from({ length: 10_001 }, (_, index) => ({ ...good, predictionId: `n${index}` })) }), 400, "VALIDATION_FAILED", "records");
    expectError(await testApp.http().post(`${url}/records`).send({ records: [] }), 400, "VALIDATION_FAILED", "records");
    expect(await testApp.prisma.inferenceRecord.count({ where: { deploymentId: id } })).toBe(0);
    expectError(await testApp.http().post(`/api/v1/projects/${(await makeProject(testApp)).id}/deployments/${id}/records`).send({ records: [good] }), 404, "DEPLOYMENT_NOT_FOUND");
  });

  it("ignores a repeated prediction id and says which; an Idempotency-Key replays the first answer", async () => {
    const { url, id } = await deployment();
    const at = new Date(lastHour()).toISOString();
    const record = (predictionId: string, label = "a") => ({ predictionId, timestamp: at, features: { x: 1 }, prediction: { label } });
    expect((await testApp.http().post(`${url}/records`).send({ records: [record("a"), record("b"), record("a", "again")] }).expect(200)).body).toEqual({ accepted: 2, duplicates: 1, duplicatePredictionIds: ["a"], profiled: false });
    expect((await testApp.http().post(`${url}/records`).send({ records: [record("b"), record("c")] }).expect(200)).body).toMatchObject({ accepted: 1, duplicates: 1, duplicatePredictionIds: ["b"] });
    // The first record of an id is the one kept.
    expect((await testApp.http().get(`${url}/records`).expect(200)).body.items.find((item: { predictionId: string }) => item.predictionId === "a").prediction).toEqual({ label: "a" });

    const batch = { records: [record("d"), record("e")] };
    const first = (await testApp.http().post(`${url}/records`).set("Idempotency-Key", "batch-1").send(batch).expect(200)).body;
    expect(first).toMatchObject({ accepted: 2, duplicates: 0 });
    expect((await testApp.http().post(`${url}/records`).set("Idempotency-Key", "batch-1").send(batch).expect(200)).body).toEqual(first);
    expectError(await testApp.http().post(`${url}/records`).set("Idempotency-Key", "batch-1").send({ records: [record("f")] }), 409, "IDEMPOTENCY_KEY_REUSED");
    expect(await testApp.prisma.inferenceRecord.count({ where: { deploymentId: id } })).toBe(5);
  });

  it("reports traffic per window: volume, errors, latency and cost", async () => {
    const { url } = await deployment();
    const start = lastHour();
    await testApp.http().post(`${url}/records`).send({ records: recordsOf(rows(200, 1), start, "t") }).expect(200);
    const report = (await testApp.http().get(`${url}/traffic?from=${new Date(start).toISOString()}&to=${new Date(start + HOUR).toISOString()}`).expect(200)).body;
    expect(report.windows).toHaveLength(1);
    const window = report.windows[0];
    expect(window).toMatchObject({ from: new Date(start).toISOString(), count: 200, errors: 4, errorRate: 0.02, costPerRequest: null });
    // Latencies are 10 … 19 ms: p50 and p95 within the sketch's 1 %.
    expect(Math.abs(window.latencyP50Ms - 14) / 14).toBeLessThanOrEqual(0.01 + 1e-9);
    expect(Math.abs(window.latencyP95Ms - 19) / 19).toBeLessThanOrEqual(0.01 + 1e-9);
    expectError(await testApp.http().get(`${url}/traffic?from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z&window=1h`), 400, "VALIDATION_FAILED", "window");
    expectError(await testApp.http().get(`${url}/traffic?window=2h`), 400, "VALIDATION_FAILED", "window");
  });
});

describe("baselines and drift", () => {
  it("measures drift against an uploaded baseline from profiles merged batch by batch, as the domain computes it on the values", async () => {
    const { url } = await deployment();
    const reference = rows(600, 2);
    const csv = ["amount,age,country,label", ...reference.map((row) => `${row.amount},${row.age},${row.country},${row.label}`)].join("\n");
    const baseline = (await testApp.http().post(`${url}/baselines/upload?name=train&predictionColumn=label`).set("Content-Type", "text/csv").send(csv).expect(201)).body;
    expect(baseline).toMatchObject({ name: "train", source: "DATA_SET", rowCount: 600, active: true, prediction: { kind: "categorical", count: 600 } });
    expect(baseline.features.map((feature: { name: string; kind: string }) => [feature.name, feature.kind])).toEqual([["age", "numeric"], ["amount", "numeric"], ["country", "categorical"]]);

    // An hour like the reference, then an hour where amount and country moved; each sent in three batches.
    const start = lastHour() - HOUR;
    const calm = rows(900, 3);
    const moved = rows(900, 4, 1);
    for (const [data, hourStart, prefix] of [[calm, start, "calm"], [moved, start + HOUR, "moved"]] as const) {
      const records = recordsOf(data, hourStart, prefix);
      for (let k = 0; k < 3; k += 1) {
        const sent = (await testApp.http().post(`${url}/records`).send({ records: records.slice(k * 300, (k + 1) * 300) }).expect(200)).body;
        expect(sent).toMatchObject({ accepted: 300, profiled: true });
      }
    }
    const report = (await testApp.http().get(`${url}/drift?from=${new Date(start).toISOString()}&to=${new Date(start + 2 * HOUR).toISOString()}`).expect(200)).body;
    expect(report.baseline).toEqual({ id: baseline.id, name: "train" });
    expect(report.windows).toHaveLength(2);
    const [quiet, drifted] = report.windows;
    expect(quiet.count).toBe(900);
    expect(drifted.features.amount).toMatchObject({ method: "ks", drifted: true, psiBand: "significant" });
    expect(drifted.features.country).toMatchObject({ method: "chi-square", drifted: true });
    expect(drifted.features.age.drifted).toBe(false);
    expect(quiet.features.amount.drifted).toBe(false);
    expect(drifted.dataset).toEqual({ features: 3, drifted: 2, share: 2 / 3, datasetDrifted: true });
    expect(quiet.dataset.datasetDrifted).toBe(false);

    // The same figures as the domain's functions on the raw values, though the window arrived in three batches.
    for (const name of ["amount", "age", "country"] as const) {
      const referenceOf = buildReference(reference.map((row) => row[name] as FeatureValue));
      const profile = emptyProfile(referenceOf);
      for (const row of moved) profileAdd(profile, referenceOf, row[name]);
      const expected = featureDrift(referenceOf, profile);
      expect(drifted.features[name].score).toBe(expected.score);
      expect(drifted.features[name].psi).toBeCloseTo(expected.psi!, 12);
    }
    // Prediction drift: the share of "fraud" labels did not move.
    expect(drifted.prediction).toMatchObject({ method: "chi-square", windowCount: 900 });
    // A window without records has no figures.
    const later = (await testApp.http().get(`${url}/drift?from=${new Date(start + 2 * HOUR).toISOString()}&to=${new Date(start + 3 * HOUR).toISOString()}`).expect(200)).body;
    expect(later.windows[0]).toMatchObject({ count: 0, dataset: { features: 0, datasetDrifted: false } });
    expect(later.windows[0].features.amount).toMatchObject({ score: null, note: "The window has no values" });
  });

  it("builds a baseline from a window of production records, from JSON lines, and switches the active one", async () => {
    const { url } = await deployment();
    const start = lastHour();
    await testApp.http().post(`${url}/records`).send({ records: recordsOf(rows(300, 5), start, "w") }).expect(200);
    const fromWindow = (
      await testApp.http().post(`${url}/baselines`).send({ name: "last hour", from: new Date(start).toISOString(), to: new Date(start + HOUR).toISOString() }).expect(201)
    ).body;
    expect(fromWindow).toMatchObject({ source: "PRODUCTION", rowCount: 300, active: true, windowFrom: new Date(start).toISOString(), prediction: { kind: "categorical" } });
    expectError(await testApp.http().post(`${url}/baselines`).send({ name: "last hour", from: new Date(start).toISOString(), to: new Date(start + HOUR).toISOString() }), 409, "BASELINE_NAME_TAKEN", "name");
    expectError(await testApp.http().post(`${url}/baselines`).send({ name: "empty", from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" }), 400, "VALIDATION_FAILED", "from");

    const lines = rows(50, 6).map((row) => JSON.stringify({ amount: row.amount, country: row.country })).join("\n");
    const uploaded = (await testApp.http().post(`${url}/baselines/upload?name=jsonl&activate=false`).set("Content-Type", "application/x-ndjson").send(lines).expect(201)).body;
    expect(uploaded).toMatchObject({ rowCount: 50, active: false, prediction: null });
    expect((await testApp.http().post(`${url}/baselines/${uploaded.id}/activate`).expect(200)).body.active).toBe(true);
    const listed = (await testApp.http().get(`${url}/baselines`).expect(200)).body.items;
    expect(listed.map((item: { name: string; active: boolean }) => [item.name, item.active])).toEqual([["jsonl", true], ["last hour", false]]);
    expect((await testApp.http().get(`${url}/drift`).expect(200)).body.baseline.name).toBe("jsonl");
  });

  it("refuses uploads it cannot read, naming the line, and writes nothing", async () => {
    const { url } = await deployment();
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x`).set("Content-Type", "text/plain").send("a\n1"), 415, "UNSUPPORTED_MEDIA_TYPE");
    const ragged = await testApp.http().post(`${url}/baselines/upload?name=x`).set("Content-Type", "text/csv").send("a,b\n1,2\n3");
    expectError(ragged, 400, "VALIDATION_FAILED", "body");
    expect(ragged.body.message).toContain("Line 3");
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x`).set("Content-Type", "application/x-ndjson").send('{"a":1}\n{"a":{"b":2}}'), 400, "VALIDATION_FAILED", "body");
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x`).set("Content-Type", "text/csv").send("a,__b\n1,2"), 400, "VALIDATION_FAILED", "body");
    const wide = Array.from({ length: 501 }, (_, k) => `f${k}`);
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x`).set("Content-Type", "text/csv").send(`${wide.join(",")}\n${wide.map(() => 1).join(",")}`), 400, "VALIDATION_FAILED", "body");
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x&predictionColumn=y`).set("Content-Type", "text/csv").send("a,b\n1,2"), 400, "VALIDATION_FAILED", "predictionColumn");
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x&split=train`).set("Content-Type", "text/csv").send("a\n1"), 400, "VALIDATION_FAILED", "split");
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x&dataSetVersionId=00000000-0000-4000-8000-000000000000`).set("Content-Type", "text/csv").send("a\n1"), 404, "DATA_SET_VERSION_NOT_FOUND");
    expectError(await testApp.http().post(`${url}/baselines/upload?name=x`).set("Content-Type", "text/csv").send("a,b\n"), 400, "VALIDATION_FAILED", "body");
    expect((await testApp.http().get(`${url}/baselines`).expect(200)).body.items).toEqual([]);
    expectError(await testApp.http().get(`${url}/baselines/00000000-0000-4000-8000-000000000000`), 404, "BASELINE_NOT_FOUND");
  });
});

describe("retention", () => {
  it("keeps records in daily partitions and drops whole days past the retention, with their prediction ids", async () => {
    const { url, id } = await deployment();
    const twoDaysAgo = Date.now() - 2 * 86_400_000;
    await testApp.http().post(`${url}/records`).send({ records: [{ predictionId: "old", timestamp: new Date(twoDaysAgo).toISOString(), features: { x: 1 }, prediction: { label: "a" } }] }).expect(200);
    const day = new Date(twoDaysAgo).toISOString().slice(0, 10);
    const partitions = await testApp.prisma.$queryRawUnsafe<{ name: string }[]>("SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'inference_records'::regclass");
    expect(partitions.map((row) => row.name)).toContain(`inference_records_p${day.replaceAll("-", "")}`);
    // Thirty days on, that day is past the retention.
    const dropped = await testApp.app.get(RecordPartitions).sweep(twoDaysAgo + 31 * 86_400_000);
    expect(dropped).toContain(day);
    expect(await testApp.prisma.inferenceRecord.count({ where: { deploymentId: id, predictionId: "old" } })).toBe(0);
    expect(await testApp.prisma.inferencePrediction.count({ where: { deploymentId: id, predictionId: "old" } })).toBe(0);
    // The id is free again: a new record with it is accepted.
    expect((await testApp.http().post(`${url}/records`).send({ records: [{ predictionId: "old", timestamp: new Date(lastHour()).toISOString(), features: { x: 1 }, prediction: { label: "a" } }] }).expect(200)).body.accepted).toBe(1);
  });
});
