// Run search against a brute-force reference: random runs, random filters; the
// API must return exactly the runs matchesFilter (packages/domain) accepts.
import { matchesFilter, metricSeriesName, parseFilter, type FilterableRun } from "@lifecycle/domain";
import fc from "fast-check";
import { expectError, makeProject } from "./support/factories";
import { createTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(120_000);

const PARAM_KEYS = ["lr", "opt", "bs", "flag"];
const METRIC_KEYS = ["loss", "acc"];
const SPLITS = ["train", "validation"];
const TAG_KEYS = ["team", "env"];
const NUMBERS = [0, 0.5, 1, -1, 2.5, 10, 32];
const STRINGS = ["adam", "sgd", "0.5", "true", "NLP", "nlp", "it's", "a_b"];
const PATTERNS = ["a%", "%a%", "_dam", "NL_", "%", "n%"];
const NAMES = ["knn", "logreg", "bert-ft"];
const STATUSES = ["RUNNING", "FINISHED", "FAILED"];

interface SeedRun {
  name: string;
  status: string;
  params: Record<string, number | string | boolean>;
  metrics: Record<string, number>;
  /** The same keys logged with a split: metrics.loss[validation]. */
  splitMetrics: Array<{ key: string; split: string; value: number }>;
  tags: Record<string, string>;
}

const seedRun: fc.Arbitrary<SeedRun> = fc.record({
  name: fc.constantFrom(...NAMES),
  status: fc.constantFrom(...STATUSES),
  params: fc.dictionary(fc.constantFrom(...PARAM_KEYS), fc.oneof(fc.constantFrom(...NUMBERS), fc.constantFrom(...STRINGS), fc.boolean()), { maxKeys: 4 }),
  metrics: fc.dictionary(fc.constantFrom(...METRIC_KEYS), fc.oneof(fc.constantFrom(...NUMBERS), fc.double({ min: -2, max: 40, noNaN: true }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)), { maxKeys: 2 }),
  splitMetrics: fc.uniqueArray(fc.record({ key: fc.constantFrom(...METRIC_KEYS), split: fc.constantFrom(...SPLITS), value: fc.oneof(fc.constantFrom(...NUMBERS), fc.double({ min: -2, max: 40, noNaN: true }), fc.constant(Number.NaN)) }), { maxLength: 3, selector: (metric) => `${metric.key}/${metric.split}` }),
  tags: fc.dictionary(fc.constantFrom(...TAG_KEYS), fc.constantFrom(...STRINGS), { maxKeys: 2 }),
});

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const numberText = (value: number) => String(value);

const fieldArbitrary = fc.oneof(
  fc.constantFrom(...PARAM_KEYS, "missing").map((key) => ({ text: `params.${key}`, metric: false })),
  fc.constantFrom(...METRIC_KEYS, "missing").map((key) => ({ text: `metrics.${key}`, metric: true })),
  fc.tuple(fc.constantFrom(...METRIC_KEYS), fc.constantFrom(...SPLITS, "test")).map(([key, split]) => ({ text: `metrics.${key}[${split}]`, metric: true })),
  fc.constantFrom(...TAG_KEYS, "missing").map((key) => ({ text: `tags.${key}`, metric: false })),
  fc.constantFrom("name", "status", "iteration").map((key) => ({ text: key, metric: false })),
);

const comparison = fieldArbitrary.chain((field) => {
  const numberLiteral = fc.constantFrom(...NUMBERS).map(numberText);
  const literal = field.metric ? numberLiteral : fc.oneof(numberLiteral, fc.constantFrom(...STRINGS, ...NAMES, ...STATUSES).map(quote));
  const compare = fc.tuple(fc.constantFrom("=", "!=", "<", "<=", ">", ">="), literal).map(([operator, value]) => `${field.text} ${operator} ${value}`);
  const like = fc.tuple(fc.constantFrom("LIKE", "ILIKE"), fc.constantFrom(...PATTERNS).map(quote)).map(([operator, pattern]) => `${field.text} ${operator} ${pattern}`);
  const list = fc.tuple(fc.boolean(), fc.array(literal, { minLength: 1, maxLength: 3 })).map(([not, values]) => `${field.text} ${not ? "NOT IN" : "IN"} (${values.join(", ")})`);
  return field.metric ? fc.oneof(compare, list) : fc.oneof(compare, like, list);
});

const filterArbitrary: fc.Arbitrary<string> = fc.letrec<{ filter: string }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    fc.tuple(tie("filter"), fc.constantFrom("AND", "OR"), tie("filter")).map(([left, operator, right]) => `(${left}) ${operator} (${right})`),
  ),
})).filter;

let testApp: TestApp;
let listUrl: string;
const reference = new Map<string, FilterableRun>();

beforeAll(async () => {
  testApp = await createTestApp();
  const project = await makeProject(testApp);
  const experiment = (await testApp.http().post(`/api/v1/projects/${project.id}/experiments`).send({ name: "search" }).expect(201)).body;
  listUrl = `/api/v1/projects/${project.id}/experiments/${experiment.id}/runs`;
  for (const run of fc.sample(seedRun, { numRuns: 40, seed: 20261128 })) {
    const created = (await testApp.http().post(listUrl).send({ name: run.name, status: run.status }).expect(201)).body;
    await testApp
      .http()
      .post(`/api/v1/projects/${project.id}/runs/${created.id}/batch`)
      .send({
        params: Object.entries(run.params).map(([key, value]) => ({ key, value })),
        metrics: [
          ...Object.entries(run.metrics).map(([key, value]) => ({ key, value: Number.isFinite(value) ? value : String(value) })),
          ...run.splitMetrics.map(({ key, split, value }) => ({ key, split, value: Number.isFinite(value) ? value : String(value) })),
        ],
        tags: Object.entries(run.tags).map(([key, value]) => ({ key, value })),
      })
      .expect(201);
    const metrics = { ...run.metrics, ...Object.fromEntries(run.splitMetrics.map(({ key, split, value }) => [metricSeriesName(key, split), value])) };
    reference.set(created.id, { attributes: { name: run.name, status: run.status, iteration: 1 }, params: run.params, metrics, tags: run.tags });
  }
});
afterAll(() => testApp?.close());

async function search(filter: string): Promise<string[]> {
  const response = await testApp.http().get(listUrl).query({ filter, pageSize: 1000 });
  if (response.status !== 200) throw new Error(`${filter} → ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.items.map((item: { id: string }) => item.id).sort();
}

it("finds exactly the runs the reference filter accepts", async () => {
  await fc.assert(
    fc.asyncProperty(filterArbitrary, async (filter) => {
      const node = parseFilter(filter);
      const expected = [...reference.entries()].filter(([, run]) => matchesFilter(node, run)).map(([id]) => id).sort();
      expect(await search(filter)).toEqual(expected);
    }),
    { numRuns: 200 },
  );
});

it("orders by a split metric, runs without that series last", async () => {
  const ordered = (await testApp.http().get(listUrl).query({ orderBy: "metrics.loss[validation] ASC", pageSize: 1000 }).expect(200)).body.items as Array<{ id: string }>;
  const values = ordered.map((run) => reference.get(run.id)!.metrics[metricSeriesName("loss", "validation")]).map((value) => (value === undefined || Number.isNaN(value) ? null : value));
  const present = values.filter((value): value is number => value !== null);
  expect(present.length).toBeGreaterThan(0);
  expect(present).toEqual([...present].sort((a, b) => a - b));
  expect(values.slice(present.length).every((value) => value === null)).toBe(true);
});

it("orders by a metric, runs without it last, and pages with a cursor", async () => {
  const ordered = (await testApp.http().get(listUrl).query({ orderBy: "metrics.loss DESC", pageSize: 1000 }).expect(200)).body.items as Array<{ id: string }>;
  const values = ordered.map((run) => reference.get(run.id)!.metrics.loss).map((value) => (value === undefined || Number.isNaN(value) ? null : value));
  const present = values.filter((value): value is number => value !== null);
  expect(present).toEqual([...present].sort((a, b) => b - a));
  expect(values.slice(present.length).every((value) => value === null)).toBe(true);

  const pages: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Array<{ id: string }>; nextCursor: string | null } = (await testApp.http().get(listUrl).query({ orderBy: "metrics.loss DESC", pageSize: 7, ...(cursor ? { cursor } : {}) }).expect(200)).body;
    pages.push(...page.items.map((run) => run.id));
    cursor = page.nextCursor;
  } while (cursor);
  expect(pages).toEqual(ordered.map((run) => run.id));
});

it("ordered by a metric the filter requires, reads the matches down that metric in the same order", async () => {
  // Such a page is read from the metric's index (see runPageSql's driving metric): the order must be the one the
  // language defines — the metric's value, then the run id — for any filter beside the comparison.
  const ordered = fc.record({
    key: fc.constantFrom(...METRIC_KEYS),
    operator: fc.constantFrom(">", ">=", "<", "<=", "!="),
    value: fc.constantFrom(...NUMBERS),
    direction: fc.constantFrom("ASC", "DESC"),
    rest: filterArbitrary,
  });
  await fc.assert(
    fc.asyncProperty(ordered, async ({ key, operator, value, direction, rest }) => {
      const filter = `metrics.${key} ${operator} ${numberText(value)} AND (${rest})`;
      const node = parseFilter(filter);
      const sign = direction === "DESC" ? -1 : 1;
      const expected = [...reference.entries()]
        .filter(([, run]) => matchesFilter(node, run))
        .sort(([leftId, left], [rightId, right]) => sign * (left.metrics[key]! - right.metrics[key]!) || (leftId < rightId ? -1 : 1))
        .map(([id]) => id);
      const response = await testApp.http().get(listUrl).query({ filter, orderBy: `metrics.${key} ${direction}`, pageSize: 1000 });
      expect(response.status).toBe(200);
      expect(response.body.items.map((item: { id: string }) => item.id)).toEqual(expected);
    }),
    { numRuns: 60 },
  );
});

it("points at the position of a malformed filter", async () => {
  const response = await testApp.http().get(listUrl).query({ filter: "metrics.loss < 0.5 AND" });
  expectError(response, 400, "VALIDATION_FAILED", "filter");
  expect(response.body.details[0]).toEqual({ path: "filter", code: "position:22", message: "Expected a field, e.g. metrics.loss (at position 22)" });
  expectError(await testApp.http().get(listUrl).query({ orderBy: "metrics.loss SIDEWAYS" }), 400, "VALIDATION_FAILED", "orderBy");
});
