// The dashboard's first visit (issue 15, item 13), measured in Debian's Chromium against its own server: the board
// with 1,000 projects and an experiment's runs table of 2,000 runs, cold (a fresh profile: nothing cached) and
// warm (the same profile again: hashed assets come from the cache, index.html is revalidated). Prints the time
// from navigation to the first card / first row on screen, the first contentful paint, and the bytes sent.
//   npm run bench:web            (CHROMIUM_PATH=… if Chromium is elsewhere)
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ms, percentile, startBenchServer } from "./bench-server.mjs";

const require = createRequire(import.meta.url);
const { Client } = require("pg");
const { chromium } = require("playwright-core");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);

const { base, call, databaseUrl, stop } = await startBenchServer();
const user = { email: "bench@example.com", name: "Bench", password: "a long enough password", isAdmin: true };
await call("POST", "/api/v1/users", user);

// 1,000 projects across the seven stages, and one experiment of 2,000 runs with 3 params and 2 metrics each.
const db = new Client({ connectionString: databaseUrl });
await db.connect();
const stages = ["GOALS_KPIS", "PROBLEM_FRAMING", "DATA", "MODEL_DEVELOPMENT", "DEPLOYMENT", "MONITORING", "ITERATION"];
await db.query(
  `INSERT INTO projects (id, slug, name, owner, business_goal, current_stage, stage_entered_at, updated_at)
   SELECT gen_random_uuid(), 'bench-' || n, 'Bench project ' || n, 'Owner ' || (n % 17), 'Goal ' || n, ($1::text[])[1 + n % 7], now() - n * interval '1 hour', now()
   FROM generate_series(1, 1000) AS n`,
  [stages],
);
const project = await call("POST", "/api/v1/projects", { name: "Runs bench" });
const experiment = await call("POST", `/api/v1/projects/${project.id}/experiments`, { name: "sweep" });
const runs = await db.query(
  `INSERT INTO runs (id, experiment_id, name, status, iteration, start_time, end_time, updated_at)
   SELECT gen_random_uuid(), $1, 'run-' || n, 'FINISHED', 1, now() - n * interval '1 minute', now() - n * interval '1 minute' + interval '90 seconds', now() FROM generate_series(1, 2000) AS n RETURNING id`,
  [experiment.id],
);
const runIds = runs.rows.map((row) => row.id);
for (const key of ["learning_rate", "depth", "optimizer"]) {
  await db.query(`INSERT INTO run_params (run_id, key, type, number_value, text_value) SELECT id, $2, 'number', ord % 13, (ord % 13)::text FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)`, [runIds, key]);
}
for (const key of ["loss", "accuracy"]) {
  await db.query(`INSERT INTO metric_summaries (run_id, key, split, latest_value, latest_step, latest_at, min_value, max_value, count) SELECT id, $2, '', random(), 99, now(), 0, 1, 100 FROM unnest($1::uuid[]) AS id`, [runIds, key]);
}
await db.query("ANALYZE");
await db.end();

async function visit(context, url, selector) {
  const page = await context.newPage();
  const begun = performance.now();
  await page.goto(url, { waitUntil: "commit" });
  await page.locator(selector).first().waitFor({ state: "visible", timeout: 60_000 });
  const shown = performance.now() - begun;
  const { fcp, bytes, requests } = await page.evaluate(() => {
    const resources = performance.getEntriesByType("resource");
    return {
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      // Over the wire: a cached asset transfers 0 bytes.
      bytes: resources.reduce((sum, entry) => sum + entry.transferSize, performance.getEntriesByType("navigation")[0]?.transferSize ?? 0),
      requests: resources.map((entry) => `${new URL(entry.name).pathname.slice(0, 40)} ${Math.round(entry.startTime)}→${Math.round(entry.responseEnd)}`),
    };
  });
  if (process.env.BENCH_VERBOSE) console.log(requests.join("\n"));
  await page.close();
  return { shown, fcp, bytes };
}

async function profile() {
  const folder = mkdtempSync(path.join(os.tmpdir(), "lifecycle-bench-chromium-"));
  const context = await chromium.launchPersistentContext(folder, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const signedIn = await context.request.post(`${base}/api/v1/auth/sign-in`, { data: { email: user.email, password: user.password } });
  if (!signedIn.ok()) throw new Error(`sign-in → ${signedIn.status()}`);
  return { context, close: async () => (await context.close(), rmSync(folder, { recursive: true, force: true })) };
}

const pages = [
  { name: "board_1000", label: "board of 1,000 projects, first card", url: `${base}/`, selector: '[data-testid="project-card"]' },
  { name: "runs_2000", label: "runs table of 2,000 runs, first row", url: `${base}/projects/${project.slug}/experiments/${experiment.id}`, selector: 'table[aria-label="Runs"] tbody tr' },
];
const figures = {};
for (const target of pages) {
  const cold = [];
  const warm = [];
  for (let round = 0; round < 5; round += 1) {
    const browser = await profile();
    cold.push(await visit(browser.context, target.url, target.selector));
    warm.push(await visit(browser.context, target.url, target.selector));
    await browser.close();
  }
  const summary = (samples) => ({ p50: ms(percentile(samples.map((sample) => sample.shown), 0.5)), max: ms(Math.max(...samples.map((sample) => sample.shown))), fcp_p50: ms(percentile(samples.map((sample) => sample.fcp ?? 0), 0.5)), kb: Math.round(percentile(samples.map((sample) => sample.bytes), 0.5) / 1024) });
  figures[target.name] = { cold: summary(cold), warm: summary(warm) };
  const { cold: c, warm: w } = figures[target.name];
  console.log(`[bench] ${target.label}: cold p50 ${c.p50} ms (max ${c.max}, first paint ${c.fcp_p50} ms, ${c.kb} KB sent); warm p50 ${w.p50} ms (first paint ${w.fcp_p50} ms, ${w.kb} KB sent)`);
}
await stop();
console.log(JSON.stringify(figures));
