import type { INestApplicationContext } from "@nestjs/common";
import { Readable } from "node:stream";
import { gaussianFrom, seededRandom } from "@lifecycle/domain";
import type { Principal } from "../common/auth/principal";
import { ArtifactsService } from "../modules/artifacts/artifacts.service";
import { DeploymentsService } from "../modules/deployments/deployments.service";
import { IterationsService } from "../modules/iterations/iterations.service";
import { KpisService } from "../modules/kpis/kpis.service";
import { MonitorsService } from "../modules/monitoring/monitors.service";
import { RecordsService } from "../modules/monitoring/records.service";
import { RegistryService } from "../modules/registry/registry.service";
import type { DemoLoop } from "./demo-portfolio";

const HOUR = 3_600_000;
const TOPICS = ["refunds", "shipping", "accounts", "billing", "returns"];

/** The hour the seeded "after" traffic ends in: the current hour's start; the "before" traffic ends an hour earlier. */
const releaseHour = () => Math.floor(Date.now() / HOUR) * HOUR - HOUR;

/** A chatbot's answers for one hour: questions by topic, generated text, latency around `latencyMs`, tokens and cost. */
async function logHour(app: INestApplicationContext, projectId: string, deploymentId: string, start: number, latencyMs: number, seed: number): Promise<void> {
  const next = seededRandom(seed);
  const records = Array.from({ length: 120 }, (_, k) => {
    const topic = TOPICS[Math.floor(next() * TOPICS.length)]!;
    const inputTokens = 300 + Math.round(next() * 500);
    const outputTokens = 80 + Math.round(next() * 160);
    return {
      predictionId: `chat-${start}-${k}`,
      timestamp: new Date(start + Math.floor((k * HOUR) / 120)).toISOString(),
      features: { topic, question_words: 6 + Math.round(next() * 30), retrieved_chunks: latencyMs > 2000 ? 5 : 3 },
      prediction: { text: `Here is what the help centre says about ${topic}…` },
      latencyMs: Math.max(200, Math.round(latencyMs * (0.7 + 0.35 * next()) + 40 * gaussianFrom(next))),
      inputTokens,
      outputTokens,
      cost: Math.round((inputTokens * 0.0000008 + outputTokens * 0.0000032) * 1e6) / 1e6,
    };
  });
  await app.get(RecordsService).logRecords(projectId, deploymentId, { records });
}

/**
 * Production before the iteration: `before.hours` hours of slow answers, and a latency monitor feeding the KPI that
 * alerts on the last of them. Answers the monitor's id.
 */
export async function loopProduction(app: INestApplicationContext, principal: Principal, projectId: string, deploymentId: string, loop: DemoLoop): Promise<string> {
  const end = releaseHour();
  for (let hour = loop.before.hours; hour >= 1; hour -= 1) await logHour(app, projectId, deploymentId, end - hour * HOUR, loop.before.latencyMs, hour);
  const kpi = (await app.get(KpisService).snapshots(projectId)).find((item) => item.name === loop.monitor.kpi);
  const monitors = app.get(MonitorsService);
  const monitor = await monitors.create(principal, projectId, deploymentId, { name: loop.monitor.name, figure: "latency_p95", operator: "gt", warning: loop.monitor.warning, alert: loop.monitor.alert, window: "1h", cadence: "1h", noData: "NO_DATA", ...(kpi ? { kpiId: kpi.kpiId } : {}) });
  await monitors.evaluateNow(projectId, deploymentId, monitor.id, end);
  return monitor.id;
}

/** The iteration opened from the monitor's open alert, with the loop's other triggers, hypothesis and changes. */
export async function openLoopIteration(app: INestApplicationContext, principal: Principal, projectId: string, loop: DemoLoop): Promise<string> {
  const [alert] = (await app.get(MonitorsService).alerts(projectId, { status: "UNRESOLVED", page: 1, pageSize: 1 })).items;
  const iteration = await app.get(IterationsService).open(principal, projectId, {
    hypothesis: loop.hypothesis,
    changes: loop.changes,
    triggers: [...(alert ? [{ kind: "ALERT" as const, alertId: alert.id }] : []), ...loop.triggers],
  });
  return iteration.id;
}

/**
 * The iteration's run as a new model version, approved, serving all of production's traffic; an hour of the faster
 * answers, evaluated (the monitor goes back to OK and the KPI gets the new figure); the alert resolved.
 */
export async function releaseLoop(app: INestApplicationContext, principal: Principal, projectId: string, deploymentId: string, modelName: string, runId: string, monitorId: string, loop: DemoLoop): Promise<void> {
  const registry = app.get(RegistryService);
  await app.get(ArtifactsService).saveArtifact(projectId, runId, "model/MLmodel", Readable.from([Buffer.from("artifact_path: model\nflavors:\n  python_function: {}\n")]));
  const model = (await registry.listModels(projectId, { page: 1, pageSize: 1, q: modelName })).items[0]!;
  const version = await registry.createVersion(principal, projectId, model.id, { runId, modelCard: { intendedUse: "Demo portfolio", limitations: "Trained on demo data only" } });
  await registry.reviewVersion(principal, projectId, model.id, version.version, { decision: "APPROVED", reason: "Grounded answers in half the time on the test questions" });
  await registry.setAlias(principal, projectId, model.id, "champion", { version: version.version, reason: "iteration 2" });
  await app.get(DeploymentsService).shiftTraffic(principal, projectId, deploymentId, { variants: [{ name: "primary", role: "PRIMARY", trafficPercent: 100, modelVersionId: version.id }], reason: "iteration 2: re-indexed help centre, top 3 chunks" });
  const end = releaseHour();
  await logHour(app, projectId, deploymentId, end, loop.after.latencyMs, 99);
  const monitors = app.get(MonitorsService);
  await monitors.evaluateNow(projectId, deploymentId, monitorId, end + HOUR);
  for (const alert of (await monitors.alerts(projectId, { status: "UNRESOLVED", page: 1, pageSize: 20 })).items) {
    await monitors.resolve(principal, projectId, alert.id, "Fixed by iteration 2: fewer, shorter chunks");
  }
}
