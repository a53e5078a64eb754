// The whole suite: build what is stale (the browser tier drives the built app),
// type-check the dashboard, lint, then every Jest tier. Ends with one plain
// "N passed, N failed" line. Extra arguments go to Jest (e.g. --selectProjects unit).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const started = performance.now();
const steps = [];

function step(name, command, args) {
  const begun = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  const seconds = ((performance.now() - begun) / 1000).toFixed(1);
  steps.push(`${name} ${result.status === 0 ? "ok" : "FAILED"} (${seconds} s)`);
  return result.status === 0;
}

const jestArgs = process.argv.slice(2);
let failedChecks = 0;
if (!step("build", process.execPath, [path.join(root, "scripts/build.mjs")])) failedChecks += 1;
if (!step("typecheck web", bin("tsc"), ["-p", "apps/web/tsconfig.json"])) failedChecks += 1;
if (!step("typecheck tests", bin("tsc"), ["-p", "tsconfig.tests.json"])) failedChecks += 1;
if (!step("lint", bin("eslint"), ["--max-warnings", "0", "."])) failedChecks += 1;

const reportDir = mkdtempSync(path.join(os.tmpdir(), "lifecycle-jest-"));
const reportFile = path.join(reportDir, "report.json");
step("jest", bin("jest"), ["--ci", "--json", `--outputFile=${reportFile}`, ...jestArgs]);

let passed = 0;
let failed = failedChecks;
try {
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  if (report.numTotalTests === 0) failed += 1;
} catch {
  failed += 1;
  console.error("[test] Jest wrote no report: it failed before running the tests.");
}
rmSync(reportDir, { recursive: true, force: true });

console.log(`\n[test] ${steps.join(" · ")} · total ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
