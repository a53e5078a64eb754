import { Injectable } from "@nestjs/common";
import {
  DEFAULT_DRIFT_THRESHOLDS,
  PREDICTION_KEY,
  datasetDrift,
  emptyProfile,
  emptyTraffic,
  featureDrift,
  mergeProfileSets,
  mergeTraffic,
  trafficFigures,
  figureSource,
  mergeOutcomes,
  outcomeFigures,
  outcomeReport,
  type DriftReport,
  type MonitorFigure,
  type OutcomeProfile,
  type WindowFigures,
  type PerformanceReport,
  type DriftThresholds,
  type FeatureProfile,
  type FeatureReference,
  type TrafficProfile,
  type TrafficReport,
  type WindowQuery,
} from "@lifecycle/domain";
import { DeploymentsService } from "../deployments/deployments.service";
import { BaselinesService } from "./baselines.service";
import { MonitoringRepository } from "./monitoring.repository";
import { indexOf, span, windowsOf, type Windows } from "./windows";



/**
 * What a deployment's production looked like, window by window: traffic (volume, errors, latency, tokens, cost)
 * and drift of each feature and of the prediction against the active baseline. Both are read from the hourly
 * rows merged as records arrived; no record is read again.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repository: MonitoringRepository,
    private readonly deployments: DeploymentsService,
    private readonly baselines: BaselinesService,
  ) {}

  async traffic(projectRef: string, deploymentId: string, query: WindowQuery): Promise<TrafficReport> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    return this.trafficOf(deployment.id, windowsOf(query));
  }

  async drift(projectRef: string, deploymentId: string, query: WindowQuery): Promise<DriftReport> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    return this.driftOf(deployment.id, windowsOf(query));
  }

  /**
   * Production metrics per window from the predictions that have actuals — the offline evaluation's maths on them —
   * beside what the deployed version scored on its test split.
   */
  async performance(projectRef: string, deploymentId: string, query: WindowQuery): Promise<PerformanceReport> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    const windows = windowsOf(query);
    const [folded, reference] = await Promise.all([this.outcomesOf(deployment.id, windows), this.repository.servedVersionEvidence(deployment.id)]);
    const total = folded.reduce<OutcomeProfile | null>((sum, profile) => mergeOutcomes(sum, profile), null);
    return {
      reference,
      windows: windows.starts.map((start, index) => {
        const report = outcomeReport(folded[index] ?? null);
        return { ...span(start, windows.size), labelled: outcomeFigures(report).labelled, report };
      }),
      total: outcomeReport(total),
    };
  }

  /**
   * One window of a deployment, [from, from + size), as a monitor of `figure` reads it: its traffic, and the drift,
   * production metrics or feedback means only when the figure comes from them (the sweep computes nothing else).
   */
  async windowOf(deploymentId: string, from: number, size: number, figure: MonitorFigure): Promise<WindowFigures> {
    const windows: Windows = { starts: [from], size, from: new Date(from), to: new Date(from + size) };
    const source = figureSource(figure);
    const [traffic, drift, outcomes, feedback] = await Promise.all([
      this.trafficOf(deploymentId, windows),
      source === "drift" ? this.driftOf(deploymentId, windows) : null,
      source === "outcomes" ? this.outcomesOf(deploymentId, windows) : null,
      source === "feedback" ? this.repository.feedbackMeans(deploymentId, windows.from, windows.to) : undefined,
    ]);
    return { traffic: traffic.windows[0]!, drift: drift?.windows[0] ?? null, outcomes: outcomes ? outcomeFigures(outcomeReport(outcomes[0] ?? null)) : null, ...(feedback ? { feedback } : {}) };
  }

  private async outcomesOf(deploymentId: string, windows: Windows): Promise<Array<OutcomeProfile | null>> {
    const folded: Array<OutcomeProfile | null> = windows.starts.map(() => null);
    for (const row of await this.repository.outcomesBetween(deploymentId, windows.from, windows.to)) {
      const index = indexOf(windows, row.hour);
      folded[index] = mergeOutcomes(folded[index] ?? null, row.outcomes as OutcomeProfile);
    }
    return folded;
  }

  private async trafficOf(deploymentId: string, windows: Windows): Promise<TrafficReport> {
    const folded = windows.starts.map(() => emptyTraffic());
    for (const row of await this.repository.trafficBetween(deploymentId, windows.from, windows.to)) {
      const index = indexOf(windows, row.hour);
      folded[index] = mergeTraffic(folded[index]!, row.stats as TrafficProfile);
    }
    return { windows: windows.starts.map((start, index) => ({ ...span(start, windows.size), ...trafficFigures(folded[index]!) })) };
  }

  private async driftOf(deploymentId: string, windows: Windows): Promise<DriftReport> {
    const baseline = await this.baselines.activeReferences(deploymentId);
    const thresholds = DEFAULT_DRIFT_THRESHOLDS;
    if (!baseline) return { baseline: null, thresholds, windows: [] };
    const profiles: (Record<string, FeatureProfile> | null)[] = windows.starts.map(() => null);
    const counts = windows.starts.map(() => 0);
    for (const row of await this.repository.profilesBetween(deploymentId, baseline.id, windows.from, windows.to)) {
      const index = indexOf(windows, row.hour);
      const hour = row.profiles as Record<string, FeatureProfile>;
      profiles[index] = profiles[index] ? mergeProfileSets(profiles[index], hour) : hour;
      counts[index]! += row.count;
    }
    const { features: references, prediction } = baseline.references;
    return {
      baseline: { id: baseline.id, name: baseline.name },
      thresholds,
      windows: windows.starts.map((start, index) => {
        const window = profiles[index];
        const features = Object.fromEntries(
          Object.entries(references).map(([name, reference]) => [name, withBins(reference, window?.[name] ?? emptyProfile(reference), thresholds)]),
        );
        return {
          ...span(start, windows.size),
          count: counts[index]!,
          features,
          prediction: prediction ? withBins(prediction, window?.[PREDICTION_KEY] ?? emptyProfile(prediction), thresholds) : null,
          dataset: datasetDrift(Object.values(features), thresholds),
        };
      }),
    };
  }
}

/** A feature's drift in a window, with the window's counts on the reference's bins (for its histogram). */
function withBins(reference: FeatureReference, profile: FeatureProfile, thresholds: DriftThresholds) {
  return { ...featureDrift(reference, profile, thresholds), binCounts: profile.binCounts };
}
