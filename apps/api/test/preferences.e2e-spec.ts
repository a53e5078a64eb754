import { createHash } from "node:crypto";
import { addCandidateRun, approvedVersion, expectError, makeDeployment } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

/** Pairwise preferences: recorded with the version of each answer, counted into win rates, exported for DPO as a data set version. */
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

async function twoVersions() {
  const { project, base, id: deploymentId } = await makeDeployment(testApp, "faq-bot");
  const v1 = await approvedVersion(testApp, project.id, (await addCandidateRun(testApp, project.id)).id, "faq-bot");
  const v2 = await approvedVersion(testApp, project.id, (await addCandidateRun(testApp, project.id)).id, "faq-bot");
  return { project, base, deploymentId, v1, v2 };
}

const pair = (k: number, a: { modelVersionId?: string; label?: string }, b: { modelVersionId?: string; label?: string }, choice: "A" | "B" | "TIE") => ({
  prompt: `  Question ${k}: how do I "reset" my password?\n`,
  a: { response: `Answer A${k} — click “Forgot”.  `, ...a },
  b: { response: `Answer B${k}\twith a tab`, ...b },
  choice,
});

describe("pairwise preferences", () => {
  it("records pairs exactly as sent, checks them whole, and ranks the versions by win rate", async () => {
    const { base, deploymentId, v1, v2 } = await twoVersions();
    const url = `${base}/preferences`;
    expectError(await testApp.http().post(url).send({ preferences: [pair(0, { modelVersionId: v1.id }, {}, "A")] }), 400, "VALIDATION_FAILED", "preferences.0.b.label");
    expectError(await testApp.http().post(url).send({ preferences: [pair(0, { modelVersionId: v1.id }, { label: "x" }, "C" as never)] }), 400, "VALIDATION_FAILED", "preferences.0.choice");
    expectError(await testApp.http().post(url).send({ preferences: [{ ...pair(0, { label: "x" }, { label: "y" }, "A"), prompt: "   " }] }), 400, "VALIDATION_FAILED", "preferences.0.prompt");
    const foreign = await twoVersions();
    expectError(await testApp.http().post(url).send({ preferences: [pair(0, { modelVersionId: v1.id }, { label: "x" }, "A"), pair(1, { modelVersionId: foreign.v1.id }, { label: "x" }, "A")] }), 400, "VALIDATION_FAILED", "preferences.1.a.modelVersionId");
    expectError(await testApp.http().post(url).send({ preferences: [{ ...pair(0, { label: "x" }, { label: "y" }, "A"), deploymentId: foreign.deploymentId }] }), 400, "VALIDATION_FAILED", "preferences.0.deploymentId");
    expect((await testApp.http().get(url).expect(200)).body.total).toBe(0);

    // v2 beats v1 7 times of 10 (one tie), whichever side it is shown on; a prompt version without a registry entry joins by its label.
    const preferences = [
      ...Array.from({ length: 4 }, (_, k) => pair(k, { modelVersionId: v1.id }, { modelVersionId: v2.id }, "B")),
      ...Array.from({ length: 3 }, (_, k) => pair(4 + k, { modelVersionId: v2.id }, { modelVersionId: v1.id }, "A")),
      pair(7, { modelVersionId: v1.id }, { modelVersionId: v2.id }, "TIE"),
      ...Array.from({ length: 2 }, (_, k) => pair(8 + k, { modelVersionId: v1.id }, { modelVersionId: v2.id }, "A")),
      pair(10, { label: "prompt v3" }, { modelVersionId: v2.id }, "A"),
    ].map((preference, k) => ({ ...preference, deploymentId, reason: k === 0 ? "B cites the policy" : undefined, timestamp: new Date(Date.UTC(2026, 11, 1, 10, k)).toISOString() }));
    expect((await testApp.http().post(url).send({ preferences }).expect(201)).body).toEqual({ accepted: 11 });

    const page = (await testApp.http().get(`${url}?pageSize=2`).expect(200)).body;
    expect(page.total).toBe(11);
    expect(page.items[0]).toMatchObject({ prompt: preferences[10]!.prompt, a: { label: "prompt v3", modelVersionId: null, version: "prompt v3" }, b: { modelVersionId: v2.id, version: "faq-bot v2" }, choice: "A", source: "END_USER", author: testApp.admin.name });
    expect(page.items[1].a.response).toBe("Answer A9 — click “Forgot”.  ");

    const rates = (await testApp.http().get(`${url}/win-rates`).expect(200)).body;
    expect(rates.preferences).toBe(11);
    expect(rates.variants.map((variant: { version: string; wins: number; losses: number; ties: number; comparisons: number }) => [variant.version, variant.comparisons, variant.wins, variant.losses, variant.ties])).toEqual([
      ["prompt v3", 1, 1, 0, 0],
      ["faq-bot v2", 11, 7, 3, 1],
      ["faq-bot v1", 10, 2, 7, 1],
    ]);
    const v2Rate = rates.variants.find((variant: { modelVersionId: string | null }) => variant.modelVersionId === v2.id);
    expect(v2Rate.winRate).toBeCloseTo(7.5 / 11, 12);
    expect(v2Rate.low).toBeLessThan(v2Rate.winRate);
    expect(rates.headToHead).toContainEqual({ variant: v2.id, opponent: v1.id, comparisons: 10, winRate: 0.75 });
    expect((await testApp.http().get(`${url}/win-rates?source=DOMAIN_EXPERT`).expect(200)).body).toEqual({ preferences: 0, variants: [], headToHead: [] });
    expect((await testApp.http().get(`${url}/win-rates`).query({ from: "2026-12-01T10:05:00Z" }).expect(200)).body.preferences).toBe(6);
    expectError(await testApp.http().get(`${url}/win-rates?from=yesterday`), 400, "VALIDATION_FAILED", "from");
  });

  it("exports the choices as DPO JSON lines pinned as a new data set version, with lineage back to the preferences", async () => {
    const { base, v1, v2, deploymentId } = await twoVersions();
    const preferences = [pair(0, { modelVersionId: v1.id }, { modelVersionId: v2.id }, "B"), pair(1, { modelVersionId: v1.id }, { modelVersionId: v2.id }, "TIE"), pair(2, { modelVersionId: v2.id }, { modelVersionId: v1.id }, "A")].map((preference, k) => ({
      ...preference,
      deploymentId,
      timestamp: new Date(Date.UTC(2026, 11, 1, 9, k)).toISOString(),
    }));
    await testApp.http().post(`${base}/preferences`).send({ preferences }).expect(201);

    expectError(await testApp.http().post(`${base}/preference-exports`).send({}), 400, "VALIDATION_FAILED", "dataSetId");
    expectError(await testApp.http().post(`${base}/preference-exports`).send({ dataSetName: "faq-dpo", source: "STAKEHOLDER" }), 409, "NOTHING_TO_EXPORT");
    expectError(await testApp.http().post(`${base}/preference-exports`).send({ dataSetId: "00000000-0000-4000-8000-000000000000" }), 404, "DATA_SET_NOT_FOUND");
    expect((await testApp.http().get(`${base}/data-sets`).expect(200)).body.items).toHaveLength(0);

    const exported = (await testApp.http().post(`${base}/preference-exports`).send({ dataSetName: "faq-dpo", note: "Iteration 2 training data" }).expect(201)).body;
    expect(exported).toMatchObject({ dataSetName: "faq-dpo", version: 1, pairs: 2, ties: 1, filter: { from: null, to: null, deploymentId: null, source: null }, createdBy: testApp.admin.name });
    const expected =
      `${JSON.stringify({ prompt: preferences[0]!.prompt, chosen: preferences[0]!.b.response, rejected: preferences[0]!.a.response })}\n` +
      `${JSON.stringify({ prompt: preferences[2]!.prompt, chosen: preferences[2]!.a.response, rejected: preferences[2]!.b.response })}\n`;
    expect(exported.fingerprint).toBe(`sha256:${createHash("sha256").update(expected).digest("hex")}`);
    expect(exported.sizeBytes).toBe(Buffer.byteLength(expected));
    const content = await testApp.http().get(`${base}/preference-exports/${exported.id}/content`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => done(null, Buffer.concat(chunks)));
    });
    expect(content.status).toBe(200);
    expect((content.body as Buffer).toString("utf8")).toBe(expected);
    expect(content.headers["content-disposition"]).toContain('filename="faq-dpo-v1.jsonl"');

    // The data set version says where it came from; the export lists the preferences it took, in its order.
    const dataSet = (await testApp.http().get(`${base}/data-sets/${exported.dataSetId}`).expect(200)).body;
    expect(dataSet).toMatchObject({ kind: "TEXT", labelling: "LABELLED", format: "JSONL" });
    expect(dataSet.versions[0]).toMatchObject({ id: exported.dataSetVersionId, itemCount: 2, splits: [{ name: "train", count: 2 }], preferenceExport: { id: exported.id, pairs: 2, ties: 1 } });
    expect(dataSet.versions[0].collectionNotes).toContain("Iteration 2 training data");
    const taken = (await testApp.http().get(`${base}/preferences?exportId=${exported.id}`).expect(200)).body;
    expect(taken.total).toBe(2);
    expect(taken.items.map((item: { choice: string }) => item.choice)).toEqual(["B", "A"]);

    // A later export into the same data set is its next version; a name taken is refused before anything is written.
    await testApp.http().post(`${base}/preferences`).send({ preferences: [{ ...pair(3, { label: "prompt v3" }, { modelVersionId: v2.id }, "A"), timestamp: "2026-12-01T11:00:00Z" }] }).expect(201);
    expectError(await testApp.http().post(`${base}/preference-exports`).send({ dataSetName: "faq-dpo" }), 409, "DATA_SET_NAME_TAKEN", "dataSetName");
    const second = (await testApp.http().post(`${base}/preference-exports`).send({ dataSetId: exported.dataSetId, from: "2026-12-01T10:00:00Z" }).expect(201)).body;
    expect(second).toMatchObject({ version: 2, pairs: 1, ties: 0, filter: { from: "2026-12-01T10:00:00Z" } });
    expect((await testApp.http().get(`${base}/preference-exports`).expect(200)).body.items.map((item: { version: number }) => item.version)).toEqual([2, 1]);
    expectError(await testApp.http().get(`${base}/preference-exports/00000000-0000-4000-8000-000000000000/content`), 404, "PREFERENCE_EXPORT_NOT_FOUND");
  });
});
