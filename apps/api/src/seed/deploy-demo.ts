import type { INestApplicationContext } from "@nestjs/common";
import { Readable } from "node:stream";
import type { Principal } from "../common/auth/principal";
import { DomainError } from "../common/errors/domain-error";
import { ArtifactsService } from "../modules/artifacts/artifacts.service";
import { DeploymentsService } from "../modules/deployments/deployments.service";
import { RegistryService } from "../modules/registry/registry.service";

/**
 * Takes a demo project from Deployment on: each finished run's model registered as a version (evidence frozen),
 * the first whose evidence meets the KPIs approved, live in production, and the next one as a canary in staging.
 */
/** Answers the production deployment's id. */
export async function deployDemo(app: INestApplicationContext, principal: Principal, projectId: string, modelName: string, runIds: string[]): Promise<string> {
  const artifacts = app.get(ArtifactsService);
  const registry = app.get(RegistryService);
  const deployments = app.get(DeploymentsService);
  const model = await registry.createModel(principal, projectId, { name: modelName, description: "Registered by the demo seed from the project's runs" });
  const versions = [];
  for (const runId of runIds) {
    await artifacts.saveArtifact(projectId, runId, "model/MLmodel", Readable.from([Buffer.from("artifact_path: model\nflavors:\n  python_function: {}\n")]));
    versions.push(await registry.createVersion(principal, projectId, model.id, { runId, modelCard: { intendedUse: "Demo portfolio", limitations: "Trained on demo data only" } }));
  }
  const approvable = versions.find((version) => version.approval.problems.length === 0);
  if (!approvable) throw new DomainError("APPROVAL_EVIDENCE_UNMET", `No demo run of "${modelName}" meets its KPIs.`);
  await registry.reviewVersion(principal, projectId, model.id, approvable.version, { decision: "APPROVED", reason: "Meets the KPIs on the test split with a balanced fit" });
  await registry.setAlias(principal, projectId, model.id, "champion", { version: approvable.version, reason: "first production release" });
  const primary = { name: "primary", role: "PRIMARY" as const, trafficPercent: 100, modelVersionId: approvable.id };
  const live = await deployments.createDeployment(principal, projectId, { name: `${modelName}-prod`, target: "REAL_TIME", environment: "PRODUCTION", endpointUrl: `https://models.example.com/${modelName}`, capacity: { minReplicas: 2, maxReplicas: 6, memoryMb: 2048 }, variants: [primary] });
  await deployments.changeStatus(principal, projectId, live.id, { status: "LIVE", reason: "health checks green" });
  const challenger = versions.find((version) => version.id !== approvable.id);
  if (challenger) {
    const staging = await deployments.createDeployment(principal, projectId, {
      name: `${modelName}-staging`,
      target: "SERVERLESS",
      environment: "STAGING",
      capacity: { concurrency: 20, memoryMb: 1024 },
      variants: [{ ...primary, trafficPercent: 80 }, { name: "canary", role: "CANARY", trafficPercent: 20, modelVersionId: challenger.id }],
    });
    await deployments.changeStatus(principal, projectId, staging.id, { status: "LIVE", reason: "canary under evaluation" });
  }
  return live.id;
}
