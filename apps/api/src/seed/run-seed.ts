import "reflect-metadata";
import type { INestApplicationContext } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "../app.module";
import { resolveDatabase } from "../database/database";
import { artifactDirectory } from "../database/paths";
import { DomainError } from "../common/errors/domain-error";
import { FramingService } from "../modules/framing/framing.service";
import { KpisService } from "../modules/kpis/kpis.service";
import { ProjectsService } from "../modules/projects/projects.service";
import { DataSetsService } from "../modules/data-sets/data-sets.service";
import { EvaluationsService } from "../modules/evaluations/evaluations.service";
import { FitService } from "../modules/evaluations/fit.service";
import { ExperimentsService } from "../modules/experiments/experiments.service";
import { RunsService } from "../modules/runs/runs.service";
import { StagesService } from "../modules/stages/stages.service";
import type { Principal } from "../common/auth/principal";
import { DatabaseConfig } from "../prisma/database-config";
import { DEMO_PORTFOLIO, type DemoRun, type DemoKpi } from "./demo-portfolio";
import { deployDemo } from "./deploy-demo";
import { monitorDemo } from "./monitor-demo";
import { loopProduction, openLoopIteration, releaseLoop } from "./loop-demo";
import { feedbackDemo } from "./feedback-demo";
import { IterationsService } from "../modules/iterations/iterations.service";
import { s3ConfigFromEnv } from "../modules/artifacts/s3-artifact-store";
import { MonitoringConfig } from "../modules/monitoring/monitoring.config";

/** The seed acts as an instance admin without a user: its projects have no members, and admins see them all. */
const SEED: Principal = { userId: null, name: "demo seed", email: null, isAdmin: true, method: "env", sessionId: null, csrfToken: null };
const WEEK_MS = 7 * 86_400_000;

/** Weekly values from `from` to `to`, ending today, with a small repeatable wobble. */
export function weeklySeries({ from, to, weeks }: NonNullable<DemoKpi["series"]>, now = Date.now()) {
  return Array.from({ length: weeks }, (_, index) => {
    const share = weeks === 1 ? 1 : index / (weeks - 1);
    const wobble = index === 0 || index === weeks - 1 ? 0 : Math.sin(index * 1.7) * Math.abs(to - from) * 0.04;
    return { value: Math.round((from + (to - from) * share + wobble) * 100) / 100, measuredAt: new Date(now - (weeks - 1 - index) * WEEK_MS).toISOString() };
  });
}

/** Train and validation loss over 60 steps, with a little noise. */
function curves(shape: DemoRun["curves"]) {
  if (shape === "none") return [];
  const noise = (step: number) => 0.002 * Math.sin(step * 1.7);
  return Array.from({ length: 60 }, (_, step) => [
    { key: "loss", split: "train" as const, step, value: 0.15 + 0.9 * Math.exp(-step / 6) + noise(step) },
    { key: "loss", split: "validation" as const, step, value: shape === "balanced" ? 0.17 + 0.9 * Math.exp(-step / 6) + noise(step + 3) : 0.25 + 0.9 * Math.exp(-step / 6) + 0.00025 * Math.max(0, step - 20) ** 2 },
  ]).flat();
}

/** Loads the demo portfolio into a running application; projects already there are left alone. Exported for a test. */
export async function seedPortfolio(app: INestApplicationContext, log: (message: string) => void = (message) => console.log(`[seed] ${message}`)): Promise<void> {
  const projects = app.get(ProjectsService);
  const kpis = app.get(KpisService);
  const framing = app.get(FramingService);
  const stages = app.get(StagesService);
  const dataSets = app.get(DataSetsService);
  const experimentsService = app.get(ExperimentsService);
  const runs = app.get(RunsService);
  const evaluations = app.get(EvaluationsService);
  const fit = app.get(FitService);
  for (const demo of DEMO_PORTFOLIO) {
    const existing = await projects.getProject(SEED, demo.project.slug).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === "PROJECT_NOT_FOUND") return null;
      throw error;
    });
    if (existing) {
      log(`${demo.project.name}: already there`);
      continue;
    }
    const project = await projects.createProject(SEED, demo.project);
    for (const { series, ...kpi } of demo.kpis) {
      const created = await kpis.createKpi(project.id, kpi);
      // A looping project's last weekly figure comes before its seeded production hours, which then measure the KPI.
      for (const point of series ? weeklySeries(series, demo.loop ? Date.now() - 3 * 3_600_000 : undefined) : []) {
        await kpis.addMeasurement(project.id, created.id, { ...point, source: "weekly report" });
      }
    }
    if (demo.framing) await framing.saveFraming(project.id, demo.framing);
    for (const { dataSet, version } of demo.dataSets ?? []) {
      const created = await dataSets.createDataSet(project.id, dataSet);
      await dataSets.createVersion(project.id, created.id, version);
    }
    const experiments = new Map<string, string>();
    /** A finished run with its params, curves and test evaluation, at the project's iteration then. */
    const logRun = async (demoRun: DemoRun): Promise<string> => {
      if (!experiments.has(demoRun.experiment)) experiments.set(demoRun.experiment, (await experimentsService.createExperiment(project.id, { name: demoRun.experiment })).id);
      const run = await runs.createRun(project.id, experiments.get(demoRun.experiment)!, { name: demoRun.name });
      await runs.logBatch(project.id, run.id, { params: Object.entries(demoRun.params).map(([key, value]) => ({ key, value })), metrics: curves(demoRun.curves) });
      await evaluations.createEvaluation(project.id, run.id, demoRun.evaluation);
      await runs.updateRun(project.id, run.id, { status: "FINISHED" });
      await fit.diagnose(project.id, run.id);
      return run.id;
    };
    const runIds: string[] = [];
    for (const demoRun of demo.runs ?? []) runIds.push(await logRun(demoRun));
    let live: string | null = null;
    let loop: { monitorId: string; iterationId: string | null; runId: string | null } | null = null;
    for (const to of demo.path) {
      // Leaving Deployment needs an approved model live in production; the second time round (a loop), its new version.
      if (to === "MONITORING" && live === null) {
        live = await deployDemo(app, SEED, project.id, demo.project.slug, runIds);
        if (demo.project.slug === "product-image-defects") await monitorDemo(app, SEED, project.id, live);
        if (demo.loop) loop = { monitorId: await loopProduction(app, SEED, project.id, live, demo.loop), iterationId: null, runId: null };
      } else if (to === "MONITORING" && demo.loop && loop?.runId) {
        await releaseLoop(app, SEED, project.id, live!, demo.project.slug, loop.runId, loop.monitorId, demo.loop);
        await feedbackDemo(app, SEED, project.id, live!, demo.project.slug);
      }
      // Leaving Monitoring needs a reason to iterate, and leaving Iteration a plan: the iteration opened from the alert.
      if (to === "ITERATION" && demo.loop && loop) loop.iterationId = await openLoopIteration(app, SEED, project.id, demo.loop);
      await stages.transitionProject(SEED, project.id, { to, override: false });
      if (to === "MODEL_DEVELOPMENT" && demo.loop && loop?.iterationId && !loop.runId) loop.runId = await logRun(demo.loop.run);
    }
    if (demo.loop && loop?.iterationId && loop.runId) await app.get(IterationsService).close(SEED, project.id, loop.iterationId, demo.loop.closeNote);
    if (demo.closedBecause) {
      const current = await projects.getProject(SEED, project.id);
      await projects.updateProject(SEED, project.id, { version: current.version, status: "CLOSED", description: demo.closedBecause });
    }
    const final = await projects.getProject(SEED, project.id);
    log(`${final.name}: ${final.currentStage}, iteration ${final.iteration}, KPIs ${final.kpiSummary.status}`);
  }
}

async function seed(): Promise<void> {
  const database = await resolveDatabase((message) => console.log(`[seed] ${message}`));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ database: new DatabaseConfig(database.url, database.embedded), artifactRoot: artifactDirectory(), s3: s3ConfigFromEnv(), monitoring: MonitoringConfig.fromEnv() }), { logger: ["error", "warn"] });
  try {
    await seedPortfolio(app);
  } finally {
    await app.close();
    await database.close();
  }
}

if (require.main === module) {
  seed().catch((error: unknown) => {
    console.error("[seed] Failed:", error);
    process.exit(1);
  });
}
