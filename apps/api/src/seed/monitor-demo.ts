import type { INestApplicationContext } from "@nestjs/common";
import { Readable } from "node:stream";
import { gaussianFrom, seededRandom } from "@lifecycle/domain";
import type { Principal } from "../common/auth/principal";
import { ActualsService } from "../modules/monitoring/actuals.service";
import { BaselinesService } from "../modules/monitoring/baselines.service";
import { MonitorsService } from "../modules/monitoring/monitors.service";
import { RecordsService } from "../modules/monitoring/records.service";

const HOUR = 3_600_000;
const LINES = ["line-1", "line-2", "line-3"];
const DEFECTS = ["ok", "scratch", "dent", "misprint"];

/**
 * An inspection image's features; from `shift` on (0 … 1) a new camera on line 3 makes images darker and
 * blurrier, and line 3 takes more of the volume.
 */
function image(random: { next: () => number; gaussian: () => number }, shift: number) {
  const line = random.next() < 0.34 + 0.4 * shift ? "line-3" : LINES[Math.floor(random.next() * 2)]!;
  const camera = line === "line-3" && shift > 0 ? "cam-B2" : "cam-A1";
  const brightness = Math.round((0.62 - 0.18 * shift + 0.05 * random.gaussian()) * 1000) / 1000;
  const sharpness = Math.round((0.8 - 0.25 * shift + 0.06 * random.gaussian()) * 1000) / 1000;
  const defect = random.next() < 0.9 ? "ok" : DEFECTS[1 + Math.floor(random.next() * 3)]!;
  return { features: { brightness, sharpness, exposure_ms: Math.round(8 + 2 * random.gaussian()), line, camera }, defect };
}

/**
 * The defect-detection deployment in production: its training split's image features as the active baseline, and
 * the last 24 hours of inference records — steady until a new camera arrives on line 3 in the afternoon, after which
 * brightness, sharpness, line and camera drift (the Monitoring tab's heatmap turns red there), with inspectors' labels for
 * half of the images (production accuracy falls on the new camera); a data set drift monitor
 * and a latency one, evaluated on the last hour, so that the drift alert is open on the board.
 */
export async function monitorDemo(app: INestApplicationContext, principal: Principal, projectId: string, deploymentId: string): Promise<void> {
  const next = seededRandom(1302);
  const random = { next, gaussian: () => gaussianFrom(next) };
  const rows = ["brightness,sharpness,exposure_ms,line,camera,defect"];
  for (let k = 0; k < 3_000; k += 1) {
    const { features, defect } = image(random, 0);
    rows.push(`${features.brightness},${features.sharpness},${features.exposure_ms},${features.line},${features.camera},${defect}`);
  }
  await app.get(BaselinesService).upload(principal, projectId, deploymentId, { name: "training split v1", predictionColumn: "defect", activate: "true" }, "csv", Readable.from([rows.join("\n")]));
  const records = app.get(RecordsService);
  const lastHour = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
  for (let hour = 0; hour < 24; hour += 1) {
    const start = lastHour - (23 - hour) * HOUR;
    const shift = hour < 15 ? 0 : Math.min(1, (hour - 14) / 4);
    const batch = Array.from({ length: 400 }, (_, k) => {
      const { features, defect } = image(random, shift);
      return {
        predictionId: `seed-${start}-${k}`,
        timestamp: new Date(start + Math.floor((k * HOUR) / 400)).toISOString(),
        features,
        prediction: { label: defect, scores: Object.fromEntries(DEFECTS.map((name) => [name, name === defect ? 0.85 : 0.05])) },
        latencyMs: Math.round(35 + 8 * Math.abs(random.gaussian()) + 15 * shift),
        ...(random.next() < 0.003 ? { error: "image decode failed" } : {}),
      };
    });
    await records.logRecords(projectId, deploymentId, { records: batch });
    // Inspectors label every other image later; on the new camera the model is wrong more often.
    const actuals = batch.filter((_, k) => k % 2 === 0).map((record) => {
      const predicted = record.prediction.label;
      const wrong = random.next() < 0.04 + 0.3 * shift;
      return { predictionId: record.predictionId, label: wrong ? DEFECTS.find((name) => name !== predicted && random.next() < 0.5) ?? (predicted === "ok" ? "scratch" : "ok") : predicted };
    });
    await app.get(ActualsService).logActuals(projectId, deploymentId, { actuals });
  }
  // Monitors on it, evaluated once on the last hour: the drift one alerts.
  const monitors = app.get(MonitorsService);
  const drift = await monitors.create(principal, projectId, deploymentId, { name: "Image drift", figure: "dataset_drift_share", operator: "gte", warning: 0.3, alert: 0.5, window: "1h", cadence: "1h", noData: "NO_DATA" });
  const latency = await monitors.create(principal, projectId, deploymentId, { name: "Latency p95", figure: "latency_p95", operator: "gt", warning: 80, alert: 120, window: "1h", cadence: "1h", noData: "NO_DATA" });
  // As of the end of the last seeded hour, whatever the clock says by now.
  const endOfDay = lastHour + HOUR;
  await monitors.evaluateNow(projectId, deploymentId, drift.id, endOfDay);
  await monitors.evaluateNow(projectId, deploymentId, latency.id, endOfDay);
}
