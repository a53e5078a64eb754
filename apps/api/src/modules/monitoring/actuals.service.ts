import { Injectable } from "@nestjs/common";
import { foldOutcome, mergeOutcomes, type LogActualsInput, type LogActualsResult, type OutcomePair, type OutcomeProfile } from "@lifecycle/domain";
import { DeploymentsService } from "../deployments/deployments.service";
import { MonitoringRepository } from "./monitoring.repository";

/**
 * Actuals: the truth for predictions, arriving later by prediction id. Each is kept once (the first), joined with
 * its prediction as recorded, and folded into the outcome profile of the prediction's hour, so that production
 * metrics per window are merged profiles, never a re-read of records.
 */
@Injectable()
export class ActualsService {
  constructor(
    private readonly repository: MonitoringRepository,
    private readonly deployments: DeploymentsService,
  ) {}

  async logActuals(projectRef: string, deploymentId: string, input: LogActualsInput): Promise<LogActualsResult> {
    const deployment = await this.deployments.requireDeploymentRef(projectRef, deploymentId);
    // The first actual of a prediction id in the request is the one kept.
    const seen = new Set<string>();
    let duplicates = 0;
    const unique = input.actuals.filter((actual) => {
      if (seen.has(actual.predictionId)) {
        duplicates += 1;
        return false;
      }
      seen.add(actual.predictionId);
      return true;
    });
    const known = await this.repository.knownPredictions(deployment.id, [...seen]);
    const unknownIds = unique.filter((actual) => !known.has(actual.predictionId)).map((actual) => actual.predictionId);
    const given = JSON.stringify(unique.filter((actual) => known.has(actual.predictionId)).map((actual) => ({ predictionId: actual.predictionId, actual: actual.label !== undefined ? { label: actual.label } : { value: actual.value } })));
    const joined = await this.repository.transaction(async (client) => {
      const { joined: rows, known: found } = await this.repository.insertActuals(client, deployment.id, given);
      duplicates += found - rows.length;
      const hours = new Map<string, OutcomeProfile | null>();
      for (const row of rows) hours.set(row.hour, foldOutcome(hours.get(row.hour) ?? null, { actual: row.actual, prediction: row.prediction } as OutcomePair));
      const keys = [...hours.keys()].filter((hour) => hours.get(hour));
      if (keys.length > 0) {
        await this.repository.lockDeploymentProfiles(client, deployment.id);
        const stored = await this.repository.hourOutcomes(client, deployment.id, keys);
        await this.repository.saveHourOutcomes(client, deployment.id, keys, keys.map((hour) => JSON.stringify(mergeOutcomes((stored.get(hour) as OutcomeProfile | undefined) ?? null, hours.get(hour)!))));
      }
      return rows.length;
    });
    return { joined, duplicates, unknown: unknownIds.length, unknownPredictionIds: unknownIds.slice(0, 100) };
  }
}
